package org.bihuan.rectification.service;

import java.text.Normalizer;
import java.util.Locale;
import org.graalvm.shadowed.com.ibm.icu.text.Transliterator;

/**
 * When two written names are the same person's (docs/decisions/0050-separation-of-duties.md): after
 * NFKC (full-width letters, compatibility forms), without any whitespace, zero-width character or
 * middle dot, in simplified characters (ICU's Hant-Hans: 趙驗收 = 赵验收) and lower case. Used for every
 * "not the same person" check: verifying, rejecting and deciding extensions.
 */
public final class PersonNames {

  private PersonNames() {}

  /** The comparison key of a name; "" for null or a name made only of ignorable characters. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder kept = new StringBuilder(nfkc.length());
    nfkc.codePoints().filter(c -> !ignorable(c)).forEach(kept::appendCodePoint);
    if (kept.isEmpty()) {
      return "";
    }
    return Simplified.of(kept.toString()).toLowerCase(Locale.ROOT);
  }

  /** Both name the same person: equal keys, neither empty. */
  public static boolean same(String a, String b) {
    String ka = key(a);
    return !ka.isEmpty() && ka.equals(key(b));
  }

  private static boolean ignorable(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || (c >= 0x200B && c <= 0x200D)
        || c == 0xFEFF
        || c == 0x2060
        || c == 0x00B7 // · in 买买提·艾力
        || c == 0x2022
        || c == 0x2027
        || c == 0x30FB
        || c == 0x2E31;
  }

  /** The transliterator loads its rules once (about a second); its use is serialised. */
  private static final class Simplified {
    private static final Transliterator HANT_HANS = Transliterator.getInstance("Hant-Hans");

    static synchronized String of(String s) {
      return HANT_HANS.transliterate(s);
    }
  }
}
