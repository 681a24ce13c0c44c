package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * A group's first problem written without a number whose text goes on with 一是…；二是… points on the
 * lines after it, before its 整改措施 or duties:
 *
 * <pre>
 * （一）党建工作方面
 * 党建工作责任落实不到位，主要表现在：一是“三会一课”制度执行不严格；
 * 二是党员发展程序不规范；
 * 三是党费收缴不及时。
 * 整改措施：…
 * 2.主题党日活动形式单一。
 * </pre>
 *
 * <p>The points are how that problem shows — its description — not problems of their own: they stay
 * in the heading's text, which {@link ItemsOfGroup#firstUnnumbered} reads as the group's first
 * problem (0291), and the numbered problems after them are the group's second and on
 * (docs/decisions/0306). Points each followed by a 整改措施 or duties of their own are problems, as
 * before: only the last point may be followed by labelled lines; so are points after a bare 主要表现在：
 * that names no problem.
 */
final class GroupFirstPoints {

  private GroupFirstPoints() {}

  /**
   * Whether the point {@code n} on line {@code i} goes on with the unnumbered text under the group
   * heading {@code heading} as described above.
   */
  static boolean continueText(
      Node heading, Numbering n, List<String> lines, List<Numbering> numbering, int i) {
    if (heading.numbering == null
        || heading.rank() > Numbering.CHINESE_IN_PARENTHESES
        || !heading.children.isEmpty()
        || heading.body.isEmpty()
        || n.rank() != Numbering.POINT
        || heading.body.stream().anyMatch(GroupFirstPoints::labelled)) {
      return false;
    }
    String text = String.join("", heading.body);
    Enumeration.Items inline = Enumeration.of(text);
    String lead = inline == null ? text : inline.lead();
    // a bare 主要表现在： names no problem: its points stay the group's items
    String said = lead.strip().replaceAll("[：:]$", "");
    if (!DescribingPoints.isProblemSentence(lead)
        || (ProblemText.introducesPoints(lead) && ProblemText.withoutIntro(said).equals(said))) {
      return false;
    }
    int before = Enumeration.lastPoint(text, 0);
    if (n.number() != before + 1) {
      return false;
    }
    int expected = lastNumber(n) + 1;
    int j = i + 1;
    for (; j < lines.size(); j++) {
      ReadingTime.check();
      Numbering next = numbering.get(j);
      if (next == null) {
        List<Labels.Labelled> labels = Labels.of(ProblemsAbove.labelledPart(lines.get(j)));
        if (labels.isEmpty()) {
          continue;
        }
        Label first = labels.get(0).label();
        if (first == Label.PROBLEM || first == Label.OTHER || first == Label.PROGRESS) {
          return false;
        }
        break;
      }
      if (next.rank() != Numbering.POINT || next.number() != expected) {
        return false;
      }
      expected = lastNumber(next) + 1;
    }
    return j < lines.size() && ownLabelsOnly(lines, numbering, j);
  }

  /**
   * Whether the labelled lines from {@code j} on are the problem's own up to the next numbered line
   * that is not a point: a point after them is another problem's (一是… / 整改措施：… / 二是… / 整改措施：…),
   * unless it is one of the measure points 整改措施： opened.
   */
  private static boolean ownLabelsOnly(List<String> lines, List<Numbering> numbering, int j) {
    int measurePoint = 0;
    for (int k = j; k < lines.size(); k++) {
      ReadingTime.check();
      Numbering n = numbering.get(k);
      if (n == null) {
        List<Labels.Labelled> labels = Labels.of(ProblemsAbove.labelledPart(lines.get(k)));
        if (!labels.isEmpty()) {
          Labels.Labelled last = labels.get(labels.size() - 1);
          // 整改措施： then 一是… a line, or 整改措施：一是…； then 二是…: its points
          measurePoint =
              last.label() != Label.MEASURE
                  ? 0
                  : last.value().isBlank() ? 1 : Enumeration.lastPoint(last.value(), 0) + 1;
        }
        continue;
      }
      if (n.rank() != Numbering.POINT) {
        return true;
      }
      if (n.number() != measurePoint) {
        return false;
      }
      measurePoint = lastNumber(n) + 1;
    }
    return true;
  }

  private static boolean labelled(String line) {
    return !Labels.of(ProblemsAbove.labelledPart(line)).isEmpty();
  }

  /** The number a point line ends on: 二是…；三是… on one line ends on 三. */
  private static int lastNumber(Numbering n) {
    return Enumeration.lastPoint(n.marker() + n.text(), n.number());
  }
}
