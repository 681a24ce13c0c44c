package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problems that each open with the area they are in and their place in it (在落实中央八项规定精神方面，第1个问题表现为…,
 * docs/decisions/0371): the title is the problem's own words after 表现为/是 ({@link
 * ProblemLeadIns#without}), and when every problem of a group opens so, the area is their category
 * below the group's path — not twelve titles that all begin alike.
 */
final class ProblemAreas {

  /** 在…方面，第1个问题表现为 / 在…方面，存在的问题是 / …方面，问题主要表现在：: the area and where its words begin. */
  private static final Pattern AREA_CLAUSE =
      Pattern.compile(
          "^在?(\\p{IsHan}[^，,。；;：:]{1,24}?(?:方面|领域))[，,]\\s*"
              + "(?:第[0-9一二三四五六七八九十]{1,3}(?:个|项|条)?|存在的|突出|主要)?问题"
              + "(?:主要|具体)?(?:表现为|表现在|体现在|是|为|在于)[：:，,]?\\s*");

  private ProblemAreas() {}

  /** The text after the area clause, or null when {@code text} does not open with one. */
  static String after(String text) {
    Matcher m = AREA_CLAUSE.matcher(text.strip());
    if (!m.lookingAt() || m.end() >= text.strip().length()) {
      return null;
    }
    return text.strip().substring(m.end());
  }

  /** The area named by the clause {@code text} opens with (落实中央八项规定精神方面), or null. */
  static String area(String text) {
    Matcher m = AREA_CLAUSE.matcher(text == null ? "" : text.strip());
    return m.lookingAt() && m.end() < text.strip().length() ? m.group(1) : null;
  }

  /**
   * The problems with the area of their clause added to their path, where at least two problems of
   * the same path all open with such a clause; the others as they were.
   */
  static List<ParsedProblem> categorised(List<ParsedProblem> problems) {
    List<ParsedProblem> out = new ArrayList<>(problems);
    for (int i = 0; i < out.size(); ) {
      List<String> path = out.get(i).categoryPath();
      int end = i;
      boolean all = true;
      while (end < out.size() && out.get(end).categoryPath().equals(path)) {
        all &= area(out.get(end).description()) != null;
        end++;
      }
      if (all && end - i >= 2) {
        for (int k = i; k < end; k++) {
          ParsedProblem p = out.get(k);
          List<String> inArea = new ArrayList<>(path);
          inArea.add(area(p.description()));
          out.set(
              k,
              new ParsedProblem(
                  p.title(), p.description(), List.copyOf(inArea), p.measures(), p.origin()));
        }
      }
      i = end;
    }
    return out;
  }
}
