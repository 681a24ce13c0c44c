package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A clause of a rule cited in a problem's text and cut by a wrap: 「…第二十条第」 / 「（一）项规定。」, or
 * 「…第一百零二条」 / 「（二）项规定的案件2起。」. The bracketed number at the line's start reads like a group's （一）,
 * but with 项, 款, 目 or 条 right after it, where the line before ends with 第 (docs/decisions/0362), or
 * ends a rule's article or title (…第一百零二条, …《办法》) without closing its sentence and the clause goes
 * on as a citation does (项规定, 款的要求, 目所列, 项、第（三）项), it is the cited clause and the line goes on with
 * the text above it (0375).
 */
final class CitedClauses {

  /** What follows the number of a cited clause: 项, 款, 目 (第（一）项规定, 第（二）款的要求). */
  private static final Pattern CLAUSE_WORD = Pattern.compile("^\\s*[项款目]");

  /** A clause word and what follows it only in a citation: 项规定, 款的要求, 目所列, 项、第…, 条之规定. */
  private static final Pattern CITED =
      Pattern.compile("^\\s*[项款目条](?:[的之]?(?:规定|要求|情形|所列|所述|内容)|[、和及或]\\s*第|[，,。；;])");

  /** How a line ends that cites a rule's article, clause or title: …第一百零二条, …第二款, …《办法》. */
  private static final Pattern CITING_END = Pattern.compile("(?:第[一二三四五六七八九十百零〇\\d]+[条款章节]|》)$");

  private CitedClauses() {}

  /** Takes the numbering off such lines; returns their indexes, in order. */
  static List<Integer> mark(List<String> lines, List<Numbering> numbering) {
    List<Integer> marked = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Numbering n = numbering.get(i);
      if (n == null
          || (n.rank() != Numbering.CHINESE_IN_PARENTHESES
              && n.rank() != Numbering.ARABIC_IN_PARENTHESES)
          || !(CLAUSE_WORD.matcher(n.text()).lookingAt() || CITED.matcher(n.text()).lookingAt())) {
        continue;
      }
      String before = previousText(lines, i);
      if (before != null
          && (before.endsWith("第")
              || (CITING_END.matcher(before).find() && CITED.matcher(n.text()).lookingAt()))) {
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
