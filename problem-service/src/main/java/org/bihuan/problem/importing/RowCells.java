package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;

/**
 * The cells of a table's rows read under its header ({@link TableRows}): a column's text in a row,
 * a cell merged across columns read once, a time limit written as an Excel date serial, the names
 * in a leader or person cell without phone numbers, whether a row has a measure or duties of its
 * own, and how the dry run names a row and a column. What it finds worth saying goes into {@code
 * warnings}, the table's warnings.
 */
final class RowCells {

  /** Excel date serials from 2000-01-01 to 2099-12-31: a number in a date column in this range. */
  static final double FIRST_SERIAL = 36526;

  static final double LAST_SERIAL = 73050;

  /**
   * A year and month 1 with a dot in a number cell (2024.1): Excel keeps no zero at a number's end,
   * so a typed 2024.10 is the same number and shows the same way (0289).
   */
  private static final Pattern MONTH_ONE_OR_TEN = Pattern.compile("[0-9]{4}\\.1");

  private static final Pattern SERIAL_TEXT = Pattern.compile("[0-9]{5}(?:\\.[0-9]+)?");

  final Grid grid;
  final Header header;
  final List<String> warnings;

  RowCells(Grid grid, Header header, List<String> warnings) {
    this.grid = grid;
    this.header = header;
    this.warnings = warnings;
  }

  private Boolean unitsNamePeople;

  /**
   * Whether the header's units column names their people too (责任单位及责任人, 责任部门/联系人: {@link
   * UnitsAndPeople#names}), on its last row or the row above it (0338).
   */
  boolean unitsNamePeople() {
    if (unitsNamePeople == null) {
      int c = header.index(Column.UNITS);
      boolean names = false;
      for (int r = header.lastRow(); c >= 0 && r >= Math.max(0, header.lastRow() - 1); r--) {
        names |= UnitsAndPeople.names(grid.rows().get(r).cell(c).text());
      }
      unitsNamePeople = names;
    }
    return unitsNamePeople;
  }

  private Boolean peopleNameUnits;

  /**
   * Whether the header's units column names the people first (责任人及单位: {@link PeopleBeforeUnits}).
   */
  boolean peopleNameUnits() {
    if (peopleNameUnits == null) {
      int c = header.index(Column.UNITS);
      peopleNameUnits =
          c >= 0 && PeopleBeforeUnits.names(grid.rows().get(header.lastRow()).cell(c).text());
    }
    return peopleNameUnits;
  }

  String where(Grid.Row row) {
    String where = where(row.number());
    return Character.toUpperCase(where.charAt(0)) + where.substring(1);
  }

  Grid.Cell cell(Grid.Row row, Column column) {
    int i = header.index(column);
    return i < 0 ? Grid.Cell.EMPTY : row.cell(i);
  }

  String text(Grid.Row row, Column column) {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < header.columns().length; i++) {
      if (header.columns()[i] == column && !row.cell(i).text().isEmpty()) {
        if (all.length() > 0) {
          all.append('、');
        }
        all.append(row.cell(i).text());
      }
    }
    return all.toString();
  }

  /** Rows whose phone numbers were named already (a merged cell is read on each of its rows). */
  final Set<String> phonesNamed = new java.util.HashSet<>();

  /**
   * The text of a leader or person column without the phone numbers written into it ({@link
   * ContactNumbers}), named once in a warning.
   */
  String withoutPhones(Grid.Row row, Column column) {
    String text = text(row, column);
    if (!ContactNumbers.holds(text)) {
      return text;
    }
    String names = ContactNumbers.without(text);
    if (phonesNamed.add(column + "\u0000" + text)) {
      warnings.add(
          where(row)
              + ": the phone number(s) in the "
              + (column == Column.LEADER ? "责任领导" : column == Column.PERSON ? "责任人" : "责任领导及责任人")
              + " cell were left out of the name"
              + (names.isEmpty() ? "; no name is left." : " (「" + names + "」 was read)."));
    }
    return names;
  }

  /**
   * A data row with each cell merged across columns (a Word gridSpan, an Excel area) read once: its
   * text stays in one of the columns it covers and the others are empty, so 办公室 spanning 责任单位 and
   * 责任人 is a unit, not a unit and a person. The column is the one its label names (责任人：马丽), a 序号
   * column for a bare number, else the first column that is read. The dry run says so when the cell
   * covered more than one column that is read.
   */
  Grid.Row oneValuePerMergedCell(Grid.Row row) {
    List<Grid.Cell> cells = new ArrayList<>(row.cells());
    boolean changed = false;
    for (int start = 0; start < cells.size(); ) {
      int end = start + 1;
      while (end < cells.size() && cells.get(end).continuesLeft()) {
        end++;
      }
      Grid.Cell merged = cells.get(start);
      if (end - start < 2 || merged.text().isBlank()) {
        start = end;
        continue;
      }
      List<Integer> read = new ArrayList<>();
      for (int c = start; c < end && c < header.columns().length; c++) {
        Column kind = header.columns()[c];
        if (kind != null && kind != Column.IGNORED) {
          read.add(c);
        }
      }
      int keep = read.isEmpty() ? start : columnOf(merged.text(), read);
      for (int c = start; c < end; c++) {
        cells.set(
            c,
            c == keep
                ? new Grid.Cell(merged.text(), merged.continuesAbove(), merged.number())
                : Grid.Cell.EMPTY);
      }
      changed = true;
      if (read.size() >= 2 && !merged.continuesAbove()) {
        List<String> names = new ArrayList<>();
        for (int c : read) {
          names.add("「" + headerName(c) + "」");
        }
        List<String> others = new ArrayList<>(names);
        others.remove(read.indexOf(keep));
        warnings.add(
            where(row)
                + ": a cell merged across "
                + String.join("、", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1)
                + " was read once, as 「"
                + headerName(keep)
                + "」; "
                + String.join("、", others)
                + (others.size() > 1 ? " were" : " was")
                + " left empty.");
      }
      start = end;
    }
    return changed ? new Grid.Row(row.number(), cells) : row;
  }

  /** A cell that only gives a time limit: a short date (2024年8月31日前) or 立行立改/长期坚持. */
  private static final Pattern TIME_LIMIT_TEXT =
      Pattern.compile("(?:[0-9]{4}\\s*[年./-][^，,。；;]{0,14}|立行立改|长期坚持|持续整改)");

  /** Which of the {@code read} columns a merged cell's text belongs to. */
  private int columnOf(String text, List<Integer> read) {
    List<Labels.Labelled> labels = Labels.of(text.strip());
    if (!labels.isEmpty()) {
      Column named =
          switch (labels.get(0).label()) {
            case PROBLEM -> Column.PROBLEM;
            case MEASURE -> Column.MEASURE;
            case LEADER -> Column.LEADER;
            case UNITS -> Column.UNITS;
            case CO_UNITS -> Column.CO_UNITS;
            case PERSON -> Column.PERSON;
            case TIME_LIMIT -> Column.TIME_LIMIT;
            case PROGRESS -> Column.PROGRESS;
            case OTHER -> null;
          };
      for (int c : read) {
        if (header.columns()[c] == named) {
          return c;
        }
      }
    }
    if (TIME_LIMIT_TEXT.matcher(text.strip()).matches()) {
      for (int c : read) {
        if (header.columns()[c] == Column.TIME_LIMIT) {
          return c;
        }
      }
    }
    boolean bareNumber = text.strip().matches("[0-9０-９]{1,5}(?:\\.0)?");
    for (int c : read) {
      if ((header.columns()[c] == Column.SEQ) == bareNumber) {
        return c;
      }
    }
    return read.get(0);
  }

  String headerName(int column) {
    for (int r = header.lastRow(); r >= 0 && r >= header.lastRow() - 1; r--) {
      String text = grid.rows().get(r).cell(column).text();
      if (!text.isEmpty()) {
        return text;
      }
    }
    return "";
  }

  String columnName(int column) {
    if (grid.sheet() == null) {
      return String.valueOf(column + 1);
    }
    StringBuilder letters = new StringBuilder();
    for (int v = column + 1; v > 0; v = (v - 1) / 26) {
      letters.insert(0, (char) ('A' + (v - 1) % 26));
    }
    return letters.toString();
  }

  /**
   * The time limit of a row, with its 整改类型 ({@link Column#TIMING}). In a worksheet a number Excel
   * would show as a date from 2000 to 2099 is read as that date; one stored as text is warned.
   */
  String timeLimit(Grid.Row row) {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < header.columns().length; i++) {
      Grid.Cell cell = row.cell(i);
      Column kind = header.columns()[i];
      if ((kind != Column.TIME_LIMIT && kind != Column.TIMING) || cell.text().isEmpty()) {
        continue;
      }
      String text = cell.text();
      if (grid.sheet() != null && SERIAL_TEXT.matcher(text).matches()) {
        double serial = Double.parseDouble(text);
        if (serial >= FIRST_SERIAL && serial < LAST_SERIAL + 1) {
          String date = CellValues.date(Math.floor(serial), grid.date1904());
          if (!cell.number() && !cell.continuesAbove()) {
            warnings.add(
                where(row)
                    + ": the time limit 「"
                    + text
                    + "」 is a number stored as text; it was read as the Excel date "
                    + date
                    + " (check it).");
          }
          text = date;
        }
      }
      if (grid.sheet() != null && cell.number() && MONTH_ONE_OR_TEN.matcher(text).matches()) {
        String year = text.substring(0, 4);
        warnings.add(
            where(row)
                + ", cell "
                + columnName(i)
                + row.number()
                + ": the time limit is the number 「"
                + text
                + "」, read as "
                + year
                + "年1月; Excel shows a number typed 2024.10 as 2024.1, so it may mean "
                + year
                + "年10月 (check it: "
                + year
                + "年1月 or "
                + year
                + "年10月?).");
      }
      if (all.length() > 0) {
        all.append('、');
      }
      all.append(text);
    }
    return all.toString();
  }

  /**
   * Whether the row has a 整改措施, unit, leader, person or time limit of its own: a cell of those
   * columns that neither continues a merge from above nor repeats the row's first text (a note
   * merged across the table fills every column with itself).
   */
  boolean hasOwnMeasureOrDuties(Grid.Row row, String firstText) {
    for (int i = 0; i < header.columns().length; i++) {
      Column c = header.columns()[i];
      Grid.Cell cell = row.cell(i);
      if ((c == Column.MEASURE
              || c == Column.LEADER_AND_PERSON
              || c == Column.UNITS
              || c == Column.CO_UNITS
              || c == Column.LEADER
              || c == Column.PERSON
              || c == Column.TIME_LIMIT
              || c == Column.DUTIES)
          && !cell.text().isBlank()
          && !cell.continuesAbove()
          && !cell.text().strip().equals(firstText.strip())) {
        return true;
      }
    }
    return false;
  }

  boolean hasMeasureOrDuties(Grid.Row row) {
    for (Column c :
        List.of(
            Column.MEASURE,
            Column.UNITS,
            Column.CO_UNITS,
            Column.LEADER,
            Column.LEADER_AND_PERSON,
            Column.PERSON,
            Column.TIME_LIMIT,
            Column.DUTIES)) {
      if (!text(row, c).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  String where(int rowNumber) {
    return grid.sheet() == null
        ? grid.rowInFile(rowNumber)
        : "sheet 「" + grid.sheet() + "」 row " + rowNumber;
  }
}
