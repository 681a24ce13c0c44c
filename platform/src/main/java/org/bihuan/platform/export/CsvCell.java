package org.bihuan.platform.export;

import java.text.Normalizer;

/**
 * One CSV cell as written to a file that people open in Excel or WPS (RFC 4180 quoting plus the
 * OWASP rule against formula injection). A cell that begins with {@code = + - @}, a tab or a
 * carriage return (or a full-width or small form that folds to one of them under NFKC, such as
 * {@code ＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫}, which CJK spreadsheets also read as a formula), after any leading
 * blanks, gets a leading single quote and is quoted, so {@code =HYPERLINK(...)} or {@code =cmd|' /C
 * calc'!A0} in a problem's text arrives as text, never as a formula.
 */
public final class CsvCell {

  private CsvCell() {}

  public static String of(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    if (startsLikeAFormula(value)) {
      return '"' + ("'" + value).replace("\"", "\"\"") + '"';
    }
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /**
   * Spreadsheets skip leading blanks and invisible characters (U+00A0, U+200B, U+FEFF, U+202E,
   * U+0085, ...) before they look for a formula, so the first visible character decides; and it
   * decides after compatibility folding (NFKC), because CJK spreadsheets and input methods read the
   * full-width and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) as the ASCII signs.
   */
  static boolean startsLikeAFormula(String value) {
    if (startsWithFormulaChar(value.charAt(0))) {
      return true;
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT) {
        continue;
      }
      if (c < 0x80) {
        return startsWithFormulaChar((char) c);
      }
      String folded = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
      return !folded.isEmpty() && startsLikeAFormulaFolded(folded);
    }
    return false;
  }

  /** A folded character: a sign, or blanks before one (NFKC may give a space first, as for ＿̄). */
  private static boolean startsLikeAFormulaFolded(String folded) {
    String visible = folded.stripLeading();
    return !visible.isEmpty() && startsWithFormulaChar(visible.charAt(0));
  }

  private static boolean startsWithFormulaChar(char c) {
    return switch (c) {
      case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }
}
