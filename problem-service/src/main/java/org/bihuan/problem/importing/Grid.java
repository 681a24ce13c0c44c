package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * @param place for a Word table, where it stands among the document's paragraphs; null for a
 *     worksheet
 * @param hiddenColumns for a worksheet, the columns (0-based) Excel hides: they are not imported,
 *     and the dry run names them ({@link ColumnRoles})
 * @param pages for a PDF's table, the page (1-based) each row stands on, by row number (a table may
 *     go on over several pages); null for other files
 * @param parts for a Word table joined with the tables that continue it, where each continuation
 *     begins ({@link #joinedFrom}); empty for any other table
 */
record Grid(
    String sheet,
    List<Row> rows,
    boolean date1904,
    int table,
    List<String> lead,
    Place place,
    Set<Integer> hiddenColumns,
    List<Integer> pages,
    List<Part> parts) {

  /**
   * A Word table that continues the one before it in the file, joined to it: the rows numbered
   * after row {@code after} of the joined table are rows 1, 2, … of the file's table {@code table}.
   */
  record Part(int table, int after) {}

  /**
   * This table, joined from {@code first} and {@code next} (a Word table going on in the file's
   * next table, whose rows are numbered on after {@code first}'s last row), knowing where {@code
   * next}'s rows begin, so that a problem's origin names the table its rows are in and its rows
   * within it ({@link #origin}). A PDF's table is one table over its pages (docs/decisions/0242):
   * nothing is kept for it.
   */
  Grid joinedFrom(Grid first, Grid next) {
    if (next.pages() != null || first.rows().isEmpty()) {
      return this;
    }
    List<Part> joined = new ArrayList<>(first.parts());
    joined.add(new Part(next.table(), first.rows().get(first.rows().size() - 1).number()));
    return new Grid(
        sheet, rows, date1904, table, lead, place, hiddenColumns, pages, List.copyOf(joined));
  }

  /**
   * Where rows {@code first} to {@code last} of this Word table stand in the file: the table the
   * first of them is in, and their rows within it (rows that go on into the next table end at that
   * table's last row); on the page the first stands on, for a PDF's table.
   */
  Origin origin(int first, int last) {
    Part own = partOf(first);
    int end = last;
    for (Part p : parts) {
      if (p.after() >= first) {
        end = Math.min(end, p.after());
      }
    }
    return Origin.tableRows(own.table(), first - own.after(), end - own.after())
        .onPage(pageOf(first));
  }

  /**
   * Row {@code number} of this Word table as the file numbers it: 「table row 5」, or 「table 2 row 1」
   * in a table joined with the one that continues it.
   */
  String rowInFile(int number) {
    if (parts.isEmpty()) {
      return "table row " + number;
    }
    Part own = partOf(number);
    return "table " + own.table() + " row " + (number - own.after());
  }

  /** The part of this table that row {@code number} is in (the table itself: after row 0). */
  private Part partOf(int number) {
    Part own = new Part(table, 0);
    for (Part p : parts) {
      if (p.after() < number) {
        own = p;
      }
    }
    return own;
  }

  /** The page row {@code number} stands on (a PDF's table), else null. */
  Integer pageOf(int number) {
    if (pages == null || pages.isEmpty()) {
      return null;
    }
    return pages.get(Math.max(0, Math.min(number, pages.size()) - 1));
  }

  /** This table with the page each of its rows stands on (by row number). */
  Grid onPages(List<Integer> pages) {
    return new Grid(
        sheet, rows, date1904, table, lead, place, hiddenColumns, List.copyOf(pages), parts);
  }

  /**
   * Where a Word table stands: after line {@code outsideBefore} of the document's text outside
   * tables, and ending at line {@code textAfter} of its whole text. Problems read from the text
   * outside tables are put in document order with the tables' problems, and their line numbers told
   * in the whole text's numbering, by these two.
   */
  record Place(int outsideBefore, int textAfter) {

    /** Lines in {@code text} as the import numbers them (\n, \r\n, \r, Word's \u000B and \f). */
    static int lines(CharSequence text) {
      return new Lines(text).count();
    }

    /**
     * The lines of a text that only grows (a document's text as its paragraphs are read), counted
     * as {@link #lines} counts them but each character once: counting the whole text again for
     * every paragraph made a document of many paragraphs quadratic (docs/decisions/0245).
     */
    static final class Lines {
      private final CharSequence text;
      private int counted; // characters whose line ends are counted for good
      private int lines;

      Lines(CharSequence text) {
        this.text = text;
      }

      /** The lines of the text as it is now. */
      int count() {
        int end = text.length();
        // a \r at the end is a line end unless a \n comes after it: decided once the text grows
        int stable = end > counted && text.charAt(end - 1) == '\r' ? end - 1 : end;
        for (; counted < stable; counted++) {
          char c = text.charAt(counted);
          if (c == '\n'
              || c == '\u000B'
              || c == '\f'
              || (c == '\r' && text.charAt(counted + 1) != '\n')) {
            lines++;
          }
        }
        return lines + (stable < end ? 1 : 0);
      }
    }
  }

  /** A worksheet whose columns {@code hiddenColumns} (0-based) Excel hides. */
  static Grid worksheet(
      String sheet, List<Row> rows, boolean date1904, Set<Integer> hiddenColumns) {
    return new Grid(sheet, rows, date1904, 0, List.of(), null, hiddenColumns, null, List.of());
  }

  /** A Word table: its position in the document and the paragraphs just above it. */
  static Grid wordTable(List<Row> rows, int table, List<String> lead) {
    return wordTable(rows, table, lead, null);
  }

  static Grid wordTable(List<Row> rows, int table, List<String> lead, Place place) {
    return new Grid(null, rows, false, table, List.copyOf(lead), place, Set.of(), null, List.of());
  }

  /** This table with {@code rows} in place of its own; all else as it is. */
  Grid withRows(List<Row> rows) {
    return new Grid(sheet, rows, date1904, table, lead, place, hiddenColumns, pages, parts);
  }

  /** This table as the file's table {@code table} (tables before it were joined away). */
  Grid numbered(int table) {
    return new Grid(sheet, rows, date1904, table, lead, place, hiddenColumns, pages, parts);
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
   * @param continuesLeft the cell is covered by a merge across columns that starts in a column to
   *     its left (a Word gridSpan, an Excel area): it carries the merged text, which is one value
   */
  record Cell(String text, boolean continuesAbove, boolean number, boolean continuesLeft) {
    static final Cell EMPTY = new Cell("", false);

    Cell(String text, boolean continuesAbove, boolean number) {
      this(text, continuesAbove, number, false);
    }

    Cell(String text, boolean continuesAbove) {
      this(text, continuesAbove, false);
    }

    static Cell of(String text) {
      return new Cell(text == null ? "" : text.strip(), false);
    }
  }
}
