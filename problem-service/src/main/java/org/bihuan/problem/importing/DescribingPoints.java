package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.OutlineParser.Line;
import org.bihuan.problem.importing.OutlineParser.Node;

/** Sub-points that describe the problem above them (docs/decisions/0162). */
final class DescribingPoints {

  private DescribingPoints() {}

  /**
   * A problem that introduces its own sub-points (1.理论学习不深入，主要表现在： （1）… （2）…): the points are its
   * description, not problems of their own, so they become its text lines — unless each point has
   * labelled lines of its own (整改措施：…), which makes the points the problem level. So do points of
   * which only the last is followed by labelled lines (1.…。（1）…（2）… 整改措施：…): those lines are the
   * problem's, below its last point.
   */
  static void fold(Node node) {
    for (Node child : node.children) {
      fold(child);
    }
    if (node.rank() < Numbering.ARABIC || node.children.isEmpty()) {
      return;
    }
    String lead = node.body.isEmpty() ? node.heading() : node.body.get(node.body.size() - 1);
    int labelled = 0;
    boolean lastLabelled = false;
    for (Node child : node.children) {
      if (child.rank() == Numbering.POINT) {
        return;
      }
      List<Line> lines = new ArrayList<>();
      child.flatten(lines, true);
      lastLabelled = lines.stream().anyMatch(l -> isLabelled(l.text()));
      if (lastLabelled) {
        labelled++;
      }
    }
    // 1.主体责任落实不到位。（1）…（2）… 整改措施：…: the measure after the last point is the
    // problem's, so the points describe it, whether or not its line introduces them
    boolean measureAfterPoints = node.children.size() >= 2 && labelled == 1 && lastLabelled;
    if (!ProblemText.introducesPoints(lead) && !measureAfterPoints) {
      return;
    }
    if (labelled == node.children.size()) {
      return;
    }
    List<Line> points = new ArrayList<>();
    for (Node child : node.children) {
      child.flatten(points, true);
    }
    node.children.clear();
    node.describedByPoints = true;
    points.forEach(p -> node.addBody(p.text(), p.number()));
  }

  /** A line with a label once its own number is set aside: （2）整改措施：… is labelled. */
  private static boolean isLabelled(String line) {
    String text = line.strip();
    Numbering n = Numbering.of(text);
    return !Labels.find(n == null ? text : n.text()).labels().isEmpty();
  }
}
