package org.bihuan.platform.input;

import org.graalvm.shadowed.com.ibm.icu.lang.UCharacter;
import org.graalvm.shadowed.com.ibm.icu.lang.UProperty;

/**
 * Which characters text we accept may hold. PostgreSQL cannot store U+0000 (it answered 500), lone
 * surrogates are not text at all (they cannot be encoded as UTF-8), and the other C0 controls only
 * ever arrive by accident or by attack. Free text in a JSON body may keep tab, line feed and
 * carriage return; path segments, query parameters and headers may not (docs/decisions/0055). C1
 * controls, U+2028/U+2029, the 66 noncharacters (U+FDD0–U+FDEF, U+FFFE/U+FFFF of every plane) and
 * bidirectional overrides/isolates are refused everywhere; zero-width characters such as U+200B and
 * U+FEFF may appear inside text, but text made only of invisible characters is refused
 * (docs/decisions/0095).
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
          int cp = value.codePointAt(i);
          if ((cp & 0xFFFE) == 0xFFFE) { // U+1FFFE, U+1FFFF … U+10FFFF: noncharacters too
            return "contains the noncharacter " + String.format("U+%X", cp) + " at position " + i;
          }
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
      if (c >= 0x80 && c <= 0x9f) {
        return "contains the C1 control character " + codePoint(c) + " at position " + i;
      }
      if (c == '\u2028' || c == '\u2029') {
        return "contains the line/paragraph separator " + codePoint(c) + " at position " + i;
      }
      if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
        return "contains the noncharacter " + codePoint(c) + " at position " + i;
      }
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return "contains the bidirectional override " + codePoint(c) + " at position " + i;
      }
    }
    // Plain whitespace is left to @NotBlank; invisible characters and lone marks are refused here.
    if (isBlank(value)
        && value
            .codePoints()
            .anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))) {
      return "holds only invisible characters or combining marks, no visible text";
    }
    return null;
  }

  /**
   * Why {@code value} is refused as an identifier — an {@code externalRef}, a responsible unit's
   * {@code externalId}, a token's subject — or null when it is fine. Besides what a one-line value
   * may not hold ({@link #problemInLine}), an identifier holds no invisible character: no format
   * character (U+200B–U+200F, U+2060–U+2064, U+FEFF, U+061C, the tag characters U+E0000–U+E007F …),
   * no other default-ignorable code point (variation selectors, U+034F …) and no whitespace but the
   * plain space. "OA-123" and "OA-123" followed by U+FEFF or a tag character look the same to every
   * person and every OA screen, so they must not name two items (docs/decisions/0217). Empty and
   * plain spaces are left to the field's own rules (size, blank as absent).
   */
  public static String problemInIdentifier(String value) {
    String line = problemInLine(value);
    if (line != null || value == null) {
      return line;
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (invisibleInIdentifier(cp)) {
        return "contains the invisible character "
            + String.format("U+%04X", cp)
            + " at position "
            + i
            + "; an identifier holds only visible characters and plain spaces";
      }
      i += Character.charCount(cp);
    }
    return null;
  }

  private static boolean invisibleInIdentifier(int cp) {
    return cp != ' '
        && (Character.getType(cp) == Character.FORMAT
            || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
            || UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE)
            || Character.isWhitespace(cp)
            || Character.isSpaceChar(cp)
            || (cp >= 0xE0000 && cp <= 0xE007F));
  }

  /**
   * {@code value} without the characters free text may not hold ({@link #problemInText} refuses
   * them): lone surrogates, C0 and C1 controls other than tab, line feed and carriage return, DEL,
   * noncharacters and bidirectional overrides and isolates are left out; the Unicode line breaks
   * that are no C0 control ({@link #lineBreak}: U+0085, U+2028, U+2029) become line feeds. For text
   * that arrives inside a file (an imported document), where refusing the whole file for an
   * invisible character would help nobody; what was left out is counted in {@code removed} (one
   * entry per character, e.g. "U+202E"). Null stays null.
   */
  public static String cleaned(String value, java.util.List<String> removed) {
    if (value == null || problemInText(value) == null) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = value.codePointAt(i);
        if ((cp & 0xFFFE) == 0xFFFE) {
          removed.add(String.format("U+%X", cp));
        } else {
          out.append(c).append(value.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (lineBreak(c)) {
        out.append('\n');
        continue;
      }
      boolean refused =
          Character.isSurrogate(c)
              || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == 0x7f
              || (c >= 0x80 && c <= 0x9f)
              || c == '\uFFFE'
              || c == '\uFFFF'
              || (c >= '\uFDD0' && c <= '\uFDEF')
              || (c >= '\u202A' && c <= '\u202E')
              || (c >= '\u2066' && c <= '\u2069');
      if (refused) {
        removed.add(codePoint(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Blank in the sense people see it: empty, or only whitespace (Java's and Unicode's White_Space:
   * U+00A0, U+3000, U+0085, U+2028 …), format characters, default-ignorable code points (U+200B,
   * U+FEFF, U+2060, variation selectors such as U+FE0F, Hangul fillers ...) and combining marks
   * with no character to combine with (U+0301, U+20DD …), and the characters that are drawn as
   * nothing although Unicode counts them as symbols ({@link #blankGlyph}: U+2800). A title
   * "\u200b", "\ufe0f", "\u0301" or "\u2800" is as blank as "" (decisions 0095, 0217, 0240).
   */
  public static boolean isBlank(String value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (!(Character.isWhitespace(cp)
          || Character.isSpaceChar(cp)
          || UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE)
          || Character.getType(cp) == Character.FORMAT
          || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
          || blankGlyph(cp)
          || combiningMark(cp))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A character that is no white space, format or default-ignorable character but is drawn as an
   * empty cell all the same: BRAILLE PATTERN BLANK (U+2800, a symbol of no dots), which renders as
   * a space and is the usual "blank" name on chat platforms (docs/decisions/0240). Blank wherever
   * blank text counts, and a space inside a person's name ({@code PersonNames.written}).
   */
  public static boolean blankGlyph(int cp) {
    return cp == 0x2800;
  }

  /** A combining mark (Mn, Mc, Me): it shows only on the character before it. */
  private static boolean combiningMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * The line breaks of Unicode beside LF and CR: NEXT LINE (U+0085), LINE SEPARATOR (U+2028) and
   * PARAGRAPH SEPARATOR (U+2029). Refused in text sent to the services (U+0085 as a C1 control),
   * turned into a line feed in text read from a file; blank either way (docs/decisions/0207).
   */
  public static boolean lineBreak(char c) {
    return c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
