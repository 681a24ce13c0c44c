package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered measures of a 整改措施 cell that each end with a time limit of their own in brackets
 * (1.清理供应商资质（2024年9月底前） 2.配备留样冰箱（2024年10月底前）): each bracket is its item's 完成时限, not a part of its
 * text (docs/decisions/0420). Only when every item of the list ends so: a list where some items
 * name a date and others do not keeps the row's 完成时限 for all, the dates in their text said in the
 * warnings as before.
 */
final class ItemTimeLimits {

  /** An item's text without its bracket, and the time limit the bracket holds. */
  record Item(String text, String limit) {}

  /** A bracket at an item's end, before at most one stop. */
  private static final Pattern LAST_BRACKET = Pattern.compile("[（(]([^（()）]+)[）)]\\s*[。；;，,]?$");

  private ItemTimeLimits() {}

  /** The items with their own time limits; null unless at least two items each end with one. */
  static List<Item> of(List<String> items) {
    if (items.size() < 2) {
      return null;
    }
    List<Item> dated = new ArrayList<>();
    for (String item : items) {
      String written = item.strip();
      Matcher m = LAST_BRACKET.matcher(written);
      if (!m.find() || !DeadlinesInMeasureText.isTimeLimit(m.group(1))) {
        return null;
      }
      String text = written.substring(0, m.start()).strip();
      if (text.length() < 2) {
        return null;
      }
      dated.add(new Item(text, m.group(1).strip()));
    }
    return dated;
  }
}
