package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;
import org.bihuan.problem.importing.OutlineParser.Line;

/**
 * A numbered group heading whose next line is a problem named by its own label: （一）理论学习方面 then
 * 【问题】理论学习不深入…, or both on one line (（一）理论学习方面【问题】…, split by {@link HeadingsBeforeLabels}). The
 * heading is the problem's category, and the 【问题】 line the problem, titled by its own text, at any
 * numbering level (0272 read it so only for 一、 sections, 0277).
 */
final class CategoryHeadings {

  private CategoryHeadings() {}

  /**
   * Whether line {@code i} is such a heading: numbered, a heading (short, no sentence or clause
   * mark, no label), and followed at once by an unnumbered line that opens with a problem label
   * with text after it, the heading either naming a field of work (…方面) or written on the same line
   * as the label.
   */
  static boolean isCategory(List<Line> lines, List<List<Labelled>> labels, int i) {
    if (i + 1 >= lines.size()) {
      return false;
    }
    Line line = lines.get(i);
    Line next = lines.get(i + 1);
    if (line.numbering() == null
        || next.numbering() != null
        || !labels.get(i).isEmpty()
        || labels.get(i + 1).isEmpty()) {
      return false;
    }
    Labelled first = labels.get(i + 1).get(0);
    String heading = line.numbering().text().strip();
    return first.label() == Label.PROBLEM
        && !first.value().isBlank()
        && ProblemText.isTitleLine(heading)
        && !heading.endsWith("：")
        && !heading.endsWith(":")
        && (heading.endsWith("方面") || next.number() == line.number());
  }
}
