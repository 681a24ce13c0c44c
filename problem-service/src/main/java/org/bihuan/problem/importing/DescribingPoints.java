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
   * labelled lines of its own (整改措施：…), which makes the points the problem level.
   */
  static void fold(Node node) {
    for (Node child : node.children) {
      fold(child);
    }
    if (node.rank() < Numbering.ARABIC || node.children.isEmpty()) {
      return;
    }
    String lead = node.body.isEmpty() ? node.heading() : node.body.get(node.body.size() - 1);
    if (!ProblemText.introducesPoints(lead)) {
      return;
    }
    int labelled = 0;
    for (Node child : node.children) {
      if (child.rank() == Numbering.POINT) {
        return;
      }
      List<Line> lines = new ArrayList<>();
      child.flatten(lines, true);
      if (lines.stream().anyMatch(l -> !Labels.find(l.text()).labels().isEmpty())) {
        labelled++;
      }
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
}
