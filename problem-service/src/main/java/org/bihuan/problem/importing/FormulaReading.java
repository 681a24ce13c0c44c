package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.SheetFormulas.MAX_DEPTH;
import static org.bihuan.problem.importing.SheetFormulas.MAX_FORMULA;
import static org.bihuan.problem.importing.SheetFormulas.MAX_TEXT;
import static org.bihuan.problem.importing.SheetFormulas.number;
import static org.bihuan.problem.importing.SheetFormulas.text;

/**
 * One formula of a worksheet read and computed as it is read, a recursive descent over Excel's
 * grammar for what {@link SheetFormulas} computes; whatever else it meets ends the reading with
 * {@link NotComputed}. The cells it refers to are asked of the sheet.
 */
final class FormulaReading {

  /** The value of an empty cell: 0 in arithmetic, "" after &amp;. */
  static final Object EMPTY = new Object();

  /** A formula that is not computed: another function, a range, an error. */
  static final class NotComputed extends RuntimeException {
    NotComputed() {
      super(null, null, false, false);
    }
  }

  private final String f;
  private final int row;
  private final int column;
  private final String sheetName;
  private final java.util.function.Function<int[], Object> cells;
  private int at;
  private int nesting;

  FormulaReading(
      String formula,
      int row,
      int column,
      String sheetName,
      java.util.function.Function<int[], Object> cells) {
    if (formula == null || formula.length() > MAX_FORMULA) {
      throw new NotComputed();
    }
    String t = formula.strip();
    this.f = t.startsWith("=") ? t.substring(1) : t;
    this.row = row;
    this.column = column;
    this.sheetName = sheetName;
    this.cells = cells;
  }

  /** The formula's value: a Double, a String, a Boolean or {@link #EMPTY}. */
  Object value() {
    Object v = concatenation();
    space();
    if (at != f.length() || f.isBlank()) {
      throw new NotComputed();
    }
    return v;
  }

  private Object concatenation() {
    Object v = sum();
    while (take('&')) {
      String joined = text(v) + text(sum());
      if (joined.length() > MAX_TEXT) {
        throw new NotComputed();
      }
      v = joined;
    }
    return v;
  }

  private Object sum() {
    Object v = product();
    for (; ; ) {
      if (take('+')) {
        v = number(v) + number(product());
      } else if (take('-')) {
        v = number(v) - number(product());
      } else {
        return v;
      }
    }
  }

  private Object product() {
    Object v = unary();
    for (; ; ) {
      if (take('*')) {
        v = number(v) * number(unary());
      } else if (take('/')) {
        double divisor = number(unary());
        if (divisor == 0) {
          throw new NotComputed(); // #DIV/0!
        }
        v = number(v) / divisor;
      } else {
        return v;
      }
    }
  }

  private Object unary() {
    if (take('-')) {
      return -number(unary());
    }
    if (take('+')) {
      return unary();
    }
    return primary();
  }

  private Object primary() {
    space();
    if (at >= f.length()) {
      throw new NotComputed();
    }
    char c = f.charAt(at);
    if (c == '(') {
      at++;
      if (++nesting > MAX_DEPTH) {
        throw new NotComputed();
      }
      Object v = concatenation();
      nesting--;
      expect(')');
      return v;
    }
    if (c == '"') {
      return string();
    }
    if (Character.isDigit(c) || c == '.') {
      return literalNumber();
    }
    if (c == '\'') {
      return quotedSheetReference();
    }
    if (c == '$' || Character.isLetter(c)) {
      return nameOrReference();
    }
    throw new NotComputed();
  }

  private String string() {
    StringBuilder s = new StringBuilder();
    at++;
    for (; ; ) {
      if (at >= f.length()) {
        throw new NotComputed();
      }
      char c = f.charAt(at++);
      if (c == '"') {
        if (at < f.length() && f.charAt(at) == '"') {
          s.append('"');
          at++;
        } else {
          return s.toString();
        }
      } else {
        s.append(c);
      }
    }
  }

  private Double literalNumber() {
    int start = at;
    while (at < f.length() && (Character.isDigit(f.charAt(at)) || f.charAt(at) == '.')) {
      at++;
    }
    if (at < f.length() && (f.charAt(at) == 'E' || f.charAt(at) == 'e')) {
      at++;
      if (at < f.length() && (f.charAt(at) == '+' || f.charAt(at) == '-')) {
        at++;
      }
      while (at < f.length() && Character.isDigit(f.charAt(at))) {
        at++;
      }
    }
    try {
      return Double.valueOf(f.substring(start, at));
    } catch (NumberFormatException e) {
      throw new NotComputed();
    }
  }

  /** 'Sheet name'!A1: a reference to this sheet only. */
  private Object quotedSheetReference() {
    StringBuilder name = new StringBuilder();
    at++;
    for (; ; ) {
      if (at >= f.length()) {
        throw new NotComputed();
      }
      char c = f.charAt(at++);
      if (c == '\'') {
        if (at < f.length() && f.charAt(at) == '\'') {
          name.append('\'');
          at++;
        } else {
          break;
        }
      } else {
        name.append(c);
      }
    }
    if (!name.toString().equals(sheetName) || !take('!')) {
      throw new NotComputed();
    }
    return referenced(cellReference());
  }

  private Object nameOrReference() {
    int start = at;
    while (at < f.length()
        && (Character.isLetterOrDigit(f.charAt(at))
            || f.charAt(at) == '$'
            || f.charAt(at) == '_'
            || f.charAt(at) == '.')) {
      at++;
    }
    String word = f.substring(start, at);
    if (take('!')) {
      if (!word.equals(sheetName)) {
        throw new NotComputed(); // another sheet
      }
      return referenced(cellReference());
    }
    space();
    if (at < f.length() && f.charAt(at) == '(') {
      at++;
      return function(word.toUpperCase(java.util.Locale.ROOT));
    }
    if (word.equalsIgnoreCase("TRUE")) {
      return Boolean.TRUE;
    }
    if (word.equalsIgnoreCase("FALSE")) {
      return Boolean.FALSE;
    }
    at = start;
    return referenced(cellReference());
  }

  /** [row, column] of a reference at the reading position ($A$1, A1); not a range. */
  private int[] cellReference() {
    int start = at;
    while (at < f.length() && (Character.isLetterOrDigit(f.charAt(at)) || f.charAt(at) == '$')) {
      at++;
    }
    int[] ref = SheetCells.cellRef(f.substring(start, at).replace("$", ""));
    if (ref == null || ref[0] < 0 || ref[1] < 0 || ref[0] >= 1_048_576 || ref[1] >= 16_384) {
      throw new NotComputed();
    }
    space();
    if (at < f.length() && f.charAt(at) == ':') {
      throw new NotComputed(); // a range gives no single value
    }
    return ref;
  }

  private Object referenced(int[] ref) {
    return cells.apply(ref);
  }

  private Object function(String name) {
    java.util.List<Object> args = new java.util.ArrayList<>();
    if (++nesting > MAX_DEPTH) {
      throw new NotComputed();
    }
    if (!take(')')) {
      do {
        if (name.equals("ROW") || name.equals("COLUMN")) {
          space();
          args.add(cellReference());
        } else {
          args.add(concatenation());
        }
      } while (take(','));
      expect(')');
    }
    nesting--;
    return switch (name) {
      case "ROW", "COLUMN" -> {
        if (args.size() > 1) {
          throw new NotComputed();
        }
        int[] ref = args.isEmpty() ? new int[] {row, column} : (int[]) args.get(0);
        yield (double) (name.equals("ROW") ? ref[0] : ref[1]) + 1;
      }
      case "CONCATENATE", "CONCAT" -> {
        StringBuilder s = new StringBuilder();
        for (Object a : args) {
          s.append(text(a));
          if (s.length() > MAX_TEXT) {
            throw new NotComputed();
          }
        }
        yield s.toString();
      }
      default -> throw new NotComputed();
    };
  }

  private boolean take(char c) {
    space();
    if (at < f.length() && f.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!take(c)) {
      throw new NotComputed();
    }
  }

  private void space() {
    while (at < f.length() && Character.isWhitespace(f.charAt(at))) {
      at++;
    }
  }
}
