package org.bihuan.problem.importing;

import java.util.regex.Pattern;

/**
 * A value that stands for nothing in a duty or progress cell (docs/decisions/0288): 无, 暂无, 无此项,
 * 不适用, a dash (—, ——, -, －), a slash (/, ／) or "not applicable" in English (N/A, n/a, NA, N.A.,
 * docs/decisions/0297), written so that the cell is not left blank. A unit, a co-responsible unit,
 * a leader, a person or a progress note of this text is no value at all, and a whole value of it is
 * looked at before it is split into names (N/A is no list of N and A).
 */
final class Placeholders {

  private Placeholders() {}

  private static final Pattern NOTHING =
      Pattern.compile("(?:无|暂无|无此项|不适用|[—\\-－–─―]{1,2}|[/／]|(?i:n[/／]a|n\\.\\s?a\\.?|na))[。.]?");

  /** Whether {@code value} says only that there is nothing to give. */
  static boolean nothing(String value) {
    return value != null && NOTHING.matcher(value.strip()).matches();
  }

  /** {@code value}, or "" when it only says that there is nothing to give. */
  static String orEmpty(String value) {
    return nothing(value) ? "" : value;
  }
}
