package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.PdfColumnLines.Piece;

/**
 * The rows of a table without rulings as {@link PdfColumns} reads them, the header first, and where
 * each stands down the page: its first and last baseline, two figures a row ({@link
 * PdfColumns.Table#bands}, read by {@link PdfColumnPages}).
 */
final class PdfColumnRows {

  private final List<Grid.Row> rows = new ArrayList<>();
  private final List<Float> bands = new ArrayList<>();

  /** The header's cells, between baselines {@code top} and {@code bottom}. */
  PdfColumnRows(List<Piece> header, float top, float bottom) {
    rows.add(new Grid.Row(1, header.stream().map(p -> Grid.Cell.of(p.text())).toList()));
    bands.add(top);
    bands.add(bottom);
  }

  /**
   * Adds a row of the cells read, between baselines {@code top} and {@code bottom} (NaN: the row
   * began on the page before); column {@code tail}'s (or none, at -1) the tail of the cell merged
   * down from the row above ({@link MergedCellTails}).
   */
  void add(List<StringBuilder> cells, int tail, float top, float bottom) {
    List<Grid.Cell> out = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      String text = PdfCellLines.settled(cells.get(c)).strip();
      out.add(c == tail ? MergedCellTails.tail(text) : Grid.Cell.of(text));
    }
    rows.add(new Grid.Row(rows.size() + 1, out));
    bands.add(top);
    bands.add(bottom);
  }

  List<Grid.Row> rows() {
    return List.copyOf(rows);
  }

  /**
   * The rows' bands; none when the table goes on from the page before ({@code continued}) or a row
   * of it began there: its rows do not all begin on this page.
   */
  List<Float> bands(boolean continued) {
    return continued || bands.contains(Float.NaN) ? List.of() : List.copyOf(bands);
  }
}
