package org.bihuan.problem.importing;

import java.util.List;

/**
 * A table as a file holds it (a Word table, a worksheet): rows of cells aligned on the table's
 * columns, merged cells already resolved. A cell covered by a merged area carries the merged value
 * and says whether it continues the cell above it (a vertical merge), so that {@link TableReading}
 * can tell one problem spanning several rows from several problems.
 *
 * @param sheet the worksheet's name; null for a Word table
 * @param rows the table's non-empty rows in order
 * @param date1904 the workbook counts its date serials from 1904 (a Mac Excel option)
 */
record Grid(String sheet, List<Row> rows, boolean date1904) {

  Grid(String sheet, List<Row> rows) {
    this(sheet, rows, false);
  }

  /**
   * One row.
   *
   * @param number 1-based: the spreadsheet row number, or the row's position in a Word table
   * @param cells by column; a missing cell is an empty one
   */
  record Row(int number, List<Cell> cells) {

    Cell cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }

    boolean isBlank() {
      return cells.stream().allMatch(c -> c.text().isBlank());
    }
  }

  /**
   * One cell's text (stripped).
   *
   * @param continuesAbove the cell is covered by a vertical merge that starts in a row above
   * @param number a spreadsheet cell holding a number without a date format (its text is the
   *     number): in a date column it may be a date serial shown as General
   */
  record Cell(String text, boolean continuesAbove, boolean number) {
    static final Cell EMPTY = new Cell("", false);

    Cell(String text, boolean continuesAbove) {
      this(text, continuesAbove, false);
    }

    static Cell of(String text) {
      return new Cell(text == null ? "" : text.strip(), false);
    }
  }
}
