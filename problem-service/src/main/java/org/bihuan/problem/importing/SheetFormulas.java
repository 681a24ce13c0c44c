package org.bihuan.problem.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Computes the formulas of one worksheet that were saved without their value (a workbook written by
 * a program that does not compute: an .xlsx cell without its value, an .xls one holding the 0 such
 * a program leaves), the same for both formats (docs/decisions/0312). What is computed, as Excel
 * computes it: text and number literals, TRUE/FALSE, references to cells of the same sheet (A1,
 * $A$1, 'Sheet'!A1 naming this sheet; an empty cell is 0, or "" after {@code &}), {@code &}, + - *
 * / with Excel's precedence, unary minus, parentheses, ROW(), ROW(A5), COLUMN(), COLUMN(C1),
 * CONCATENATE and CONCAT of single values. Anything else (another function, a range, another sheet,
 * a circular reference, an error such as a division by 0) is not computed: the cell is read as
 * empty and named in a warning, never as a made-up value.
 *
 * <p>Within budget, whatever the workbook: each formula cell is computed at most once (the value is
 * kept), a formula may be at most {@link #MAX_FORMULA} characters and its value {@link #MAX_TEXT}
 * (Excel's limits), references may lead on through at most {@link #MAX_DEPTH} formulas and
 * parentheses nest as deep, and a sheet's computed values together hold at most {@link
 * #MAX_SHEET_TEXT} characters — a formula past any of these is not computed.
 */
final class SheetFormulas {

  static final int MAX_FORMULA = 8_192;
  static final int MAX_TEXT = 32_767;
  static final int MAX_DEPTH = 100;
  static final long MAX_SHEET_TEXT = 2_000_000;

  /** What a formula that cannot be computed gives. */
  private static final Object NOT_COMPUTED = new Object();

  /** Being computed: a reference back to it is circular. */
  private static final Object UNDER_WAY = new Object();

  private final String sheetName;
  private final Map<Long, String> formulas;
  private final LongFunction<Object> cells;
  private final Map<Long, Object> values = new HashMap<>();
  private long produced;

  /**
   * @param formulas the formulas to compute, by cell key ({@code row << 16 | column})
   * @param cells the value of any other cell by its key: a Double, a String or null when empty
   */
  SheetFormulas(String sheetName, Map<Long, String> formulas, LongFunction<Object> cells) {
    this.sheetName = sheetName;
    this.formulas = formulas;
    this.cells = cells;
  }

  /** The value of formula cell {@code key}: a Double, String or Boolean; null when not computed. */
  Object value(long key) {
    Object v = evaluate(key, 0);
    if (v == NOT_COMPUTED || v == UNDER_WAY) {
      return null;
    }
    if (v == FormulaReading.EMPTY) {
      // =Z9 of an empty Z9: Excel shows 0, but the cell it copies holds nothing, and a ledger's
      // 责任人 copied from an empty cell is empty (0319); =Z9+0 computes, and is 0
      return "";
    }
    if (v instanceof Double d && !Double.isFinite(d)) {
      return null;
    }
    return v;
  }

  /** A cell reference in a formula: $A$1, A1, AB12 (a name such as LOG10( is a function). */
  private static final java.util.regex.Pattern REFERENCE =
      java.util.regex.Pattern.compile(
          "(?<![A-Za-z0-9_.$])(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]{1,7})(?![A-Za-z0-9_(])");

  /**
   * A shared formula (an .xlsx's {@code <f t="shared" si="0"/>}: Excel stores a formula filled down
   * or across once, in the first cell of its range) as it reads in a cell {@code rows} below and
   * {@code columns} right of that first cell: each relative reference moved as far, $-fixed parts
   * kept, text in quotes and sheet names left as they are — Excel's own reading of the shared
   * formula. Null when a reference would leave the sheet.
   */
  static String shifted(String formula, int rows, int columns) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < formula.length()) {
      char c = formula.charAt(at);
      if (c == '"' || c == '\'') {
        int end = formula.indexOf(c, at + 1);
        while (end >= 0 && end + 1 < formula.length() && formula.charAt(end + 1) == c) {
          end = formula.indexOf(c, end + 2); // "" inside a text, '' inside a sheet's name
        }
        end = end < 0 ? formula.length() : end + 1;
        out.append(formula, at, end);
        at = end;
        continue;
      }
      int next = at;
      while (next < formula.length()
          && formula.charAt(next) != '"'
          && formula.charAt(next) != '\'') {
        next++;
      }
      java.util.regex.Matcher m = REFERENCE.matcher(formula).region(at, next);
      m.useTransparentBounds(true).useAnchoringBounds(false);
      int copied = at;
      while (m.find()) {
        int[] ref = SheetCells.cellRef(m.group(2) + m.group(4));
        if (ref == null) {
          continue;
        }
        int row = m.group(3).isEmpty() ? ref[0] + rows : ref[0];
        int column = m.group(1).isEmpty() ? ref[1] + columns : ref[1];
        if (row < 0 || column < 0) {
          return null;
        }
        out.append(formula, copied, m.start())
            .append(m.group(1))
            .append(SheetCells.columnLetters(column))
            .append(m.group(3))
            .append(row + 1);
        copied = m.end();
      }
      out.append(formula, copied, next);
      at = next;
    }
    return out.toString();
  }

  private Object evaluate(long key, int depth) {
    Object known = values.get(key);
    if (known != null) {
      return known;
    }
    if (depth > MAX_DEPTH) {
      return NOT_COMPUTED;
    }
    ReadingTime.check();
    values.put(key, UNDER_WAY);
    Object v;
    try {
      v =
          new FormulaReading(
                  formulas.get(key),
                  (int) (key >>> 16),
                  (int) (key & 0xFFFF),
                  sheetName,
                  ref -> referenced(ref, depth))
              .value();
    } catch (FormulaReading.NotComputed e) {
      v = NOT_COMPUTED;
    }
    if (v instanceof String s) {
      produced += s.length();
      if (produced > MAX_SHEET_TEXT) {
        v = NOT_COMPUTED;
      }
    }
    values.put(key, v);
    return v;
  }

  /** The value of the cell at {@code ref} [row, column], read by a formula at {@code depth}. */
  private Object referenced(int[] ref, int depth) {
    long key = ((long) ref[0] << 16) | ref[1];
    if (formulas.containsKey(key)) {
      Object v = evaluate(key, depth + 1);
      if (v == NOT_COMPUTED || v == UNDER_WAY) {
        throw new FormulaReading.NotComputed();
      }
      return v;
    }
    if (ref[1] >= SheetCells.MAX_COLUMNS) {
      return FormulaReading.EMPTY;
    }
    Object v = cells.apply(key);
    return v == null ? FormulaReading.EMPTY : v;
  }

  /** A value as text, as Excel joins it with {@code &}. */
  static String text(Object v) {
    if (v == FormulaReading.EMPTY) {
      return "";
    }
    if (v instanceof Double d) {
      return CellValues.number(d);
    }
    if (v instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    return (String) v;
  }

  /** A value as a number, as Excel computes with it: text that is no number gives #VALUE!. */
  static double number(Object v) {
    if (v == FormulaReading.EMPTY) {
      return 0;
    }
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    try {
      double d = Double.parseDouble(((String) v).strip());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // #VALUE!
    }
    throw new FormulaReading.NotComputed();
  }
}
