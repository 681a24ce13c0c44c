package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;
import org.bihuan.problem.importing.OutlineParser.Line;

/**
 * A numbered heading that names a field of work (（二）队伍建设方面: short, no sentence or clause mark,
 * ending in 方面) followed by a line without a number or label and then its 整改措施 or duties: the
 * heading is the category, the line its problem — never a problem titled 队伍建设方面
 * (docs/decisions/0331). The plan's reading takes the heading as a group ({@link
 * PlanRoles.Role#GROUP}) and the text under it as the group's first problem written without a
 * number ({@link ItemsOfGroup#firstUnnumbered}).
 */
final class FieldHeadings {

  private FieldHeadings() {}

  /** Whether line {@code i} of a plan is such a heading ({@code labels}: each line's labels). */
  static boolean headsUnnumberedProblem(List<Line> lines, List<List<Labelled>> labels, int i) {
    Numbering n = lines.get(i).numbering();
    if (n == null || !labels.get(i).isEmpty() || i + 1 >= lines.size()) {
      return false;
    }
    String heading = n.text().strip().replaceAll("[：:]$", "");
    if (!heading.endsWith("方面") || heading.length() <= 2 || !ProblemText.isTitleLine(heading)) {
      return false;
    }
    String text = null;
    for (int j = i + 1; j < lines.size(); j++) {
      if (lines.get(j).numbering() != null) {
        return false;
      }
      if (!labels.get(j).isEmpty()) {
        Label first = labels.get(j).get(0).label();
        // 针对以下问题： introduces, it names no problem; 问题： lines are CategoryHeadings'
        return text != null
            && !text.strip().matches(".*[：:]$")
            && first != Label.PROBLEM
            && first != Label.OTHER
            && first != Label.PROGRESS;
      }
      text = lines.get(j).text();
    }
    return false;
  }
}
