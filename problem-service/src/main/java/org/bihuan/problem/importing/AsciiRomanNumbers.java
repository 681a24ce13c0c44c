package org.bihuan.problem.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section markers written in ASCII Roman numerals, I. II. III、 IV． (up to XX): headings as 一、 二、
 * are, at the rank of 一、 ({@link Numbering#CHINESE}; docs/decisions/0347). Only a valid numeral in
 * capitals, a stop (. ． 、) after it and Chinese text after that: {@code I think…}, {@code I. M.
 * Pei} and a person's initial are no numbers. The full-width Ⅰ Ⅱ keep the rank of 1. (0343).
 */
final class AsciiRomanNumbers {

  private static final Pattern MARKER =
      Pattern.compile("^([IVX]{1,5})[ \\t]*[.．、][ \\t\\u3000]*(?=[\\u4e00-\\u9fff“（《【])");

  private static final int HIGHEST = 20;

  private AsciiRomanNumbers() {}

  /** The numbering of a line opening with an ASCII Roman numeral, or null. */
  static Numbering of(String line) {
    Matcher m = MARKER.matcher(line);
    if (!m.find()) {
      return null;
    }
    int value = value(m.group(1));
    if (value <= 0) {
      return null;
    }
    return new Numbering(
        Numbering.CHINESE, value, line.substring(0, m.end()), line.substring(m.end()));
  }

  /** The value of a well-formed Roman numeral from 1 to 20 (IIII and VX are none): -1 otherwise. */
  static int value(String numeral) {
    for (int n = 1; n <= HIGHEST; n++) {
      if (WordListNumbers.render(n, "upperRoman").equals(numeral)) {
        return n;
      }
    }
    return -1;
  }
}
