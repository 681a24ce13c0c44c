package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParser.shorten;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * The outline tree of a document's lines ({@link OutlineParser}): each line's numbering read
 * ({@link LineNumbering}), the numbered lines nested by the fixed rank of their style, the
 * unnumbered ones the text of the heading above them; a warning where sibling numbering jumps or a
 * line's number is read otherwise than written.
 */
final class OutlineTree {

  /** A bullet at the start of a line: ● ○ ■ □ ◆ ◇ ▲ △ ★ ☆ • ▪ ► ·, or - before a space. */
  private static final Pattern BULLET = Pattern.compile("(?:[●○■□◆◇▲△★☆•▪►·]|-(?=\\s))\\s*");

  private final List<String> warnings;

  OutlineTree(List<String> warnings) {
    this.warnings = warnings;
  }

  /** Builds the outline tree; warns where sibling numbering jumps. */
  Node outline(List<TextNoise.SourceLine> source) {
    List<String> lines = new ArrayList<>(source.size());
    for (TextNoise.SourceLine line : source) {
      lines.add(line.text());
    }
    List<Numbering> numbering = new LineNumbering(warnings).read(source, lines);
    Node root = new Node(null, "", 0);
    Deque<Node> open = new ArrayDeque<>();
    open.push(root);
    int[] lastAtRank = new int[Numbering.DEEPEST + 1];
    // a problem that introduces its points (②…，主要表现在：) numbered in a style the fixed ranks put
    // above it (⑴ ⑵): those points, and what follows them up to the next item of another style,
    // are its description (0162)
    Node pointsOf = null;
    int pointsRank = -1;
    // measures numbered like problems (整改措施： then 1. 2.) are no items whose numbering jumps
    int measureNext = 0;
    int measureRank = -1;
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      String line = lines.get(i);
      int number = source.get(i).number();
      Numbering n = numbering.get(i);
      if (n == null) {
        n = bulletUnderGroup(line, open);
      }
      if (n == null) {
        // 整改措施： (or 以上问题整改措施：, 0284) opens a run of numbered measures; their duty lines
        // (责任单位：…) keep it open
        List<Labels.Labelled> labels = Labels.of(ProblemsAbove.labelledPart(line));
        for (Labels.Labelled l : labels) {
          if (l.label() == Labels.Label.MEASURE || l.label() == Labels.Label.PROBLEM) {
            measureNext = l.label() == Labels.Label.MEASURE && l.value().isEmpty() ? 1 : 0;
            // 整改措施：一是…； then 二是… a line: the points go on from the label's line (0299)
            Numbering first =
                l.label() == Labels.Label.MEASURE ? Numbering.of(l.value().strip()) : null;
            if (first != null && first.rank() == Numbering.POINT && first.number() == 1) {
              measureNext = lastNumber(first) + 1;
              measureRank = first.rank();
            }
          }
        }
        open.peek().addBody(line, number);
        continue;
      }
      // ...but a line its own 整改措施：/问题： follows is the next problem (0284)
      // ...and the next group (三、 after （1）（2）) is no third measure: the items share one rank
      // (0292)
      boolean measureItem =
          measureNext > 0
              && n.number() == measureNext
              && (measureNext == 1 || n.rank() == measureRank)
              && !(i + 1 < lines.size() && opensProblem(lines.get(i + 1)));
      measureNext = measureItem ? measureNext + 1 : 0;
      measureRank = n.rank();
      if (pointsOf == null && GroupFirstPoints.continueText(open.peek(), n, lines, numbering, i)) {
        // （一）…方面 / 党建责任落实不到位： / 一是… / 二是… / 整改措施：…: the points describe the group's
        // first problem, written without a number (0306)
        pointsOf = open.peek();
        pointsRank = n.rank();
        pointsOf.addBody(line, number);
        continue;
      }
      if (pointsOf != null && n.rank() == pointsRank) {
        pointsOf.addBody(line, number);
        continue;
      }
      pointsOf = null;
      if (introducesPointsRankedAbove(open.peek(), n)) {
        pointsOf = open.peek();
        pointsRank = n.rank();
        pointsOf.describedByPoints = true;
        pointsOf.addBody(line, number);
        continue;
      }
      while (open.peek().rank() >= n.rank()) {
        open.pop();
      }
      Node parent = open.peek();
      Node node = new Node(n, line, number);
      node.measureItem = measureItem;
      if (n.rank() >= 0 && !measureItem) {
        checkNumber(parent, node, lastAtRank);
      }
      parent.children.add(node);
      open.push(node);
    }
    DescribingPoints.fold(root);
    root.reachTo(TextNoise.lastLines(source));
    return root;
  }

  /** A line that starts with a 整改措施 or 问题 label. */
  private static boolean opensProblem(String line) {
    List<Labels.Labelled> labels = Labels.of(line);
    return !labels.isEmpty()
        && (labels.get(0).label() == Labels.Label.MEASURE
            || labels.get(0).label() == Labels.Label.PROBLEM);
  }

  /**
   * A bulleted line (● ■ ◆ ▲ ★ • …) right under a group heading (（二）在作风建设方面) or another bullet of
   * it: an item of the group, numbered as points are (一是 二是) by its place among the group's
   * bullets. Bullets under a numbered problem stay its text, and the plan reading sees the bulleted
   * line as it was written.
   */
  private static Numbering bulletUnderGroup(String line, Deque<Node> open) {
    Matcher m = BULLET.matcher(line);
    if (!m.lookingAt() || line.length() == m.end()) {
      return null;
    }
    Node top = open.peek();
    if (isBullet(top) && open.size() > 1) {
      top = open.stream().skip(1).findFirst().orElse(top); // the bullet's group
    }
    if (top.numbering == null || top.rank() > Numbering.CHINESE_IN_PARENTHESES) {
      return null;
    }
    int before = (int) top.children.stream().filter(OutlineTree::isBullet).count();
    return new Numbering(Numbering.POINT, before + 1, m.group(), line.substring(m.end()));
  }

  private static boolean isBullet(Node node) {
    return node.numbering != null && BULLET.matcher(node.numbering.marker()).matches();
  }

  /**
   * {@code n} is the first point of a problem item that introduces its points (…，主要表现在：) though the
   * fixed ranks put its style above the item's (② then ⑴, 1. then 1.): an arabic or circled 1 right
   * after the line that introduces it.
   */
  private static boolean introducesPointsRankedAbove(Node item, Numbering n) {
    if (item.numbering == null
        || item.rank() < Numbering.ARABIC
        || item.rank() == Numbering.POINT
        || n.rank() < Numbering.ARABIC
        || n.rank() == Numbering.POINT
        || n.rank() > item.rank()
        || n.number() != 1
        || !item.children.isEmpty()) {
      return false;
    }
    String last = item.body.isEmpty() ? item.heading() : item.body.get(item.body.size() - 1);
    return ProblemText.introducesPoints(last);
  }

  private void checkNumber(Node parent, Node node, int[] lastAtRank) {
    Numbering numbering = node.numbering;
    int rank = numbering.rank();
    int number = numbering.number();
    Node previous = null;
    for (int i = parent.children.size() - 1; i >= 0 && previous == null; i--) {
      previous = parent.children.get(i).measureItem ? null : parent.children.get(i);
    }
    boolean expected;
    if (previous != null && previous.rank() == rank) {
      // 1. then 1. again in the same style, as a .doc whose automatic list restarts per group shows
      // its items (LibreOffice writes each run's first item in a list of its own): no item can be
      // missing between them, so it is no jump (0272)
      expected =
          number == lastNumber(previous.numbering) + 1
              || (number == lastNumber(previous.numbering)
                  && MixedNumbering.style(numbering)
                      .equals(MixedNumbering.style(previous.numbering)));
      if (!expected) {
        // 1）… then its points （1）（2）, then 2）: each style of the rank counts on its own (0251)
        String style = MixedNumbering.style(numbering);
        boolean other = !style.equals(MixedNumbering.style(previous.numbering));
        expected = other && number == 1;
        for (int i = parent.children.size() - 1, seen = 0;
            i >= 0 && seen < 64 && other && !expected;
            i--, seen++) {
          Numbering sibling = parent.children.get(i).numbering;
          if (sibling != null && style.equals(MixedNumbering.style(sibling))) {
            expected = number == lastNumber(sibling) + 1;
            break;
          }
        }
      }
    } else if (previous == null
        && parent.numbering == null
        && rank <= Numbering.CHINESE_IN_PARENTHESES) {
      // the document's first section (二、 in a plan that begins at its second part, 六、 / 6.1. of
      // a report's excerpt): nothing before it could have held a problem (0262)
      expected = true;
    } else {
      // the first item under a heading restarts at 1 or continues the previous group's count,
      // or the points the heading's own line began (1.学习不深：一是…；二是… then 三是…), or goes on at
      // 2 after the group's first problem written without a number under the heading (0291)
      expected =
          number == 1
              || number == lastAtRank[rank] + 1
              || (rank == Numbering.POINT
                  && number == Enumeration.lastPoint(parent.heading(), 0) + 1)
              || (number == 2 && previous == null && opensWithUnnumberedProblem(parent));
    }
    if (!expected) {
      warnings.add(
          "Line "
              + node.number
              + ": numbering jumps to "
              + numbering.marker().strip()
              + " at 「"
              + shorten(numbering.text())
              + "」; check that no item is missing.");
    }
    lastAtRank[rank] = lastNumber(numbering);
  }

  /**
   * The heading's own text begins with a problem written without a number — a line that is no label
   * but 问题：, does not end in a colon (针对以下问题：), and is followed by its 整改措施 or a duty — as {@link
   * ItemsOfGroup#firstUnnumbered} reads it: the item after it is the group's second.
   */
  private static boolean opensWithUnnumberedProblem(Node heading) {
    if (heading.body.isEmpty()) {
      return false;
    }
    List<Labels.Labelled> first = Labels.of(heading.body.get(0));
    if (!first.isEmpty() && first.get(0).label() != Labels.Label.PROBLEM) {
      return false;
    }
    // the text's last line before its 整改措施 (its points, 0306, after …主要表现在：) ends in no colon
    String text = heading.body.get(0);
    for (String line : heading.body.subList(1, heading.body.size())) {
      List<Labels.Labelled> labels = Labels.of(line);
      if (!labels.isEmpty()
          && labels.get(0).label() != Labels.Label.PROBLEM
          && labels.get(0).label() != Labels.Label.OTHER) {
        return !text.strip().matches(".*[：:]$");
      }
      text = labels.isEmpty() ? line : text;
    }
    return false;
  }

  /** The number a line ends on: 一是…；二是… on one line ends on 二. */
  private static int lastNumber(Numbering numbering) {
    return numbering.rank() == Numbering.POINT
        ? Enumeration.lastPoint(numbering.marker() + numbering.text(), numbering.number())
        : numbering.number();
  }
}
