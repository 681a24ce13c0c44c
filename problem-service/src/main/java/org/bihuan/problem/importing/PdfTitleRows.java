package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * The rows of a printed sheet's grid that stand above its header as its title (0423): Calc prints a
 * title typed in the sheet's first row, merged across the columns or not, inside the grid.
 */
final class PdfTitleRows {

  private PdfTitleRows() {}

  /**
   * How many rows of a table's grid stand above its header as its title: rows of one filled cell
   * naming no column (整改台账, printed in the sheet's first row inside the grid), before a row two or
   * more of whose cells name columns. 0 when there is no such header or the rows have no bands.
   */
  static int above(List<Grid.Row> rows, List<Float> bands) {
    for (int r = 0; r < rows.size() && 2 * r + 1 < bands.size(); r++) {
      List<String> filled =
          rows.get(r).cells().stream()
              .filter(c -> !c.continuesLeft())
              .map(Grid.Cell::text)
              .filter(t -> !t.isBlank())
              .toList();
      long named =
          filled.stream()
              .map(TableReading::column)
              .filter(k -> k != null && k != Column.IGNORED)
              .count();
      if (named >= 2) {
        return r;
      }
      if (filled.size() != 1 || named != 0) {
        return 0;
      }
    }
    return 0;
  }
}
