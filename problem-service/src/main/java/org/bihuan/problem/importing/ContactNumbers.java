package org.bihuan.problem.importing;

import java.util.regex.Pattern;

/**
 * Phone numbers written into a leader's or a person's cell (张三 13812345678, 李四（0571-88886666）, 王五
 * 电话：88886666), or a plan's 责任人：/联系人： label: a ledger's or a plan's way of saying how to reach the
 * person. They are never part of a name, so they are taken out before the cell or label is read as
 * names, and the dry run says so (docs/decisions/0190, 0205). A measure has no place for them.
 *
 * <p>What counts as a phone number: a mobile number 1[3-9] and nine more digits (spaced or dashed
 * 3-4-4 too, a +86/0086 before it); a landline with its area code (0571-88886666, (010)12345678,
 * 0571 8888666, an extension -123 or 转123 after it); and any digits after a 电话/手机/座机/联系方式/Tel
 * label. Digits that are none of these stay (a unit named 第3党支部 keeps its 3).
 */
final class ContactNumbers {

  private ContactNumbers() {}

  private static final String MOBILE =
      "(?:\\+?86[\\s-]?|0086[\\s-]?)?1[3-9][0-9](?:[\\s-]?[0-9]{4}){2}";

  private static final String LANDLINE =
      "(?:[(（]0[0-9]{2,3}[)）]|0[0-9]{2,3})[\\s-－—]?[0-9]{7,8}(?:(?:[-－]|转)[0-9]{1,6})?";

  private static final String LABEL =
      "(?:联系)?(?:电话|手机号?码?|座机|办公电话|联系方式|[Tt][Ee][Ll]|[Mm]obile)\\s*[：:]?\\s*";

  /** A phone number, its label before it, and brackets around it. */
  private static final Pattern NUMBER =
      Pattern.compile(
          "[(（]?\\s*(?:"
              + LABEL
              + ")?(?<![0-9])(?:"
              + MOBILE
              + "|"
              + LANDLINE
              + ")(?![0-9])\\s*[)）]?"
              + "|"
              + LABEL
              + "[0-9][0-9\\s-]{4,}[0-9]");

  /** A label left with no number after it (电话：), or brackets left empty. */
  private static final Pattern LEFTOVER =
      Pattern.compile("(?:" + LABEL.replace("[：:]?", "[：:]") + ")$|[(（]\\s*[)）]");

  /** Whether {@code cell} holds a phone number. */
  static boolean holds(String cell) {
    return cell != null && NUMBER.matcher(cell).find();
  }

  /** Whether {@code text} holds phone numbers and nothing else (联系电话：0571-88886666). */
  static boolean isOnlyNumbers(String text) {
    return holds(text) && without(text).isEmpty();
  }

  /**
   * {@code cell} without its phone numbers, their labels and the brackets around them; the
   * separators left at either end are removed. A cell without one is returned as it is.
   */
  static String without(String cell) {
    if (!holds(cell)) {
      return cell;
    }
    String out = NUMBER.matcher(cell).replaceAll(" ");
    out = LEFTOVER.matcher(out.strip()).replaceAll("");
    return out.replaceAll("[ \\t]+(?=[,，、;；/])", "")
        .replaceAll("^[\\s,，、;；/]+|[\\s,，、;；/]+$", "")
        .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
        .replaceAll("[ \\t]{2,}", " ")
        .strip();
  }
}
