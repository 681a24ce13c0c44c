package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tail of a cell merged down over several rows of a PDF table without rulings (a 存在问题 over two
 * measures' rows): Word and LibreOffice set a merged cell's text from its first row down, and a
 * text longer than its first row runs on beside the rows below — on the next page, when the rows
 * end at a page's foot. A PDF keeps no merge, only text in the 问题 column of rows without a 序号 of
 * their own; read as their own problem cells they would make each measure a problem, the text cut
 * mid-word. {@link PdfColumns} marks such text as a tail (a cell continuing the one above) when the
 * problem above stops mid-sentence, or when it starts below the row's first line (a cell's own text
 * starts at its row's top); here each tail is joined to the text of the cell it continues, and
 * every row the merge covers carries the whole text, as a Word table's merged cells do.
 */
final class MergedCellTails {

  /** A problem text ending its sentence: what follows it may be a problem of its own. */
  private static final Pattern ENDED = Pattern.compile("(?s).*[。；;！!？?]$");

  private MergedCellTails() {}

  /** Whether a cell's text stops mid-sentence: text beside the rows below may go on with it. */
  static boolean cutShort(String text) {
    String t = text.strip();
    return !t.isEmpty() && !ENDED.matcher(t).matches();
  }

  /** A cell holding the tail of the cell merged down from the row above. */
  static Grid.Cell tail(String text) {
    return new Grid.Cell(text, true);
  }

  /** A PDF's table with each merged cell's tail joined to it; other tables as they are. */
  static Grid folded(Grid grid) {
    if (grid.pages() == null || grid.sheet() != null) {
      return grid;
    }
    List<Grid.Row> rows = new ArrayList<>(grid.rows());
    boolean changed = false;
    for (int r = 1; r < rows.size(); r++) {
      Grid.Row row = rows.get(r);
      for (int c = 0; c < row.cells().size(); c++) {
        Grid.Cell cell = row.cell(c);
        int top = r - 1;
        while (top > 0 && rows.get(top).cell(c).continuesAbove()) {
          top--;
        }
        String above = rows.get(top).cell(c).text();
        if (!cell.continuesAbove() || cell.text().isBlank() || cell.text().equals(above)) {
          continue;
        }
        changed = true;
        if (above.isBlank()) {
          set(rows, r, c, new Grid.Cell(cell.text(), false)); // nothing above to go on with
          continue;
        }
        String whole = RowsOverPageBreaks.joined(above, cell.text());
        for (int k = top; k <= r; k++) {
          Grid.Cell was = rows.get(k).cell(c);
          set(rows, k, c, new Grid.Cell(whole, was.continuesAbove(), false, was.continuesLeft()));
        }
      }
    }
    if (!changed) {
      return grid;
    }
    return grid.withRows(rows);
  }

  private static void set(List<Grid.Row> rows, int r, int c, Grid.Cell cell) {
    Grid.Row row = rows.get(r);
    List<Grid.Cell> cells = new ArrayList<>(row.cells());
    cells.set(c, cell);
    rows.set(r, new Grid.Row(row.number(), cells));
  }
}
