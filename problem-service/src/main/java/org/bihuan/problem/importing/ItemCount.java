package org.bihuan.problem.importing;

import java.util.regex.Pattern;

/**
 * 「第3项：」, 「第二条：」 at the start of a problem's text: the item's place in a list, numbering and no
 * label, so the title is the text after it (「第3项：采购制度执行不严格，…」 is titled 「采购制度执行不严格，…」, not 「第3项」).
 * 第4项问题： is a label naming the problem and is read as one ({@link Labels}) (0277).
 */
final class ItemCount {

  private static final Pattern PREFIX =
      Pattern.compile("^\\s*第\\s*[0-9０-９一二三四五六七八九十百]+\\s*[项条个点]\\s*[：:]\\s*");

  private ItemCount() {}

  /** The text without a 第N项： at its start (as it is when it has none). */
  static String without(String text) {
    if (text == null) {
      return null;
    }
    var m = PREFIX.matcher(text);
    return m.find() && m.end() < text.length() ? text.substring(m.end()) : text;
  }
}
