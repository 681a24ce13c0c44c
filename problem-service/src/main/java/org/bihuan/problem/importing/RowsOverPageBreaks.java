package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A PDF table's row cut by a page break: the upper part of its cells at the foot of one page, the
 * rest at the top of the next (under the header row when it is repeated there). A PDF keeps no
 * trace of the row, only two rows of cells; the rest is known by what it lacks: no 序号 and none of
 * the short cells a row of its own fills (units, people, leader, time limit), only the rest of the
 * long texts (the problem, the measure) — or, when the break cut a unit or a time limit too, by the
 * cut ({@link #goesOn}). It is joined to the row above, cell by cell, and the rows after it are
 * numbered on; a cell over three pages or more is joined page after page. A row at the top of a
 * page with a 序号 of its own, or with duties of its own (a further measure of a problem merged over
 * the break), stays a row.
 */
final class RowsOverPageBreaks {

  /**
   * The columns a row of its own fills with a short value, and the rest of a cut row leaves blank.
   */
  private static final Set<TableReading.Column> SHORT =
      EnumSet.of(
          TableReading.Column.SEQ,
          TableReading.Column.CATEGORY,
          TableReading.Column.LEADER,
          TableReading.Column.LEADER_AND_PERSON,
          TableReading.Column.UNITS,
          TableReading.Column.CO_UNITS,
          TableReading.Column.PERSON,
          TableReading.Column.TIME_LIMIT,
          TableReading.Column.STATUS,
          TableReading.Column.PROBLEM_REF);

  /** The columns whose text a page break may cut. */
  private static final Set<TableReading.Column> LONG =
      EnumSet.of(TableReading.Column.PROBLEM, TableReading.Column.MEASURE);

  private RowsOverPageBreaks() {}

  /** {@code grid} with each row cut by a page break joined again; other tables as they are. */
  static Grid joined(Grid grid) {
    if (grid.pages() == null || grid.pages().isEmpty() || grid.sheet() != null) {
      return grid;
    }
    TableReading.Header header = TableReading.header(grid);
    if (header == null) {
      return grid;
    }
    TableReading.Column[] columns = header.columns();
    List<Grid.Row> rows = new ArrayList<>(grid.rows());
    List<Integer> pages = new ArrayList<>();
    for (Grid.Row r : rows) {
      pages.add(grid.pageOf(r.number()));
    }
    boolean changed = false;
    for (int i = header.lastRow() + 2; i < rows.size(); i++) {
      if (pages.get(i - 1).equals(pages.get(i))) {
        continue;
      }
      // the page's first row of data: below the header row when the page repeats it
      int first = i;
      while (first < rows.size()
          && pages.get(first).equals(pages.get(i))
          && isHeader(grid, rows.get(first), columns)) {
        first++;
      }
      // the row the break cut: above a header row repeated on a page that one cell filled
      int upper = i - 1;
      while (upper > header.lastRow() && isHeader(grid, rows.get(upper), columns)) {
        upper--;
      }
      if (first == rows.size()
          || !pages.get(first).equals(pages.get(i))
          || !isCut(rows.get(upper), columns)
          || !(isRest(rows.get(first), columns)
              || goesOn(rows.get(upper), rows.get(first), columns))) {
        continue;
      }
      joinInto(rows, upper, rows.get(first));
      rows.remove(first);
      pages.remove(first);
      changed = true;
      i = first - 1; // the next page's first row may go on the same row (a cell over three pages)
    }
    if (!changed) {
      return grid;
    }
    List<Grid.Row> numbered = new ArrayList<>();
    for (Grid.Row r : rows) {
      numbered.add(new Grid.Row(numbered.size() + 1, r.cells()));
    }
    return grid.withRows(numbered).onPages(pages);
  }

  private static boolean isHeader(Grid grid, Grid.Row row, TableReading.Column[] columns) {
    return !TableHeaders.holdsData(row)
        && java.util.Arrays.equals(
            ColumnRoles.withHidden(grid, TableHeaders.columns(row)), columns);
  }

  /** A row of data whose problem or measure cell may go on: not a group row across the table. */
  private static boolean isCut(Grid.Row row, TableReading.Column[] columns) {
    boolean across = row.cells().stream().skip(1).allMatch(Grid.Cell::continuesLeft);
    return !across && hasLongText(row, columns);
  }

  /** The rest of a cut row: a long text and none of a row's own short cells. */
  private static boolean isRest(Grid.Row row, TableReading.Column[] columns) {
    for (int c = 0; c < row.cells().size(); c++) {
      TableReading.Column role = c < columns.length ? columns[c] : null;
      Grid.Cell cell = row.cell(c);
      if (!cell.text().isBlank()
          && (role == null || SHORT.contains(role) || cell.continuesLeft())) {
        return false;
      }
    }
    return hasLongText(row, columns);
  }

  /**
   * The rest of a cut row whose short cells were cut too (a unit 后勤 | 服务中心, a time limit 2024年7 |
   * 月30日): no 序号, every cell it fills filled above as well (a cut cell has its upper part there),
   * and the cut shows in one of them — the problem or measure above ends without a sentence's end,
   * or the time limit reads as one date only with both parts, or it fills nothing but the unit (后勤
   * | 服务中心, the unit above not ending with a separator: a further measure has a measure of its own,
   * 0242); a time limit it gives that reads as a date alone is a row's own. A further measure of
   * its own (精简会议。 | 合并同类会议。, its own date) stays a row.
   */
  private static boolean goesOn(Grid.Row upper, Grid.Row rest, TableReading.Column[] columns) {
    boolean cut = false;
    boolean unitsOnly = false;
    boolean other = false;
    for (int c = 0; c < rest.cells().size(); c++) {
      Grid.Cell cell = rest.cell(c);
      if (cell.text().isBlank()) {
        continue;
      }
      TableReading.Column role = c < columns.length ? columns[c] : null;
      String above = upper.cell(c).text().strip();
      if (role == null
          || role == TableReading.Column.SEQ
          || cell.continuesLeft()
          || above.isEmpty()) {
        return false;
      }
      if (role == TableReading.Column.TIME_LIMIT) {
        if (!cutDate(above, cell.text().strip())) {
          return false; // a time limit of its own: a row of its own
        }
        cut = true;
      }
      cut |= LONG.contains(role) && !endsSentence(above);
      boolean unit = UNITS.contains(role) && !endsList(above);
      unitsOnly |= unit;
      other |= !unit;
    }
    // nothing but a unit's rest (后勤 | 服务中心): a further measure has a measure of its own (0242)
    return cut || (unitsOnly && !other);
  }

  /** The columns of units: the only cells a rest may fill when the break cut a unit's name. */
  private static final Set<TableReading.Column> UNITS =
      EnumSet.of(TableReading.Column.UNITS, TableReading.Column.CO_UNITS);

  /** A list of units whose last name is whole: it ends with what separates two names. */
  private static boolean endsList(String text) {
    char last = text.charAt(text.length() - 1);
    return "、，,；;/|｜\u3000".indexOf(last) >= 0;
  }

  private static boolean endsSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return "。！？；;!?.”）)".indexOf(last) >= 0;
  }

  /**
   * A time limit cut in two: a date read from both parts that neither part reads alone, or a date's
   * tail alone (2024年12月31 | 日: the upper part already reads as the same day, 0263).
   */
  private static boolean cutDate(String upper, String rest) {
    java.time.LocalDate whole = DeadlineText.read(upper + rest).deadline();
    return whole != null
        && DeadlineText.read(rest).deadline() == null
        && (!whole.equals(DeadlineText.read(upper).deadline())
            || DATE_TAIL.matcher(rest).matches());
  }

  /** What a page break leaves of a date: 日, 31日, 月30日, 日前, 底. */
  private static final java.util.regex.Pattern DATE_TAIL =
      java.util.regex.Pattern.compile("[0-9０-９]{0,2}\\s*[月日号底][0-9０-９日号\\s]{0,3}(?:前|之前|以前|止)?");

  private static boolean hasLongText(Grid.Row row, TableReading.Column[] columns) {
    for (int c = 0; c < columns.length; c++) {
      if (LONG.contains(columns[c]) && !row.cell(c).text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends {@code rest}'s cells to row {@code upper}'s, and to the rows above that carry the same
   * cell merged over them.
   */
  private static void joinInto(List<Grid.Row> rows, int upper, Grid.Row rest) {
    for (int c = 0; c < rest.cells().size(); c++) {
      String more = rest.cell(c).text();
      if (more.isBlank()) {
        continue;
      }
      int top = upper;
      while (top > 0 && rows.get(top).cell(c).continuesAbove()) {
        top--;
      }
      for (int r = top; r <= upper; r++) {
        Grid.Row row = rows.get(r);
        List<Grid.Cell> cells = new ArrayList<>(row.cells());
        while (cells.size() <= c) {
          cells.add(Grid.Cell.EMPTY);
        }
        Grid.Cell cell = cells.get(c);
        cells.set(
            c,
            new Grid.Cell(
                joined(cell.text(), more), cell.continuesAbove(), false, cell.continuesLeft()));
        rows.set(r, new Grid.Row(row.number(), cells));
      }
    }
  }

  /** Two parts of one cell's text: a space between two Latin words, else nothing (as a wrap). */
  static String joined(String upper, String rest) {
    if (upper.isEmpty()) {
      return rest.strip();
    }
    char last = upper.charAt(upper.length() - 1);
    char next = rest.strip().isEmpty() ? ' ' : rest.strip().charAt(0);
    boolean latin =
        Character.isLetterOrDigit(last)
            && last < 0x2E80
            && Character.isLetter(next)
            && next < 0x2E80;
    return upper + (latin ? " " : "") + rest.strip();
  }
}
