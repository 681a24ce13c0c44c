package org.bihuan.platform.text;

import java.util.Locale;
import org.graalvm.shadowed.com.ibm.icu.lang.UCharacter;
import org.graalvm.shadowed.com.ibm.icu.lang.UProperty;

/**
 * When two written unit names (责任单位) are the same unit, and how a unit name is written down
 * (docs/decisions/0223). A unit's name groups the figures (breakdown by unit, {@code ?unit=}) and
 * binds a reporter to his tickets, so one unit must not be written two ways that look alike.
 *
 * <ul>
 *   <li>{@link #problemIn}: a name holding an invisible character — format (Cf), default-ignorable
 *       (U+200B, U+FEFF, U+2060, variation selectors …), bidirectional controls — is refused: it
 *       would look like the real unit and count apart from it.
 *   <li>{@link #written}: blanks are written as people's names are ({@link PersonNames#written}:
 *       none next to a Chinese character, one between other letters), so 党委 办公室 is stored as 党委办公室.
 *   <li>{@link #key}: two names are counted as one unit when their keys are equal — the same
 *       folding as people's names ({@link PersonNames#key}: NFKC, blanks, 繁简, look-alike letters,
 *       case, punctuation). It groups and refuses: doubt counts as the same unit (two look-alike
 *       names in one ticket or in the directory are refused, figures group them).
 *   <li>{@link #certainKey}: two names are certainly one unit when their certain keys are equal —
 *       only what never tells two units apart is folded (width, case, blanks, traditional
 *       characters with one simplified form). It grants: a caller bound to a unit writes the
 *       tickets of the units that are certainly his (docs/decisions/0234), so 1号车间 is not l号车间 and
 *       干部科 is not 乾部科.
 * </ul>
 */
public final class UnitNames {

  private UnitNames() {}

  /** Why {@code name} cannot be a unit's name (an invisible character in it), or null. */
  public static String problemIn(String name) {
    if (name == null) {
      return null;
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && (Character.getType(c) == Character.FORMAT
              || UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
              || UCharacter.hasBinaryProperty(c, UProperty.BIDI_CONTROL))) {
        return String.format(
            "contains the invisible character U+%04X at position %d: write the unit's name as it"
                + " is seen",
            c, i);
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /** The name as stored: NFC, blanks as in people's names, stripped; null for null. */
  public static String written(String name) {
    return name == null ? null : PersonNames.written(name).strip();
  }

  /** The comparison key: equal keys are the same unit; "" for a name without letter or digit. */
  public static String key(String name) {
    return PersonNames.key(name);
  }

  /** Both name the same unit: equal keys, neither empty. */
  public static boolean same(String a, String b) {
    return PersonNames.same(a, b);
  }

  /**
   * The key that decides access: NFKC (full-width ＡＢ is AB, ① is 1), blanks and invisible
   * characters dropped, lower case, and each traditional character that is no character of
   * simplified writing in its simplified form ({@link SimplifiedScript}: 黨委辦公室 is 党委办公室, 後勤處 is
   * 后勤处, but 乾 stays 乾). Letters that only look alike (1, l and I; Latin a and Cyrillic а) and
   * punctuation stay as written; "" for a name without anything else.
   */
  public static String certainKey(String name) {
    if (name == null) {
      return "";
    }
    String nfkc = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
    StringBuilder kept = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .filter(
            c ->
                !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT
                    && !UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT))
        .forEach(kept::appendCodePoint);
    return SimplifiedScript.unambiguouslySimplified(kept.toString().toLowerCase(Locale.ROOT));
  }

  /**
   * Both are certainly the same unit: equal {@link #certainKey}s, neither empty. Whoever acts for
   * one acts for the other ({@code Actor.actsFor} in rectification-service).
   */
  public static boolean certainlySame(String a, String b) {
    String ka = certainKey(a);
    return !ka.isEmpty() && ka.equals(certainKey(b));
  }
}
