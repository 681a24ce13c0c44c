package org.bihuan.problem.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the problems, causes and measures out of the text of a self-examination (对照检查材料) or a
 * rectification plan (整改方案). Pure Java and linear in the length of the text.
 *
 * <p>How it reads a document:
 *
 * <ol>
 *   <li>Every line is cleaned ({@link TextNoise}); labelled lines a PDF or text file wrapped are
 *       joined ({@link WrappedLabels}, docs/decisions/0161); the closing formula, 附件 line,
 *       signature and date after the last item end the text and are named in the warnings as not
 *       imported ({@link Closing}, 0160).
 *   <li>Every line's numbering is read ({@link Numbering}): the numbered lines form an outline tree
 *       by the fixed rank of their numbering style, unnumbered lines are the text of the heading
 *       above them; the sub-points of a problem that introduces them (…，主要表现在：) are its text lines
 *       ({@link DescribingPoints}, 0162).
 *   <li>The top-level headings are sections, recognised by meaning ({@link SectionKind}): problems,
 *       causes, measures, ignored (保障措施, 工作要求…). Text before the first heading (title, 同志们：,
 *       preamble) and before a section's first item is never a problem; it is named in the
 *       warnings, as the ignored sections are (docs/decisions/0205). When no section is a problems
 *       section but some are causes or measures (an inspection list: 一、党的政治建设方面 … 四、原因分析), the
 *       unrecognised sections with numbered items before them are the problems' top groups
 *       (docs/decisions/0106).
 *   <li>A section with labelled lines (责任单位：, 整改时限：…) is a rectification plan and is read line by
 *       line ({@link PlanReading}); otherwise a problem section's headings that have numbered items
 *       under them are categories and their items are problems, a childless heading among
 *       categories is one problem in its own category (the paragraphs under a group heading such as
 *       （三）廉洁自律方面 are a problem each, {@link #paragraphsOfGroup}), and an item whose text
 *       enumerates (一是…二是…, （1）…（2）…) gives one problem per enumerated point under its own title. A
 *       problem's title and description come from its lines by {@link ProblemText}; lines after the
 *       last one-line problem of a group are added to it with a warning (docs/decisions/0105).
 *   <li>A cause or a proposed measure is each item of its section: title the first sentence (up to
 *       。), description the rest.
 * </ol>
 */
public final class OutlineParser {

  /** Reads one document; never throws for odd text, it says what it skipped in the warnings. */
  public ParsedDocument parse(String text) {
    return new Reading(text == null ? "" : text).read();
  }

  /** A numbered heading with the text lines under it and the headings nested in it. */
  static final class Node {
    final Numbering numbering;
    final String line;

    /** The 1-based number of {@link #line} in the document's text (0 for the root). */
    final int number;

    final List<String> body = new ArrayList<>();
    final List<Integer> bodyNumbers = new ArrayList<>();
    final List<Node> children = new ArrayList<>();

    /** Its sub-points were folded into its body: they describe it (…，主要表现在：). */
    boolean describedByPoints;

    /** A measure numbered like a problem: 1. under 整改措施：, numbered on from there. */
    boolean measureItem;

    Node(Numbering numbering, String line, int number) {
      this.numbering = numbering;
      this.line = line;
      this.number = number;
    }

    void addBody(String text, int lineNumber) {
      body.add(text);
      bodyNumbers.add(lineNumber);
    }

    /** The number of the last line of this node and everything under it. */
    int lastNumber() {
      int last = number;
      if (!bodyNumbers.isEmpty()) {
        last = Math.max(last, bodyNumbers.get(bodyNumbers.size() - 1));
      }
      if (!children.isEmpty()) {
        last = Math.max(last, children.get(children.size() - 1).lastNumber());
      }
      return last;
    }

    /** The lines of this node and all under it. */
    Origin origin() {
      int first = number > 0 ? number : bodyNumbers.isEmpty() ? 0 : bodyNumbers.get(0);
      return Origin.lines(first, lastNumber());
    }

    /** Whether numbered items (not just 一是…二是… points) are nested in it. */
    boolean hasItems() {
      for (Node child : children) {
        if (child.rank() != Numbering.POINT) {
          return true;
        }
      }
      return false;
    }

    int rank() {
      return numbering == null ? Integer.MIN_VALUE : numbering.rank();
    }

    String heading() {
      return numbering == null ? "" : numbering.text();
    }

    /** This node's lines, then its descendants', in document order. */
    void flatten(List<Line> into, boolean withOwnLine) {
      if (withOwnLine) {
        into.add(new Line(line, numbering, number));
      }
      for (int i = 0; i < body.size(); i++) {
        into.add(new Line(body.get(i), null, bodyNumbers.get(i)));
      }
      for (Node child : children) {
        child.flatten(into, true);
      }
    }
  }

  /**
   * A cleaned line, its numbering (null when it has none) and its 1-based number in the document's
   * text.
   */
  record Line(String text, Numbering numbering, int number) {}

  /** A title and the text after it. */
  record Head(String title, String rest) {}

  /** A bullet at the start of a line: ● ○ ■ □ ◆ ◇ ▲ △ ★ ☆ • ▪ ► ·, or - before a space. */
  private static final Pattern BULLET = Pattern.compile("(?:[●○■□◆◇▲△★☆•▪►·]|-(?=\\s))\\s*");

  private static final class Reading {
    private final String text;
    private final List<ParsedProblem> problems = new ArrayList<>();
    private final List<ParsedCause> causes = new ArrayList<>();
    private final List<ProposedMeasure> proposed = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** The document's year, in which a month without one is read ({@link DeadlineText}). */
    private final Integer year;

    Reading(String text) {
      this.text = text;
      this.year = DeadlineText.documentYear(text);
    }

    ParsedDocument read() {
      List<TextNoise.SourceLine> source =
          WrappedLabels.join(TextNoise.numberedLines(ContentsPage.without(text, warnings)));
      List<TextNoise.SourceLine> closing = List.of();
      int end = Closing.start(source.stream().map(TextNoise.SourceLine::text).toList());
      if (end >= 0) {
        closing = source.subList(end, source.size());
        source = source.subList(0, end);
      }
      Node root = outline(source);
      List<Line> all = new ArrayList<>();
      root.flatten(all, false);
      // Sections are 一、 or （一） headings above the level of a plan's numbered problems: a
      // plan numbering its problems 1. 学习不深的问题 has no sections, however its titles read.
      int planProblemRank =
          PlanReading.isPlan(all) ? PlanReading.problemRank(all) : Integer.MAX_VALUE;
      Map<Node, SectionKind> kinds = new HashMap<>();
      boolean recognised = false;
      int problemSections = 0;
      List<Node> groups = new ArrayList<>();
      for (Node section : root.children) {
        ReadingTime.check();
        boolean canBeSection =
            section.rank() <= Numbering.CHINESE_IN_PARENTHESES && section.rank() < planProblemRank;
        SectionKind kind =
            canBeSection ? SectionKind.of(head(section).title()) : SectionKind.UNKNOWN;
        if (kind == SectionKind.IGNORED && holdsProblems(section)) {
          kind = SectionKind.PROBLEMS;
        }
        kinds.put(section, kind);
        recognised |=
            kind == SectionKind.PROBLEMS
                || kind == SectionKind.CAUSES
                || kind == SectionKind.MEASURES;
        problemSections += kind == SectionKind.PROBLEMS ? 1 : 0;
      }
      if (recognised && problemSections == 0) {
        // an inspection list: 一、党的政治建设方面 （一）… 1.… then 四、原因分析 五、整改措施 — the
        // unrecognised sections with numbered items before the causes and measures are its groups
        for (Node section : root.children) {
          SectionKind kind = kinds.get(section);
          if (kind == SectionKind.CAUSES || kind == SectionKind.MEASURES) {
            break;
          }
          if (kind == SectionKind.UNKNOWN
              && section.rank() <= Numbering.CHINESE_IN_PARENTHESES
              && section.rank() < planProblemRank
              && (section.hasItems()
                  || (head(section).title().endsWith("方面")
                      && paragraphsOfGroup(section) != null))) {
            kinds.put(section, SectionKind.PROBLEMS);
            groups.add(section);
          }
        }
      }
      if (recognised) {
        preamble(root);
        for (Node section : root.children) {
          // several problem sections (一、政治建设方面存在的问题 二、作风建设方面存在的问题) are groups
          readSection(section, kinds.get(section), problemSections > 1 || groups.contains(section));
        }
      } else {
        readUnsectioned(root, kinds);
      }
      for (TextNoise.SourceLine line : closing) {
        warnings.add(
            "Line "
                + line.number()
                + " 「"
                + shorten(line.text())
                + "」 closes the document (以上…/特此报告/落款/附件); it was not imported.");
      }
      if (problems.isEmpty()) {
        warnings.add(
            "No problems were found: the document has no recognisable outline (such as"
                + " 一、存在的问题 followed by numbered items, or numbered problems with 整改措施："
                + " and 整改时限： lines).");
      }
      return new ParsedDocument(
          List.copyOf(problems), List.copyOf(causes), List.copyOf(proposed), List.copyOf(warnings));
    }

    /** Builds the outline tree; warns where sibling numbering jumps. */
    private Node outline(List<TextNoise.SourceLine> source) {
      List<String> lines = new ArrayList<>(source.size());
      List<Numbering> numbering = new ArrayList<>(source.size());
      for (TextNoise.SourceLine line : source) {
        ReadingTime.check();
        lines.add(line.text());
        numbering.add(Numbering.of(line.text()));
      }
      DecimalNumbering.mark(lines, numbering);
      for (int i : BareNumbers.mark(lines, numbering)) {
        warnings.add(
            "Line "
                + source.get(i).number()
                + " 「"
                + shorten(lines.get(i))
                + "」 starts with a number and no 、 or . after it, and no list numbered so is around"
                + " it; it was read as text, not as a numbered item.");
      }
      BareHeadings.mark(lines, numbering);
      for (int i : MixedNumbering.mark(numbering)) {
        warnings.add(
            "Line "
                + source.get(i).number()
                + " 「"
                + shorten(lines.get(i))
                + "」 is numbered unlike the items before and after it; it was read as their item "
                + numbering.get(i).number()
                + ".");
      }
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
      for (int i = 0; i < lines.size(); i++) {
        ReadingTime.check();
        String line = lines.get(i);
        int number = source.get(i).number();
        Numbering n = numbering.get(i);
        if (n == null) {
          n = bulletUnderGroup(line, open);
        }
        if (n == null) {
          List<Labels.Labelled> labels = Labels.of(line);
          for (Labels.Labelled l : labels) {
            // 整改措施： opens a run of numbered measures; their duty lines (责任单位：…) keep it open
            if (l.label() == Labels.Label.MEASURE || l.label() == Labels.Label.PROBLEM) {
              measureNext = l.label() == Labels.Label.MEASURE && l.value().isEmpty() ? 1 : 0;
            }
          }
          open.peek().addBody(line, number);
          continue;
        }
        boolean measureItem = measureNext > 0 && n.number() == measureNext;
        measureNext = measureItem ? measureNext + 1 : 0;
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
      return root;
    }

    /**
     * A bulleted line (● ■ ◆ ▲ ★ • …) right under a group heading (（二）在作风建设方面) or another bullet of
     * it: an item of the group, numbered as points are (一是 二是) by its place among the group's
     * bullets. Bullets under a numbered problem stay its text, and the plan reading sees the
     * bulleted line as it was written.
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
      int before = (int) top.children.stream().filter(Reading::isBullet).count();
      return new Numbering(Numbering.POINT, before + 1, m.group(), line.substring(m.end()));
    }

    private static boolean isBullet(Node node) {
      return node.numbering != null && BULLET.matcher(node.numbering.marker()).matches();
    }

    /**
     * {@code n} is the first point of a problem item that introduces its points (…，主要表现在：) though
     * the fixed ranks put its style above the item's (② then ⑴, 1. then 1.): an arabic or circled 1
     * right after the line that introduces it.
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
        expected = number == lastNumber(previous.numbering) + 1;
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
        // or the points the heading's own line began (1.学习不深：一是…；二是… then 三是…)
        expected =
            number == 1
                || number == lastAtRank[rank] + 1
                || (rank == Numbering.POINT
                    && number == Enumeration.lastPoint(parent.heading(), 0) + 1);
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

    /** The number a line ends on: 一是…；二是… on one line ends on 二. */
    private static int lastNumber(Numbering numbering) {
      return numbering.rank() == Numbering.POINT
          ? Enumeration.lastPoint(numbering.marker() + numbering.text(), numbering.number())
          : numbering.number();
    }

    /**
     * The lines before the first section (an introduction: 根据…要求，现将…报告如下。, 同志们：) are no problems;
     * each is named, but for the document's title on its first line.
     */
    private void preamble(Node root) {
      for (int i = 0; i < root.body.size(); i++) {
        String line = root.body.get(i);
        if (i == 0 && ProblemText.isTitleLine(line)) {
          continue;
        }
        if (i == 1 && ProblemText.wrapsTitle(root.body.get(0), line)) {
          continue; // 「…关于巡视反馈意见的整改」 / 「方案」: the title a PDF wrapped (0221)
        }
        warnings.add(
            "Line "
                + root.bodyNumbers.get(i)
                + " 「"
                + shorten(line)
                + "」 comes before the first section; it introduces the document, is not a problem"
                + " and was not imported.");
      }
    }

    /**
     * A section whose heading reads as one that holds no problems (整改落实情况, 问题整改情况) holds them all
     * the same when its content says so (docs/decisions/0221): numbered items with their 整改措施 and
     * 责任/时限 lines, or — under a heading that names 问题 with 整改情况/落实情况 — numbered items at all.
     * Skipped is only a section that really holds none (prose, 工作要求 without labelled items).
     */
    private static boolean holdsProblems(Node section) {
      List<Line> lines = new ArrayList<>();
      section.flatten(lines, false);
      return PlanReading.holdsProblems(lines)
          || (SectionKind.reportsOnProblems(head(section).title()) && section.hasItems());
    }

    /**
     * A section known to hold no problems (工作要求, 保障措施, 组织领导…): named with its lines, not imported.
     */
    private void ignoredSection(Node section) {
      warnings.add(
          "Lines "
              + section.number
              + "–"
              + section.lastNumber()
              + ": the section 「"
              + shorten(section.line)
              + "」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was not imported.");
    }

    /** Text under a section heading before its first item: named, never a problem. */
    private void sectionIntro(Node section) {
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

    private void readSection(Node section, SectionKind kind, boolean titleIsCategory) {
      if (kind == SectionKind.IGNORED) {
        ignoredSection(section);
        return;
      }
      if (kind == SectionKind.CAUSES) {
        readItems(section, (title, description) -> causes.add(new ParsedCause(title, description)));
        return;
      }
      List<String> path =
          titleIsCategory && kind == SectionKind.PROBLEMS
              ? List.of(head(section).title())
              : List.of();
      List<Line> lines = new ArrayList<>();
      section.flatten(lines, false);
      // A measures section that only adds 责任单位/完成时限 to its measures stays proposed measures;
      // with 问题表现 or 整改措施 labels it is a plan's list of problems.
      boolean plan =
          PlanReading.isPlan(lines)
              && (kind != SectionKind.MEASURES || PlanReading.namesProblemsOrMeasures(lines));
      if (plan) {
        new PlanReading(problems, warnings, path, year).read(lines);
      } else if (kind == SectionKind.PROBLEMS) {
        readProblems(section, path, true);
      } else if (kind == SectionKind.MEASURES) {
        readItems(
            section, (title, description) -> proposed.add(new ProposedMeasure(title, description)));
      } else {
        warnings.add(
            "Line "
                + section.number
                + ": the section 「"
                + shorten(section.line)
                + "」 was not recognised as problems, causes or measures and was skipped.");
      }
    }

    /** No section heading was recognised: the numbered items themselves are the problems. */
    private void readUnsectioned(Node root, Map<Node, SectionKind> kinds) {
      Node content = new Node(null, "", 0);
      // a plan may have no numbering at all: 问题表现：…
      for (int i = 0; i < root.body.size(); i++) {
        content.addBody(root.body.get(i), root.bodyNumbers.get(i));
      }
      List<Node> ignored = new ArrayList<>();
      for (Node section : root.children) {
        if (kinds.get(section) != SectionKind.IGNORED) {
          content.children.add(section);
        } else {
          ignored.add(section);
        }
      }
      ignored.forEach(this::ignoredSection);
      List<Line> lines = new ArrayList<>();
      content.flatten(lines, false);
      if (PlanReading.isPlan(lines)) {
        new PlanReading(problems, warnings, List.of(), year).read(lines);
        return;
      }
      // without a plan's labels, text before the first heading is the title and preamble
      content.body.clear();
      content.bodyNumbers.clear();
      if (content.children.isEmpty()) {
        return;
      }
      warnings.add(
          "No section heading such as 一、存在的问题 was recognised; the numbered items were read as"
              + " problems.");
      readProblems(content, List.of(), false);
    }

    /**
     * The problems under a heading: children with numbered items of their own are categories, the
     * others are problems (or, beside categories, a category holding one problem). Text under a
     * category before its first item introduces it; it is reported, not made a problem.
     */
    private void readProblems(Node parent, List<String> path, boolean isSection) {
      if (!parent.hasItems()) {
        String body = join(String.join("\n", parent.body), pointsText(parent));
        Enumeration.Items items = Enumeration.of(body);
        if (pointsOnOwnLines(parent, String.join("\n", parent.body))) {
          // 一是… 二是… on lines of their own: one problem per point, each with its own lines
          for (Node point : parent.children) {
            List<Line> lines = new ArrayList<>();
            point.flatten(lines, false);
            String text = pointText(point, lines);
            addProblem(text, path, point.origin());
          }
        } else if (items != null) {
          for (String item : items.items()) {
            addProblem(item, path, parent.origin());
          }
        } else if (paragraphsOfGroup(parent) != null) {
          for (Paragraph p : paragraphsOfGroup(parent)) {
            addProblem(p.text(), path, Origin.lines(p.first(), p.last()));
          }
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
          for (Node point : child.children) {
            List<Line> lines = new ArrayList<>();
            point.flatten(lines, false);
            String text = pointText(point, lines);
            addProblem(text, inCategory, point.origin());
          }
        } else if (items != null) {
          for (String item : items.items()) {
            addProblem(item, inCategory, child.origin());
          }
        } else if (paragraphsOfGroup(child) != null) {
          // 一、…方面 over paragraphs without numbers: a problem each, in the group
          for (Paragraph p : paragraphsOfGroup(child)) {
            addProblem(p.text(), inCategory, Origin.lines(p.first(), p.last()));
          }
        } else {
          List<String> lines = new ArrayList<>(bodyAfterHead(child));
          List<Line> points = new ArrayList<>();
          for (Node point : child.children) {
            point.flatten(points, true);
          }
          points.forEach(p -> lines.add(p.text()));
          Head text = ProblemText.of(headingText(child), lines);
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
     * Lines without a number after the last problem of a group whose other problems are one line
     * each (此外，…): they were added to that problem's description, which the warnings say, naming
     * each line.
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
        warnings.add(
            "Line "
                + last.bodyNumbers.get(offset + i)
                + " 「"
                + shorten(body.get(i))
                + "」 has no number and follows the last problem of its group; it was added to"
                + " the description of the problem 「"
                + shorten(title)
                + "」.");
      }
    }

    /**
     * The text between a heading and the points that are its problems (（二）作风建设方面, then a paragraph
     * without a number, then ● or 一是 lines): never dropped. A paragraph that introduces the points
     * (…主要表现在：, 具体如下：) is named in a warning; any other is a problem of its own, in the group, with
     * a warning.
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
    private static String pointsText(Node node) {
      List<Line> points = new ArrayList<>();
      for (Node child : node.children) {
        child.flatten(points, true);
      }
      return String.join("\n", points.stream().map(Line::text).toList());
    }

    /** A problem from an enumerated point: its first sentence titles it. */
    private void addProblem(String item, List<String> path, Origin origin) {
      problems.add(new ParsedProblem(splitHead(item).title(), item, path, List.of(), origin));
    }

    /** Causes and proposed measures: one per item of the section, with its nested text. */
    private void readItems(Node section, BiConsumer<String, String> sink) {
      if (!section.hasItems()) {
        Enumeration.Items items =
            Enumeration.of(join(String.join("\n", section.body), pointsText(section)));
        if (items == null) {
          warnings.add(
              "Line "
                  + section.number
                  + ": the section 「"
                  + shorten(section.line)
                  + "」 has no numbered items.");
          return;
        }
        for (String item : items.items()) {
          Head head = splitHead(item);
          sink.accept(head.title(), head.rest().isEmpty() ? item : head.rest());
        }
        return;
      }
      sectionIntro(section);
      for (Node item : section.children) {
        Head head = head(item);
        List<Line> nested = new ArrayList<>();
        for (Node child : item.children) {
          child.flatten(nested, true);
        }
        StringBuilder description = new StringBuilder(head.rest());
        for (String b : bodyAfterHead(item)) {
          appendLine(description, b);
        }
        for (Line line : nested) {
          appendLine(description, line.text());
        }
        String d = description.toString();
        sink.accept(head.title(), d.isEmpty() ? headingText(item) : d);
      }
    }
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

  /** The title and rest of a node's heading; a bare number takes its first text line as heading. */
  static Head head(Node node) {
    String heading = node.heading();
    if (heading.isEmpty() && !node.body.isEmpty()) {
      heading = node.body.get(0);
    }
    Head head = splitHead(heading);
    return new Head(ProblemText.withoutIntro(head.title()), head.rest());
  }

  /** The heading as written (without its number), for an item that has nothing but a heading. */
  private static String headingText(Node node) {
    String heading = node.heading().strip();
    return heading.isEmpty() && !node.body.isEmpty() ? node.body.get(0) : heading;
  }

  private static List<String> bodyAfterHead(Node node) {
    return node.heading().isEmpty() && !node.body.isEmpty()
        ? node.body.subList(1, node.body.size())
        : node.body;
  }

  /**
   * Title = the text up to the first sentence end (。！？) or colon; a title still longer than 50
   * characters is cut at its first comma. The rest is the description.
   */
  static Head splitHead(String text) {
    String t = text.strip();
    int cut = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean colon = c == '：' || c == ':';
      if (colon
          && i > 0
          && i + 1 < t.length()
          && Character.isDigit(t.charAt(i - 1))
          && Character.isDigit(t.charAt(i + 1))) {
        continue; // a ratio or a time (师生比1:350, 9:30) ends no title
      }
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || colon) {
        cut = i;
        break;
      }
    }
    int titleEnd = cut < 0 ? t.length() : cut;
    if (titleEnd > 50) {
      for (int i = 4; i < 50; i++) {
        char c = t.charAt(i);
        if (c == '，' || c == ',' || c == '；' || c == ';') {
          titleEnd = i;
          cut = i;
          break;
        }
      }
    }
    String title = t.substring(0, titleEnd).replaceAll("[，,；;、\\s]+$", "").strip();
    String rest = cut < 0 ? "" : t.substring(cut + 1).strip();
    if (title.isEmpty()) {
      return new Head(rest, "");
    }
    return new Head(title, rest);
  }

  static String join(String first, String second) {
    if (first.isEmpty()) {
      return second;
    }
    return second.isEmpty() ? first : first + "\n" + second;
  }

  private static void appendLine(StringBuilder into, String line) {
    if (into.length() > 0) {
      into.append('\n');
    }
    into.append(line);
  }

  static List<String> append(List<String> path, String element) {
    List<String> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(element);
    return List.copyOf(longer);
  }

  static String shorten(String text) {
    return text.length() <= 30 ? text : text.substring(0, 30) + "…";
  }
}
