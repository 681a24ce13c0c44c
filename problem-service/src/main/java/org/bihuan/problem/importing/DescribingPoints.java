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
    if (node.rank() < Numbering.CHINESE_IN_PARENTHESES || node.children.isEmpty()) {
      return;
    }
    String lead = node.body.isEmpty() ? node.heading() : node.body.get(node.body.size() - 1);
    if (node.rank() == Numbering.CHINESE_IN_PARENTHESES && !introducesItsPoints(node, lead)) {
      return; // （一）主体责任落实不到位 / 1.… 2.…: a group of problems unless it says they show it
    }
    if (node.children.stream().anyMatch(c -> c.rank() == Numbering.POINT)) {
      foldPoints(node);
      return;
    }
    int labelled = 0;
    boolean lastLabelled = false;
    for (Node child : node.children) {
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
    // 1.学习深度不够。 then （1）…（2）… with no labelled lines: the points say how it shows
    boolean underSentence =
        labelled == 0
            && node.rank() <= Numbering.CIRCLED
            && node.body.stream().noneMatch(DescribingPoints::isLabelled)
            && node.children.stream().noneMatch(c -> c.measureItem)
            && isProblemSentence(String.join("", ownLines(node)));
    if (!ProblemText.introducesPoints(lead) && !measureAfterPoints && !underSentence) {
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

  /**
   * 一是…二是… lines under a numbered problem whose own text is a sentence (1.学习深度不够。 / 1.…，主要表现在：):
   * they are how the problem shows, its description, not problems of their own. Under a title
   * (1)在推动高质量发展方面) the points stay the problems of that group — but under a 1. title that states a
   * problem (落实责任制不到位, {@link ProblemLeadIns#statesProblem}) they describe it — and points with
   * labelled lines of their own (整改措施：…) stay what the plan reading makes of them. A single point
   * with labelled lines is a problem of its own, unless it goes on from the problem's line
   * (1.…不够。一是…。 then 二是… and 整改措施：…, docs/decisions/0215).
   */
  private static void foldPoints(Node node) {
    if (node.rank() > Numbering.CIRCLED
        || node.body.stream().anyMatch(DescribingPoints::isLabelled)) {
      return;
    }
    String ownText = ProblemText.join(ownLines(node));
    // 1.作风建设不够。一是…。 then 二是… on its own line: the points go on from the problem's own line
    boolean continuesOwnLine =
        node.children.get(0).numbering.number() > 1
            && node.children.get(0).numbering.number() == Enumeration.lastPoint(ownText, 0) + 1;
    List<Line> points = new ArrayList<>();
    for (Node child : node.children) {
      if (child.rank() != Numbering.POINT) {
        return;
      }
      List<Line> lines = new ArrayList<>();
      child.flatten(lines, true);
      boolean last = child == node.children.get(node.children.size() - 1);
      // labelled lines (整改措施：…) only after the last point are the problem's own, below its points
      if (lines.stream().anyMatch(l -> isLabelled(l.text()))
          && (!last || (node.children.size() < 2 && !continuesOwnLine))) {
        return;
      }
      points.addAll(lines);
    }
    Enumeration.Items inline = Enumeration.of(ownText); // 1.…：一是…；二是… then 三是… on its own line
    // 1.落实意识形态工作责任制不到位 / 一是…；二是…: a title that states the problem, its points on the
    // lines after it, is one problem described by them (0366)
    boolean statedTitle =
        inline == null && node.rank() == Numbering.ARABIC && ProblemLeadIns.statesProblem(ownText);
    if (!isProblemSentence(inline == null ? ownText : inline.lead()) && !statedTitle) {
      return;
    }
    node.children.clear();
    node.describedByPoints = true;
    points.forEach(p -> node.addBody(p.text(), p.number()));
  }

  /**
   * A （一） heading that states a problem and introduces its 1. 2. points (（一）落实意识形态工作责任制不到位，主要表现在：):
   * the points show that one problem (docs/decisions/0371). A heading naming an area
   * (（一）党的政治建设方面，主要表现在：) or points that each carry labelled lines keep the group.
   */
  private static boolean introducesItsPoints(Node node, String lead) {
    String title = ProblemText.withoutIntro(OutlineParser.splitHead(lead).title());
    return ProblemText.introducesPoints(lead)
        && node.children.stream().allMatch(c -> c.rank() == Numbering.ARABIC)
        && ProblemLeadIns.statesProblem(title);
  }

  /** A numbered item's own line and the lines under it before its first sub-item. */
  private static List<String> ownLines(Node node) {
    List<String> own = new ArrayList<>();
    own.add(node.heading());
    own.addAll(node.body);
    return own;
  }

  /**
   * Whether the text of a numbered item before its points (一是… （1）… on its own line or inline) says
   * what the problem is — a sentence (学习深度不够。) or one that introduces them (…，主要表现在：) — so that the
   * points describe one problem; a bare title (在推动高质量发展方面, 理论学习方面：) groups problems.
   */
  static boolean isProblemSentence(String lead) {
    String t = lead.strip();
    return !t.isEmpty() && (ProblemText.introducesPoints(t) || !ProblemText.isTitleLine(t));
  }

  /**
   * A numbered problem (1. （1） ①) whose own line enumerates how it shows after a sentence that says
   * what it is (1.学习深度不够。…主要表现在：一是…；二是…): one problem, described by all of it.
   */
  static boolean describesItself(Node node, String ownText) {
    if (node.rank() < Numbering.ARABIC || node.rank() > Numbering.CIRCLED) {
      return false;
    }
    Enumeration.Items items = Enumeration.of(ownText);
    return items != null && isProblemSentence(items.lead());
  }

  /** A line with a label once its own number is set aside: （2）整改措施：… is labelled. */
  private static boolean isLabelled(String line) {
    String text = line.strip();
    Numbering n = Numbering.of(text);
    return !Labels.find(n == null ? text : n.text()).labels().isEmpty();
  }
}
