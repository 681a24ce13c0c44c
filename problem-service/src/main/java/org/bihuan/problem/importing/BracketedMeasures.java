package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * One 整改措施 text that holds several measures, each followed by its own duties in brackets: 修订接待制度
 * （责任单位：办公室，责任人：张三）；开展接待专项检查（责任单位：纪检组，责任人：李四）. Each bracket belongs to the measure text before it,
 * so the text is as many measures, each with its bracket's duties (docs/decisions/0276).
 */
final class BracketedMeasures {

  /** A measure's text and the duties of its bracket. */
  record Part(String text, String duties) {}

  private static final String SEPARATORS = "；;，,。.、 \t\n\u3000";

  private BracketedMeasures() {}

  /**
   * The measures of {@code text}, each with its bracket of duties; null unless the text holds two
   * brackets of duties or more, each after a measure text of its own, and nothing but punctuation
   * after the last one.
   */
  static List<Part> of(String text) {
    if (text.indexOf('\n') >= 0) {
      return null;
    }
    List<String> split = BracketedDuties.split(text);
    if (split == null || split.size() < 3) {
      return null;
    }
    String s = text.strip();
    List<Part> parts = new ArrayList<>();
    int from = 0;
    for (String duties : split.subList(1, split.size())) {
      int inside = s.indexOf(duties, from);
      if (inside <= from) {
        return null;
      }
      int open = inside - 1;
      while (open > from && Character.isWhitespace(s.charAt(open))) {
        open--;
      }
      String before = trim(s.substring(from, open));
      if (before.isEmpty()) {
        return null;
      }
      parts.add(new Part(before, duties));
      from = s.indexOf(closerAfter(s, inside + duties.length()), inside + duties.length()) + 1;
      if (from <= 0) {
        return null;
      }
    }
    return trim(s.substring(from)).isEmpty() ? parts : null;
  }

  /** The closing bracket after {@code at} (spaces before it skipped). */
  private static String closerAfter(String s, int at) {
    int i = at;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i < s.length() ? String.valueOf(s.charAt(i)) : "\u0000";
  }

  private static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && SEPARATORS.indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && " \t\u3000；;，,、".indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return s.substring(a, b);
  }
}
