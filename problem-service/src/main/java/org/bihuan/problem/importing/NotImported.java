package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * What a table holds that is not imported, named in the warnings once the table is read ({@link
 * TableRows}): the filled cells of each column not read, the rows below the sign-off row that ended
 * the table, and where the 备注 column's text went.
 */
final class NotImported {

  private final RowCells cells;

  /** Filled cells of columns that are not read, by column. */
  private final int[] unread;

  /** Rows whose 备注 text was kept. */
  int remarks;

  /**
   * The sign-off row that ended the table (0 while it goes on), and the rows with text below it.
   */
  int signOffRow;

  final List<Integer> belowSignOff = new ArrayList<>();

  NotImported(RowCells cells) {
    this.cells = cells;
    this.unread = new int[cells.header.columns().length];
  }

  /** Counts the filled cells of the columns that are not read (see {@link #unreadWarnings}). */
  void countUnread(Grid.Row row) {
    for (int i = 0; i < unread.length; i++) {
      Column c = cells.header.columns()[i];
      Grid.Cell cell = row.cell(i);
      if ((c == null || c == Column.IGNORED) && !cell.text().isEmpty() && !cell.continuesAbove()) {
        unread[i]++;
      }
    }
  }

  /**
   * Names the rows below the sign-off row, each column whose cells hold text that is not imported
   * (a column the reader does not know, or a second column of a kind read once), and where the 备注
   * text went.
   */
  void warnings() {
    if (!belowSignOff.isEmpty()) {
      cells.warnings.add(
          (cells.grid.sheet() == null ? "Table" : "Sheet 「" + cells.grid.sheet() + "」")
              + ": row(s) "
              + belowSignOff.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + " below the sign-off row "
              + signOffRow
              + " were not imported.");
    }
    for (int i = 0; i < unread.length; i++) {
      String why = i < cells.header.why().length ? cells.header.why()[i] : null;
      String name = cells.headerName(i);
      if (unread[i] == 0 && (why == null || name.isEmpty())) {
        continue;
      }
      cells.warnings.add(
          (cells.grid.sheet() == null ? "Table" : "Sheet 「" + cells.grid.sheet() + "」")
              + ": column "
              + cells.columnName(i)
              + (name.isEmpty() ? " (no header)" : " 「" + name + "」")
              + " is not imported ("
              + (why != null
                  ? why
                  : cells.header.columns()[i] == Column.IGNORED
                      ? "the importer does not read it"
                      : "the importer does not know it")
              + ")"
              + (unread[i] == 0
                  ? "; it holds no text under the cells.header."
                  : "; the text of its " + unread[i] + " filled cell(s) was not kept."));
    }
    if (remarks > 0) {
      cells.warnings.add(
          (cells.grid.sheet() == null ? "Table" : "Sheet 「" + cells.grid.sheet() + "」")
              + ": the 备注 column's text ("
              + remarks
              + " row(s)) is kept in the measure's progress note as 「备注：…」 (it becomes the"
              + " ticket's first progress report), or in the problem's description when the"
              + " problem has no measure.");
    }
  }
}
