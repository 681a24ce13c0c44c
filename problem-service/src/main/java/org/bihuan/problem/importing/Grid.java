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
 * @param table for a Word table, its 1-based position among the document's tables (nested tables
 *     count too); 0 for a worksheet
 * @param lead for a Word table, the paragraphs between the table before it (or the document's
 *     start) and this one, in order: where a heading such as 一、政治建设方面 above the table says what its
 *     problems are about
 */
record Grid(String sheet, List<Row> rows, boolean date1904, int table, List<String> lead) {

  Grid(String sheet, List<Row> rows, boolean date1904) {
    this(sheet, rows, date1904, 0, List.of());
  }

  Grid(String sheet, List<Row> rows) {
    this(sheet, rows, false);
  }

  /** A Word table: its position in the document and the paragraphs just above it. */
  static Grid wordTable(List<Row> rows, int table, List<String> lead) {
    return new Grid(null, rows, false, table, List.copyOf(lead));
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
