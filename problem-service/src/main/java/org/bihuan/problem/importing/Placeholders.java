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

  /** Brackets with nothing in them: （）, （ ）, (), 【】 (docs/decisions/0323). */
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("[（(【\\[［]\\s*[）)】\\]］][。.]?");

  /**
   * A value saying that the name is still to be given: 待定, 待确定, 另定, and 无 or 暂无 in brackets, as a
   * form's blank is filled in (责任人：（待定）, （无）; 0323). It names nobody.
   */
  private static final Pattern PENDING =
      Pattern.compile(
          "[（(【\\[［]?\\s*(?:待定|待确定|待明确|待指定|另定|另行确定|暂未确定)\\s*[）)】\\]］]?[。.]?"
              + "|[（(【\\[［]\\s*(?:无|暂无)\\s*[）)】\\]］][。.]?");

  /** Whether {@code value} says only that there is nothing to give. */
  static boolean nothing(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip();
    return NOTHING.matcher(v).matches()
        || EMPTY_BRACKETS.matcher(v).matches()
        || PENDING.matcher(v).matches();
  }

  /**
   * Whether {@code value} says that a name is still to be given (待定, （无）): no name, and the dry run
   * says that none is named yet.
   */
  static boolean pending(String value) {
    return value != null && PENDING.matcher(value.strip()).matches();
  }

  /** {@code value}, or "" when it only says that there is nothing to give. */
  static String orEmpty(String value) {
    return nothing(value) ? "" : value;
  }

  /** The warning for a 责任人 written as still to be named: no responsible person was stored. */
  static String pendingPersonNote(String measureNamed, String written) {
    return measureNamed
        + ": 责任人 「"
        + written
        + "」 says the responsible person is not named yet; none was stored: name one before"
        + " creating its ticket.";
  }
}
