package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A table whose rows divide its width at other places: a continuation table that Word or
 * LibreOffice fitted to its own text (another width for each column) and that a .doc or a PDF gives
 * as one table with the first. Its grid has a column for every edge of every row, so each cell of
 * either part covers two or three of those columns, the header's 序号 spans into 问题表现's place and the
 * second part's leader lands under 责任部门 (docs/decisions/0263).
 *
 * <p>What the file does say is how many cells each row lists, in order. The rows listing as many
 * cells as the widest row are read cell by cell: cell k is column k, whatever its width. A row
 * listing fewer (a group heading 一、落实主体责任方面 merged across the table, a cell merged across two
 * columns) is placed by its edges against the nearest such row above it, else below it. A table
 * whose rows all divide it alike is left as it is.
 */
final class OtherColumnWidths {

  private OtherColumnWidths() {}

  /** {@code grid} with one column per cell of its widest rows; a worksheet as it is. */
  static Grid aligned(Grid grid) {
    if (grid.sheet() != null || grid.rows().isEmpty()) {
      return grid;
    }
    int width = 0;
    List<List<int[]>> runs = new ArrayList<>();
    for (Grid.Row row : grid.rows()) {
      width = Math.max(width, row.cells().size());
      runs.add(runs(row));
    }
    int widest = runs.stream().mapToInt(List::size).max().orElse(0);
    if (widest >= width) {
      return grid; // every edge is a column of a widest row: the columns are the file's
    }
    List<Grid.Row> rows = new ArrayList<>();
    List<int[]> reference = null;
    for (int r = 0; r < grid.rows().size(); r++) {
      if (runs.get(r).size() == widest) {
        reference = runs.get(r);
        break;
      }
    }
    for (int r = 0; r < grid.rows().size(); r++) {
      Grid.Row row = grid.rows().get(r);
      List<int[]> own = runs.get(r);
      if (own.size() == widest) {
        reference = own;
      }
      Grid.Cell[] cells = new Grid.Cell[widest];
      for (int[] run : own) {
        int first = columnOf(reference, run[0]);
        int last = Math.max(first, columnOf(reference, run[1] - 1));
        Grid.Cell cell = row.cell(run[0]);
        for (int k = first; k <= last; k++) {
          Grid.Cell placed =
              new Grid.Cell(cell.text(), cell.continuesAbove(), cell.number(), k > first);
          if (cells[k] != null && !cells[k].text().isBlank() && !cell.text().isBlank()) {
            // two cells of this row within one column of the row it is placed against
            placed =
                new Grid.Cell(
                    cells[k].text() + "\n" + cell.text(), false, false, cells[k].continuesLeft());
          } else if (cells[k] != null && cell.text().isBlank()) {
            placed = cells[k];
          }
          cells[k] = placed;
        }
      }
      List<Grid.Cell> list = new ArrayList<>(widest);
      for (Grid.Cell c : cells) {
        list.add(c == null ? Grid.Cell.EMPTY : c);
      }
      rows.add(new Grid.Row(row.number(), list));
    }
    return grid.withRows(rows);
  }

  /** A row's cells as the file lists them: [first column, end column) of each. */
  private static List<int[]> runs(Grid.Row row) {
    List<int[]> runs = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      if (runs.isEmpty() || !row.cell(c).continuesLeft()) {
        runs.add(new int[] {c, c + 1});
      } else {
        runs.get(runs.size() - 1)[1] = c + 1;
      }
    }
    return runs;
  }

  /** The cell of {@code reference} that covers grid column {@code x}. */
  private static int columnOf(List<int[]> reference, int x) {
    for (int k = 0; k < reference.size(); k++) {
      if (x < reference.get(k)[1]) {
        return k;
      }
    }
    return reference.size() - 1;
  }
}
