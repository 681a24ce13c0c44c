package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A clause of a rule cited in a problem's text and cut by a wrap after its 第: 「…第二十条第」 / 「（一）项规定。」.
 * The bracketed number at the line's start reads like a group's （一）, but with 项, 款 or 目 right after
 * it, where the line before ends with 第, it is the cited clause (第（一）项, 第（二）款) and the line goes on
 * with the text above it (docs/decisions/0362).
 */
final class CitedClauses {

  /** What follows the number of a cited clause: 项, 款, 目 (第（一）项规定, 第（二）款的要求). */
  private static final Pattern CLAUSE_WORD = Pattern.compile("^\\s*[项款目]");

  private CitedClauses() {}

  /** Takes the numbering off such lines; returns their indexes, in order. */
  static List<Integer> mark(List<String> lines, List<Numbering> numbering) {
    List<Integer> marked = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Numbering n = numbering.get(i);
      if (n == null
          || (n.rank() != Numbering.CHINESE_IN_PARENTHESES
              && n.rank() != Numbering.ARABIC_IN_PARENTHESES)
          || !CLAUSE_WORD.matcher(n.text()).lookingAt()) {
        continue;
      }
      String before = previousText(lines, i);
      if (before != null && before.endsWith("第")) {
        numbering.set(i, null);
        marked.add(i);
      }
    }
    return marked;
  }

  /** The nearest line before {@code i} that is not blank, stripped; null when there is none. */
  private static String previousText(List<String> lines, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!lines.get(j).isBlank()) {
        return lines.get(j).strip();
      }
    }
    return null;
  }
}
