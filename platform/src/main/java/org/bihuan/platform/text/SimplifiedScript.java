package org.bihuan.platform.text;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import org.graalvm.shadowed.com.ibm.icu.text.Transliterator;

/**
 * Traditional characters written in their simplified form only where that cannot join two
 * characters simplified writing tells apart (docs/decisions/0234). ICU's Traditional → Simplified
 * transliterator also maps characters that simplified writing keeps as characters of their own: 乾
 * (乾坤, 乾隆) becomes 干, 著 becomes 着, 於 becomes 于, 徵 becomes 征, 藉 becomes 借. Such a character is left
 * as it is; a traditional character that is no character of simplified writing (黨, 辦, 幹, 發, 區) is
 * written in its simplified form (党, 办, 干, 发, 区). "A character of simplified writing" is one of GB
 * 2312, the simplified character set every Chinese system encodes, with the exception of {@link
 * #TRADITIONAL_ONLY}: characters GB 2312 encodes although simplified writing has them only as
 * another character's traditional form.
 */
final class SimplifiedScript {

  /**
   * In GB 2312, yet in simplified writing only the traditional form of one character: 後 is 后 (the
   * 通用规范汉字表 keeps no use of its own for it).
   */
  static final String TRADITIONAL_ONLY = "後";

  /** The Han characters of the BMP that simplified writing has as characters of their own. */
  private static final BitSet SIMPLIFIED = simplifiedCharacters();

  private static final Transliterator HANT_HANS = Transliterator.getInstance("Hant-Hans");

  private SimplifiedScript() {}

  /**
   * {@code s} with each traditional character that is no character of simplified writing
   * simplified.
   */
  static String unambiguouslySimplified(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !SIMPLIFIED.get(c)) {
        out.append(simplified(new String(Character.toChars(c))));
      } else {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /** One character at a time: ICU's phrase rules (乾隆 → 干隆, 著名 → 著名) would decide otherwise. */
  private static synchronized String simplified(String character) {
    return HANT_HANS.transliterate(character);
  }

  private static BitSet simplifiedCharacters() {
    CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
    BitSet set = new BitSet(0x10000);
    for (int c = 0x3400; c < 0xFAFF; c++) {
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
          && gb2312.canEncode((char) c)) {
        set.set(c);
      }
    }
    TRADITIONAL_ONLY.codePoints().forEach(set::clear);
    return set;
  }
}
