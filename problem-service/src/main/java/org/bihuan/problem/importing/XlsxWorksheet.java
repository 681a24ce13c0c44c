package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.XlsxSheets.attribute;
import static org.bihuan.problem.importing.XlsxSheets.counted;
import static org.bihuan.problem.importing.XlsxSheets.isText;
import static org.bihuan.problem.importing.XlsxSheets.xml;

import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One worksheet part of an .xlsx streamed into its {@link SheetCells} ({@link XlsxSheets}): its
 * cells' text (shared strings, inline strings, numbers and dates by their style, booleans, formula
 * results), hidden rows and columns, and merged areas, counting cells and characters against the
 * import's budget as they are read.
 */
final class XlsxWorksheet {

  private XlsxWorksheet() {}

  /**
   * The cell styles (by index) whose date shows only the year and month, and the decimals of those
   * that show a fixed count of them (0.00: 2), as the workbook's styles give them.
   */
  record NumberStyles(java.util.Set<Integer> yearMonth, java.util.Map<Integer, Integer> decimals) {}

  static void sheet(
      InputStream in,
      SheetCells sheet,
      List<String> strings,
      List<Boolean> dateStyles,
      NumberStyles numberStyles,
      boolean date1904,
      long[] cells,
      long[] chars,
      ImportLimits limits)
      throws XMLStreamException {
    XMLStreamReader x = xml(in);
    int row = -1;
    int column = -1;
    String type = null;
    int style = 0;
    StringBuilder value = null;
    StringBuilder inline = null;
    boolean inValue = false;
    boolean inInlineText = false;
    StringBuilder formula = null; // the cell's formula, as written
    boolean inFormula = false;
    String sharedIndex = null; // the cell's <f t="shared" si=..>: a formula filled down or across
    // each shared formula by its si: where it was written (row, column) and its text
    java.util.Map<String, Object[]> shared = new java.util.HashMap<>();
    while (x.hasNext()) {
      ReadingTime.check();
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "row" -> {
            Integer r = integer(attribute(x, "r"));
            row = r == null ? row + 1 : r - 1;
            column = -1;
            if (isTrue(attribute(x, "hidden"))) {
              sheet.hideRow(row);
            }
          }
          case "col" -> {
            // <cols><col min="3" max="3" hidden="1"/>: columns Excel hides
            Integer min = integer(attribute(x, "min"));
            Integer max = integer(attribute(x, "max"));
            if (isTrue(attribute(x, "hidden")) && min != null && max != null) {
              for (int c = min - 1; c < max && c < SheetCells.MAX_COLUMNS; c++) {
                sheet.hideColumn(c);
              }
            }
          }
          case "c" -> {
            int[] ref = attribute(x, "r") == null ? null : SheetCells.cellRef(attribute(x, "r"));
            column = ref == null ? column + 1 : ref[1];
            type = attribute(x, "t");
            Integer s = integer(attribute(x, "s"));
            style = s == null ? 0 : s;
            value = new StringBuilder();
            inline = null;
            formula = null;
            sharedIndex = null;
            if (++cells[0] > limits.maxCells()) {
              throw limits.tooLarge("The workbook holds more than " + limits.maxCells() + " cells");
            }
          }
          case "v" -> inValue = true;
          case "f" -> {
            inFormula = true;
            formula = new StringBuilder();
            sharedIndex = "shared".equals(attribute(x, "t")) ? attribute(x, "si") : null;
          }
          case "is" -> inline = new StringBuilder();
          case "t" -> inInlineText = inline != null;
          case "mergeCell" -> {
            String ref = attribute(x, "ref");
            if (ref != null) {
              sheet.merge(ref);
            }
          }
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (x.getLocalName()) {
          case "v" -> inValue = false;
          case "f" -> {
            inFormula = false;
            if (sharedIndex != null && formula != null && !formula.toString().isBlank()) {
              if (shared.size() < MAX_SHARED || shared.containsKey(sharedIndex)) {
                shared.put(sharedIndex, new Object[] {row, column, formula.toString()});
              }
              sharedIndex = null;
            }
          }
          case "t" -> inInlineText = false;
          case "c" -> {
            if ("e".equals(type)) {
              // a formula giving #REF!, #N/A…: never its error text, but named by address
              sheet.error(row, column, value == null ? null : value.toString());
            }
            String text =
                cellText(
                    type,
                    style,
                    value,
                    inline,
                    strings,
                    dateStyles,
                    numberStyles.yearMonth().contains(style),
                    numberStyles.decimals().getOrDefault(style, -1),
                    date1904);
            if (formula != null
                && inline == null
                && !"e".equals(type)
                && (value == null || value.isEmpty())) {
              // a formula saved without its value (a file written by a program, never opened in
              // Excel): DATE(2024,9,30) is that date, any other is computed where it can be, or
              // named and read as empty (0273, 0312)
              boolean date = style >= 0 && style < dateStyles.size() && dateStyles.get(style);
              String written = formula.toString();
              if (written.isBlank() && sharedIndex != null) {
                written = sharedFormula(shared.get(sharedIndex), row, column);
                chars[0] = counted(chars[0], written.length(), limits);
              }
              text = sheet.uncomputed(row, column, written, date);
            }
            if ("s".equals(type)) {
              // a shared text is held once, but the import repeats it in every cell's line
              chars[0] = counted(chars[0], text.length(), limits);
            }
            sheet.put(row, column, text, isPlainNumber(type, style, value, dateStyles));
            value = null;
          }
          default -> {}
        }
      } else if (isText(event)) {
        if (inFormula && formula != null) {
          chars[0] = counted(chars[0], x.getTextLength(), limits);
          formula.append(x.getText());
        } else if (inValue && value != null) {
          chars[0] = counted(chars[0], x.getTextLength(), limits);
          value.append(x.getText());
        } else if (inInlineText) {
          chars[0] = counted(chars[0], x.getTextLength(), limits);
          inline.append(x.getText());
        }
      }
    }
  }

  /** Shared formulas kept per sheet: more are read as formulas without their text. */
  private static final int MAX_SHARED = 10_000;

  /**
   * The formula of a cell in a shared formula's range (docs/decisions/0319): Excel writes it once,
   * in the range's first cell ({@code <f t="shared" ref="A3:A9" si="0">ROW()-2</f>}), and only
   * {@code <f t="shared" si="0"/>} in the others, which read it with its relative references moved
   * as far as the cell is from the first ({@link SheetFormulas#shifted}); "" when its first cell
   * was not read (or is too long to be computed).
   */
  private static String sharedFormula(Object[] first, int row, int column) {
    if (first == null || ((String) first[2]).length() > SheetFormulas.MAX_FORMULA) {
      return "";
    }
    String moved =
        SheetFormulas.shifted((String) first[2], row - (int) first[0], column - (int) first[1]);
    return moved == null ? "" : moved;
  }

  private static String cellText(
      String type,
      int style,
      StringBuilder value,
      StringBuilder inline,
      List<String> strings,
      List<Boolean> dateStyles,
      boolean yearMonth,
      int decimals,
      boolean date1904) {
    String v = value == null ? "" : value.toString();
    if (type == null) {
      type = "n";
    }
    switch (type) {
      case "s" -> {
        Integer i = integer(v.strip());
        return i == null || i < 0 || i >= strings.size() ? "" : strings.get(i);
      }
      case "inlineStr" -> {
        return inline == null ? v : inline.toString();
      }
      case "str" -> {
        return v;
      }
      case "b" -> {
        return v.strip().equals("1") ? "TRUE" : "FALSE";
      }
      case "e" -> {
        return "";
      }
      case "d" -> {
        String iso = v.strip();
        return iso.length() >= 10
            ? Integer.parseInt(iso.substring(0, 4))
                + "年"
                + Integer.parseInt(iso.substring(5, 7))
                + "月"
                + Integer.parseInt(iso.substring(8, 10))
                + "日"
            : iso;
      }
      default -> {
        if (v.isBlank()) {
          return "";
        }
        boolean date = style >= 0 && style < dateStyles.size() && dateStyles.get(style);
        try {
          double d = Double.parseDouble(v.strip());
          return date
              ? CellValues.date(d, date1904, yearMonth)
              : decimals < 0 ? CellValues.number(v) : CellValues.number(d, decimals);
        } catch (NumberFormatException e) {
          return v;
        }
      }
    }
  }

  /** A number cell without a date format. */
  private static boolean isPlainNumber(
      String type, int style, StringBuilder value, List<Boolean> dateStyles) {
    if (!(type == null || type.equals("n")) || value == null || value.isEmpty()) {
      return false;
    }
    boolean date = style >= 0 && style < dateStyles.size() && dateStyles.get(style);
    try {
      Double.parseDouble(value.toString().strip());
      return !date;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isTrue(String attribute) {
    return "1".equals(attribute) || "true".equals(attribute);
  }

  static Integer integer(String s) {
    if (s == null) {
      return null;
    }
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
