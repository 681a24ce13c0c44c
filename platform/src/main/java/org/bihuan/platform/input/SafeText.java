package org.bihuan.platform.input;

/**
 * Which characters text we accept may hold. PostgreSQL cannot store U+0000 (it answered 500), lone
 * surrogates are not text at all (they cannot be encoded as UTF-8), and the other C0 controls only
 * ever arrive by accident or by attack. Free text in a JSON body may keep tab, line feed and
 * carriage return; path segments, query parameters and headers may not (docs/decisions/0055).
 */
public final class SafeText {

  private SafeText() {}

  /** Why {@code value} is refused as free text (tab, LF, CR allowed), or null when it is fine. */
  public static String problemInText(String value) {
    return problemIn(value, true);
  }

  /** Why {@code value} is refused as a one-line value (parameter, header), or null. */
  public static String problemInLine(String value) {
    return problemIn(value, false);
  }

  private static String problemIn(String value, boolean multiline) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return "contains a lone surrogate " + codePoint(c) + " at position " + i;
      }
      if (Character.isLowSurrogate(c)) {
        return "contains a lone surrogate " + codePoint(c) + " at position " + i;
      }
      if (c < 0x20 || c == 0x7f) {
        if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
          continue;
        }
        return "contains the control character " + codePoint(c) + " at position " + i;
      }
    }
    return null;
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
