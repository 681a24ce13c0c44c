package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParser.bodyAfterHead;
import static org.bihuan.problem.importing.OutlineParser.head;
import static org.bihuan.problem.importing.OutlineParser.headingText;
import static org.bihuan.problem.importing.OutlineParser.join;
import static org.bihuan.problem.importing.OutlineParser.shorten;
import static org.bihuan.problem.importing.OutlineParser.splitHead;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.OutlineParser.Head;
import org.bihuan.problem.importing.OutlineParser.Line;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * The problems under a problems section's heading ({@link OutlineParser}): categories and their
 * items, an item's enumerated points, the paragraphs under a group heading, and the text around
 * them that is named in the warnings rather than imported.
 */
final class OutlineProblems {

  private final List<ParsedProblem> problems;
  private final List<String> warnings;

  OutlineProblems(List<ParsedProblem> problems, List<String> warnings) {
    this.problems = problems;
    this.warnings = warnings;
  }

  /** Text under a section heading before its first item: named, never a problem. */
  void sectionIntro(Node section) {
    for (int i = 0; i < section.body.size(); i++) {
      warnings.add(
          "Line "
              + section.bodyNumbers.get(i)
              + " 「"
              + shorten(section.body.get(i))
              + "」 introduces the section 「"
              + shorten(head(section).title())
              + "」; it is not an item and was not imported.");
    }
  }

  /**
   * The problems under a heading: children with numbered items of their own are categories, the
   * others are problems (or, beside categories, a category holding one problem). Text under a
   * category before its first item introduces it; it is reported, not made a problem.
   */
  void readProblems(Node parent, List<String> path, boolean isSection) {
    if (!parent.hasItems()) {
      String body = join(String.join("\n", parent.body), pointsText(parent));
      Enumeration.Items items = Enumeration.of(body);
      if (pointsOnOwnLines(parent, String.join("\n", parent.body))) {
        // 一是… 二是… on lines of their own: one problem per point, each with its own lines
        pointProblems(parent, path);
      } else if (items != null) {
        EnumeratedLines lines = EnumeratedLines.of(parent, "", parent.body, body);
        for (String item : items.items()) {
          addProblem(item, path, lines.next(item));
        }
      } else if (paragraphsOfGroup(parent) != null) {
        paragraphProblems(paragraphsOfGroup(parent), path);
      } else if (isSection && !body.isBlank()) {
        Head head = splitHead(body);
        warnings.add(
            "Lines "
                + parent.origin().lines().get(0)
                + "–"
                + parent.lastNumber()
                + ": the section 「"
                + shorten(parent.line)
                + "」 has no numbered problems; its text was read as one problem 「"
                + shorten(head.title())
                + "」.");
        problems.add(new ParsedProblem(head.title(), body, path, List.of(), parent.origin()));
      } else if (isSection) {
        warnings.add(
            "Line "
                + parent.number
                + ": the section 「"
                + shorten(parent.line)
                + "」 has no numbered problems; it was skipped.");
      }
      return;
    }
    if (isSection && parent.numbering != null) {
      sectionIntro(parent);
    } else if (parent.numbering != null) {
      for (int i = 0; i < parent.body.size(); i++) {
        warnings.add(
            "Line "
                + parent.bodyNumbers.get(i)
                + " 「"
                + shorten(parent.body.get(i))
                + "」 introduces the group 「"
                + shorten(head(parent).title())
                + "」; it is not a problem and was not imported.");
      }
    }
    // a heading with points (一是…) under it is a group like one with numbered items
    boolean categories = parent.children.stream().anyMatch(c -> !c.children.isEmpty());
    for (Node child : parent.children) {
      Head head = head(child);
      List<String> inCategory = append(path, head.title());
      if (child.hasItems()) {
        readProblems(child, inCategory, false);
        continue;
      }
      String description =
          join(join(head.rest(), String.join("\n", bodyAfterHead(child))), pointsText(child));
      boolean oneProblem =
          child.describedByPoints
              || DescribingPoints.describesItself(
                  child, join(headingText(child), String.join("\n", bodyAfterHead(child))));
      Enumeration.Items items = oneProblem ? null : Enumeration.of(description);
      if (pointsOnOwnLines(child, join(head.rest(), String.join("\n", bodyAfterHead(child))))) {
        textBeforePoints(child, head, inCategory);
        pointProblems(child, inCategory);
      } else if (items != null) {
        EnumeratedLines lines =
            EnumeratedLines.of(child, head.rest(), bodyAfterHead(child), description);
        for (String item : items.items()) {
          addProblem(item, inCategory, lines.next(item));
        }
      } else if (paragraphsOfGroup(child) != null) {
        // 一、…方面 over paragraphs without numbers: a problem each, in the group
        paragraphProblems(paragraphsOfGroup(child), inCategory);
      } else {
        List<String> lines = new ArrayList<>(bodyAfterHead(child));
        List<Line> points = new ArrayList<>();
        for (Node point : child.children) {
          point.flatten(points, true);
        }
        points.forEach(p -> lines.add(p.text()));
        Head text = GroupOverSentences.problem(child, categories, lines); // 3.…方面 / 一句 (0343)
        problems.add(
            new ParsedProblem(
                text.title(),
                text.rest().isEmpty() ? headingText(child) : text.rest(),
                categories ? inCategory : path,
                List.of(),
                child.origin()));
        if (child == parent.children.get(parent.children.size() - 1)) {
          closingLines(parent, child, text.title());
        }
      }
    }
  }

  /**
   * Lines without a number after the last problem of a group whose other problems are one line each
   * (此外，…): they were added to that problem's description, which the warnings say, naming each
   * line.
   */
  private void closingLines(Node parent, Node last, String title) {
    List<String> body = bodyAfterHead(last);
    String heading = headingText(last);
    if (body.isEmpty()
        || !last.children.isEmpty()
        || ProblemText.isTitleLine(heading)
        || ProblemText.endsMidSentence(heading)) {
      return;
    }
    int siblings = 0;
    for (Node child : parent.children) {
      if (child == last) {
        continue;
      }
      if (child.hasItems() || !child.children.isEmpty() || !bodyAfterHead(child).isEmpty()) {
        return;
      }
      siblings++;
    }
    if (siblings == 0) {
      return;
    }
    int offset = last.body.size() - body.size();
    for (int i = 0; i < body.size(); i++) {
      // 第一，… 第二，… (一是, 首先…) are numbered as points: said so, never "no number" (0331)
      Numbering n = Numbering.of(body.get(i).strip());
      boolean point =
          (n != null && n.rank() == Numbering.POINT) || OrdinalPoints.leads(body.get(i));
      warnings.add(
          "Line "
              + last.bodyNumbers.get(offset + i)
              + " 「"
              + shorten(body.get(i))
              + (point
                  ? "」 is a point (一是, 第一，, 首先…) after the last problem of its group, whose"
                      + " other problems are one line each; it was read as a point of the problem 「"
                  : "」 has no number and follows the last problem of its group; it was added to"
                      + " the description of the problem 「")
              + shorten(title)
              + "」"
              + (point ? " and added to its description." : "."));
    }
  }

  /**
   * The text between a heading and the points that are its problems (（二）作风建设方面, then a paragraph
   * without a number, then ● or 一是 lines): never dropped. A paragraph that introduces the points
   * (…主要表现在：, 具体如下：) is named in a warning; any other is a problem of its own, in the group, with a
   * warning.
   */
  private void textBeforePoints(Node node, Head head, List<String> path) {
    List<String> texts = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    if (!head.rest().isEmpty()) {
      texts.add(head.rest());
      numbers.add(node.number);
    }
    List<String> body = bodyAfterHead(node);
    int offset = node.body.size() - body.size();
    for (int i = 0; i < body.size(); i++) {
      texts.add(body.get(i));
      numbers.add(node.bodyNumbers.get(offset + i));
    }
    for (Paragraph p : paragraphs(texts, numbers)) {
      String where =
          p.first() == p.last() ? "Line " + p.first() : "Lines " + p.first() + "–" + p.last();
      if (ProblemText.introducesPoints(p.text()) || p.text().matches("(?s).*[：:]$")) {
        warnings.add(
            where
                + " 「"
                + shorten(p.text())
                + "」 introduces the points of 「"
                + shorten(head.title())
                + "」; it is not a problem and was not imported.");
        continue;
      }
      addProblem(p.text(), path, Origin.lines(p.first(), p.last()));
      warnings.add(
          where
              + " 「"
              + shorten(p.text())
              + "」 stands without a number before the points of 「"
              + shorten(head.title())
              + "」; it was read as a problem of its own.");
    }
  }

  /**
   * Whether a node's problems are its 一是…二是… points, one per line of its own: its own text
   * enumerates nothing, and each point line holds one point.
   */
  private static boolean pointsOnOwnLines(Node node, String ownText) {
    if (node.children.isEmpty() || Enumeration.of(ownText) != null) {
      return false;
    }
    Enumeration.Items all = Enumeration.of(pointsText(node));
    return all == null || all.items().size() == node.children.size();
  }

  /**
   * A point's text: its line and the lines under it, joined as a problem's lines are ({@link
   * ProblemText#join}: a bullet or point a narrow layout wrapped mid-sentence is one line again).
   */
  private static String pointText(Node point, List<Line> lines) {
    List<String> all = new ArrayList<>(lines.size() + 1);
    all.add(point.heading());
    lines.forEach(l -> all.add(l.text()));
    return ProblemText.join(all);
  }

  /** The 一是…二是… points nested under a node, as text lines. */
  static String pointsText(Node node) {
    List<Line> points = new ArrayList<>();
    for (Node child : node.children) {
      child.flatten(points, true);
    }
    return String.join("\n", points.stream().map(Line::text).toList());
  }

  /** One problem per point under {@code node}, each with the lines under its point. */
  private void pointProblems(Node node, List<String> path) {
    for (Node point : node.children) {
      List<Line> lines = new ArrayList<>();
      point.flatten(lines, false);
      String text = pointText(point, lines);
      addProblem(text, path, point.origin());
    }
  }

  /** One problem per paragraph, titled by its first sentence. */
  private void paragraphProblems(List<Paragraph> paragraphs, List<String> path) {
    for (Paragraph p : paragraphs) {
      addProblem(p.text(), path, Origin.lines(p.first(), p.last()));
    }
  }

  /** A problem from an enumerated point: its first sentence titles it. */
  private void addProblem(String item, List<String> path, Origin origin) {
    problems.add(new ParsedProblem(splitHead(item).title(), item, path, List.of(), origin));
  }

  /** The path and a group's name; a group numbered without words (（二） alone) names none (0375). */
  private static List<String> append(List<String> path, String element) {
    List<String> longer = new ArrayList<>(path);
    longer.addAll(element.isBlank() ? List.of() : List.of(element));
    return List.copyOf(longer);
  }

  /**
   * A paragraph of text lines (a line that ends mid-sentence runs on) and its first and last line.
   */
  record Paragraph(String text, int first, int last) {}

  /**
   * The paragraphs under a group heading, when they are its problems: a heading of the two top
   * ranks (一、 （一）) that is a short title with no numbered items under it and at least two
   * paragraphs of text below it, or one when the title names a group (政治建设方面), each a problem
   * (title: its first sentence). Null otherwise: one paragraph under another title is that
   * problem's description (docs/decisions/0105), and 1.理论学习方面 over text stays a problem titled by
   * its line.
   */
  static List<Paragraph> paragraphsOfGroup(Node node) {
    if (node.numbering == null
        || node.rank() > Numbering.CHINESE_IN_PARENTHESES
        || !node.children.isEmpty()
        || node.body.isEmpty()
        || !ProblemText.isTitleLine(node.heading())) {
      return null;
    }
    List<Paragraph> paragraphs = paragraphs(node.body, node.bodyNumbers);
    boolean group = head(node).title().endsWith("方面");
    return paragraphs.size() < 2 && !group ? null : paragraphs;
  }

  /** Text lines as paragraphs: a line that ends mid-sentence runs on ({@link ProblemText#join}). */
  static List<Paragraph> paragraphs(List<String> texts, List<Integer> numbers) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (lines.isEmpty()) {
        first = numbers.get(i);
      }
      lines.add(texts.get(i));
      if (!ProblemText.endsMidSentence(texts.get(i)) || i == texts.size() - 1) {
        paragraphs.add(new Paragraph(ProblemText.join(lines), first, numbers.get(i)));
        lines.clear();
      }
    }
    return paragraphs;
  }
}
