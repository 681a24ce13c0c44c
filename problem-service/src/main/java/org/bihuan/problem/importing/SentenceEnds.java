package org.bihuan.problem.importing;

import java.util.List;

/**
 * Whether a line stops where its sentence or clause stops, the one clue of a wrap that a text file
 * keeps: a line of a problem's text that ends with a character that closes nothing (…2023年度有,
 * …资金集中在, …部分问题的) was cut by the width of a page or a text box, and the next line goes on with it
 * (docs/decisions/0361).
 */
final class SentenceEnds {

  /** What closes a sentence, a clause that hands over, or a bracket or quote. */
  private static final String CLOSERS = "。！？；：…!?;:”’」』）)】]";

  /** Function words no heading ends with: 的, 和, 与, 及, 对, 在, 把, 被, 将, 向, 从, 于, 或, 并. */
  private static final String FUNCTION_WORDS = "的和与及对在把被将向从于或并";

  private SentenceEnds() {}

  /**
   * Whether {@code line} stops right after a function word (部分问题的, 部分科室对): a sentence cut by a
   * wrap, never a heading of its own however short.
   */
  static boolean cutAfterFunctionWord(String line) {
    String t = line.strip();
    return !t.isEmpty() && FUNCTION_WORDS.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** Whether {@code line} ends without closing its sentence (blank lines run on into nothing). */
  static boolean runsOn(String line) {
    String t = line.strip();
    return !t.isEmpty() && CLOSERS.indexOf(t.charAt(t.length() - 1)) < 0;
  }

  /**
   * Whether {@code line} is text that runs on: it ends without closing its sentence, and not with
   * the value of a duty label (责任单位：财务股, 整改时限：2024年9月30日 end with a name or a date and close their
   * line all the same).
   */
  static boolean textRunsOn(String line) {
    if (!runsOn(line)) {
      return false;
    }
    Numbering n = Numbering.of(line.strip());
    List<Labels.Labelled> labels = Labels.find(n == null ? line : n.text()).labels();
    return labels.isEmpty() || Labels.isFreeText(labels.get(labels.size() - 1).label());
  }

  /**
   * The nearest line before {@code i} that is not blank and, where it is a heading's (一、 （一）:
   * numbered above 1.), null: the line a wrapped line at {@code i} would go on from.
   */
  static String textBefore(List<String> lines, List<Numbering> numbering, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (lines.get(j).isBlank()) {
        continue;
      }
      Numbering n = numbering.get(j);
      return n != null && n.rank() < Numbering.ARABIC ? null : lines.get(j);
    }
    return null;
  }
}
