package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cells of one worksheet while it is read (row and column 0-based), then a {@link Grid} with
 * its merged areas resolved: every cell of a merged area carries the text of its top-left cell, and
 * those below the area's first row say they continue it.
 */
final class SheetCells {

  /** Columns beyond this are not read (台账 have a dozen; a stray value far right is noise). */
  static final int MAX_COLUMNS = 64;

  private final String name;
  private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
  private final List<int[]> merges = new ArrayList<>();
  private final java.util.Set<Long> numbers = new java.util.HashSet<>();
  private final boolean date1904;
  private final java.util.TreeSet<Integer> hiddenColumns = new java.util.TreeSet<>();
  private final java.util.TreeSet<Integer> hiddenRows = new java.util.TreeSet<>();

  /** Cells whose formula gives an error, by address (G4 → #REF!), in the order read. */
  private final Map<String, String> errors = new java.util.LinkedHashMap<>();

  /** Cells whose formula was saved without its value, by address (G4 → TODAY()+30). */
  private final Map<String, String> uncomputed = new java.util.LinkedHashMap<>();

  /** Formulas saved without their value, to compute once the sheet is read, by cell key. */
  private final TreeMap<Long, String> formulas = new TreeMap<>();

  /** Those of {@link #formulas} whose cell is formatted as a date. */
  private final java.util.Set<Long> dateFormulas = new java.util.HashSet<>();

  /** =DATE(2024,9,30): a date written as a formula of literal numbers. */
  private static final java.util.regex.Pattern DATE_FORMULA =
      java.util.regex.Pattern.compile(
          "(?i)\\s*=?\\s*DATE\\s*\\(\\s*(\\d{4})\\s*,\\s*(\\d{1,2})\\s*,\\s*(\\d{1,2})\\s*\\)\\s*");

  SheetCells(String name) {
    this(name, false);
  }

  SheetCells(String name, boolean date1904) {
    this.name = name;
    this.date1904 = date1904;
  }

  void put(int row, int column, String text) {
    put(row, column, text, false);
  }

  /** A cell; {@code number}: a number without a date format (see {@link Grid.Cell#number()}). */
  void put(int row, int column, String text, boolean number) {
    if (column < 0 || column >= MAX_COLUMNS || row < 0 || text == null) {
      return;
    }
    String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (!t.isEmpty()) {
      rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, t);
      if (number) {
        numbers.add(key(row, column));
      }
    }
  }

  /** A column Excel hides (width 0 or hidden): its cells are not imported (see {@link Grid}). */
  void hideColumn(int column) {
    if (column >= 0 && column < MAX_COLUMNS) {
      hiddenColumns.add(column);
    }
  }

  /** A row Excel hides: it is read like the others, and named in a warning. */
  void hideRow(int row) {
    if (row >= 0) {
      hiddenRows.add(row);
    }
  }

  /**
   * A cell whose formula gives an error (#REF!, #N/A, #DIV/0!…): it is read as empty, never as the
   * error's text, and named in a warning by its address.
   */
  void error(int row, int column, String code) {
    if (row >= 0 && column >= 0 && column < MAX_COLUMNS && errors.size() < 1_000) {
      errors.put(address(row, column), code == null || code.isBlank() ? "#VALUE!" : code.strip());
    }
  }

  /** Whether {@code formula} is a date of literal numbers, =DATE(2024,9,30). */
  static boolean isDateOfNumbers(String formula) {
    return formula != null && DATE_FORMULA.matcher(formula).matches();
  }

  /**
   * The text of a cell whose formula was saved without its value (a workbook written by a program
   * and never opened in Excel): the date of =DATE(2024,9,30), a formula of literal numbers, as
   * 2024年9月30日; any other formula is computed when the sheet is complete ({@link SheetFormulas}:
   * text joined with &amp;, ROW(), arithmetic, references to other cells), and one that cannot be
   * is read as empty and named in a warning by its address. Answers "" until then.
   */
  String uncomputed(int row, int column, String formula) {
    return uncomputed(row, column, formula, false);
  }

  /** As above; {@code dateFormat}: the cell is formatted as a date, a number it gives is one. */
  String uncomputed(int row, int column, String formula, boolean dateFormat) {
    java.util.regex.Matcher m = DATE_FORMULA.matcher(formula);
    if (m.matches()) {
      return Integer.parseInt(m.group(1))
          + "年"
          + Integer.parseInt(m.group(2))
          + "月"
          + Integer.parseInt(m.group(3))
          + "日";
    }
    if (row >= 0 && column >= 0 && column < MAX_COLUMNS) {
      formulas.put(key(row, column), formula);
      if (dateFormat) {
        dateFormulas.add(key(row, column));
      }
    }
    return "";
  }

  /**
   * Computes the formulas saved without their value, once every cell of the sheet is known: each
   * value becomes its cell's text (a number as a number, or a date in a date cell); a formula that
   * cannot be computed is named in {@link #notes}.
   */
  private void compute() {
    if (formulas.isEmpty()) {
      return;
    }
    SheetFormulas computing = new SheetFormulas(name, formulas, this::value);
    for (Map.Entry<Long, String> f : formulas.entrySet()) {
      long k = f.getKey();
      int row = (int) (k >>> 16);
      int column = (int) (k & 0xFFFF);
      Object v = computing.value(k);
      if (v instanceof Double d && Double.isFinite(d)) {
        boolean date = dateFormulas.contains(k);
        put(row, column, date ? CellValues.date(d, date1904) : CellValues.number(d), !date);
      } else if (v instanceof Boolean b) {
        put(row, column, b ? "TRUE" : "FALSE");
      } else if (v instanceof String s) {
        put(row, column, s);
      } else if (uncomputed.size() < 1_000) {
        uncomputed.put(address(row, column), f.getValue().strip());
      }
    }
    formulas.clear();
  }

  /** The value of a cell that is not a formula to compute: a Double, a String, or null. */
  private Object value(long k) {
    Map<Integer, String> row = rows.get((int) (k >>> 16));
    String text = row == null ? null : row.get((int) (k & 0xFFFF));
    if (text == null) {
      return null;
    }
    if (numbers.contains(k)) {
      try {
        return Double.valueOf(text);
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return text;
  }

  /** The A1 address of a cell, row and column 0-based: (3, 6) → G4. */
  static String address(int row, int column) {
    return columnLetters(column) + (row + 1);
  }

  /** 0 → A, 25 → Z, 26 → AA. */
  static String columnLetters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int v = column + 1; v > 0; v = (v - 1) / 26) {
      letters.insert(0, (char) ('A' + (v - 1) % 26));
    }
    return letters.toString();
  }

  /**
   * What the dry run must say about this sheet beyond its rows: the hidden rows that hold text
   * (they are imported) and the cells whose formula gives an error (read as empty).
   */
  List<String> notes() {
    List<String> out = new ArrayList<>();
    List<Integer> shown = new ArrayList<>();
    for (int r : hiddenRows) {
      if (rows.containsKey(r)) {
        shown.add(r + 1);
      }
    }
    if (!shown.isEmpty()) {
      out.add(
          "Sheet 「"
              + name
              + "」: row(s) "
              + shown.stream()
                  .map(String::valueOf)
                  .collect(java.util.stream.Collectors.joining(", "))
              + " are hidden in Excel; they were read like the other rows. Check them in the dry"
              + " run: hidden rows often hold entries set aside.");
    }
    if (!errors.isEmpty()) {
      List<String> cells = new ArrayList<>();
      errors.forEach((address, code) -> cells.add(address + " (" + code + ")"));
      out.add(
          "Sheet 「"
              + name
              + "」: the formula of cell(s) "
              + String.join(", ", cells)
              + " gives an error; "
              + (cells.size() > 1 ? "they were" : "it was")
              + " read as empty. Correct the formula in Excel and upload the file again to import"
              + " its value.");
    }
    if (!uncomputed.isEmpty()) {
      List<String> cells = new ArrayList<>();
      uncomputed.forEach(
          (address, formula) ->
              cells.add(
                  formula.isEmpty()
                      ? address
                      : address + " (=" + OutlineParser.shorten(formula) + ")"));
      out.add(
          "Sheet 「"
              + name
              + "」: the formula of cell(s) "
              + String.join(", ", cells)
              + " was saved without its value; "
              + (cells.size() > 1 ? "they were" : "it was")
              + " read as empty. Open the file in Excel, save it and upload it again to import"
              + " the values.");
    }
    return out;
  }

  private static long key(int row, int column) {
    return ((long) row << 16) | column;
  }

  /** A merged area, first/last row and column inclusive. */
  void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
      return;
    }
    merges.add(new int[] {firstRow, lastRow, firstColumn, Math.min(lastColumn, MAX_COLUMNS - 1)});
  }

  /** A merge area by its A1 reference (B3:B5). */
  void merge(String ref) {
    String[] ends = ref.split(":");
    if (ends.length != 2) {
      return;
    }
    int[] a = cellRef(ends[0]);
    int[] b = cellRef(ends[1]);
    if (a != null && b != null) {
      merge(a[0], b[0], a[1], b[1]);
    }
  }

  /** [row, column] of an A1 reference, 0-based; null when it is not one. */
  static int[] cellRef(String ref) {
    int i = 0;
    int column = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      i++;
      if (column > 20_000) {
        return null;
      }
    }
    if (i == 0 || i == ref.length()) {
      return null;
    }
    try {
      return new int[] {Integer.parseInt(ref.substring(i)) - 1, column - 1};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  Grid grid() {
    compute();
    Map<Integer, Map<Integer, Grid.Cell>> cells = new TreeMap<>();
    rows.forEach(
        (r, columns) -> {
          Map<Integer, Grid.Cell> row = new TreeMap<>();
          columns.forEach(
              (c, text) -> row.put(c, new Grid.Cell(text, false, numbers.contains(key(r, c)))));
          cells.put(r, row);
        });
    for (int[] m : merges) {
      String text = rows.getOrDefault(m[0], new TreeMap<>()).get(m[2]);
      if (text == null) {
        continue;
      }
      boolean number = numbers.contains(key(m[0], m[2]));
      // an area of more than a few thousand cells is a formatting accident, not data
      if ((long) (m[1] - m[0] + 1) * (m[3] - m[2] + 1) > 20_000) {
        continue;
      }
      for (int r = m[0]; r <= m[1]; r++) {
        Map<Integer, Grid.Cell> row = cells.computeIfAbsent(r, k -> new TreeMap<>());
        for (int c = m[2]; c <= m[3]; c++) {
          row.put(c, new Grid.Cell(text, r > m[0], number, c > m[2]));
        }
      }
    }
    int width = 0;
    for (Map<Integer, Grid.Cell> row : cells.values()) {
      if (!row.isEmpty()) {
        width = Math.max(width, ((TreeMap<Integer, Grid.Cell>) row).lastKey() + 1);
      }
    }
    List<Grid.Row> out = new ArrayList<>();
    for (Map.Entry<Integer, Map<Integer, Grid.Cell>> e : cells.entrySet()) {
      List<Grid.Cell> row = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        row.add(e.getValue().getOrDefault(c, Grid.Cell.EMPTY));
      }
      out.add(new Grid.Row(e.getKey() + 1, row));
    }
    return Grid.worksheet(name, out, date1904, java.util.Set.copyOf(hiddenColumns));
  }
}
