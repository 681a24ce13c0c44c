package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParser.bodyAfterHead;
import static org.bihuan.problem.importing.OutlineParser.head;
import static org.bihuan.problem.importing.OutlineParser.headingText;
import static org.bihuan.problem.importing.OutlineParser.join;
import static org.bihuan.problem.importing.OutlineParser.shorten;
import static org.bihuan.problem.importing.OutlineParser.splitHead;
import static org.bihuan.problem.importing.OutlineProblems.paragraphsOfGroup;
import static org.bihuan.problem.importing.OutlineProblems.pointsText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.bihuan.problem.importing.OutlineParser.Head;
import org.bihuan.problem.importing.OutlineParser.Line;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * One reading of a document by {@link OutlineParser}: its top-level headings recognised as sections
 * (problems, causes, measures, ignored), each section read as what it is, and the text before the
 * first section and after the last item named in the warnings.
 */
final class OutlineReading {

  private final String text;
  private final List<ParsedProblem> problems = new ArrayList<>();
  private final List<ParsedCause> causes = new ArrayList<>();
  private final List<ProposedMeasure> proposed = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final OutlineProblems problemReading = new OutlineProblems(problems, warnings);
  private PlanOrReport.Genre genre = PlanOrReport.Genre.UNTOLD;

  /** The document's year, in which a month without one is read ({@link DeadlineText}). */
  private final Integer year;

  OutlineReading(String text) {
    this.text = text;
    this.year = DeadlineText.documentYear(text);
  }

  ParsedDocument read() {
    List<TextNoise.SourceLine> source =
        HeadingsBeforeLabels.split(
            WrappedLabels.join(
                NumberedDutyLines.join(
                    BareItemNumbers.join( // 1. / 理论学习不深入…: one item (0371)
                        TextNoise.numberedLines(ContentsPage.without(text, warnings))))));
    List<TextNoise.SourceLine> closing = List.of();
    int end = Closing.start(source.stream().map(TextNoise.SourceLine::text).toList());
    if (end >= 0) {
      closing = source.subList(end, source.size());
      source = source.subList(0, end);
    }
    Node root = new OutlineTree(warnings).outline(source);
    genre = PlanOrReport.of(root); // 整改方案 or 自查报告: whose 整改措施 items are problems' (0427)
    EmptyItems.prune(root, warnings); // 3. alone, a number a template left (0375)
    List<Line> all = new ArrayList<>();
    root.flatten(all, false);
    // Sections are 一、/（一） headings above a plan's numbered problems (1. 学习不深的问题 are none)
    int planProblemRank =
        PlanReading.isPlan(all) ? PlanReading.problemRank(all) : Integer.MAX_VALUE;
    Map<Node, SectionKind> kinds = new HashMap<>();
    boolean recognised = false;
    int problemSections = 0;
    boolean kindsOnly = true;
    List<Node> groups = new ArrayList<>();
    for (Node section : root.children) {
      ReadingTime.check();
      boolean canBeSection =
          section.rank() <= Numbering.CHINESE_IN_PARENTHESES && section.rank() < planProblemRank;
      SectionKind kind = canBeSection ? SectionKind.of(head(section).title()) : SectionKind.UNKNOWN;
      if (kind == SectionKind.IGNORED && SectionsWithoutProblems.holdsProblems(section)) {
        kind = SectionKind.PROBLEMS;
      }
      kinds.put(section, kind);
      recognised |=
          kind == SectionKind.PROBLEMS
              || kind == SectionKind.CAUSES
              || kind == SectionKind.MEASURES;
      problemSections += kind == SectionKind.PROBLEMS ? 1 : 0;
      kindsOnly &=
          kind != SectionKind.PROBLEMS || SectionKind.kindOfProblem(head(section).title()) != null;
    }
    if (recognised && kindsOnly) {
      // an inspection list (一、…方面 （一）… 1.… 四、原因分析 五、整改措施), also beside 三、教育收费问题 (not
      // 一、存在的问题): its unrecognised sections with numbered items before the causes are groups
      for (Node section : root.children) {
        SectionKind kind = kinds.get(section);
        if (kind == SectionKind.CAUSES || kind == SectionKind.MEASURES) {
          break;
        }
        if (kind == SectionKind.UNKNOWN
            && section.rank() <= Numbering.CHINESE_IN_PARENTHESES
            && section.rank() < planProblemRank
            && (section.hasItems()
                || (head(section).title().endsWith("方面") && paragraphsOfGroup(section) != null))) {
          kinds.put(section, SectionKind.PROBLEMS);
          groups.add(section);
        }
      }
    }
    if (recognised) {
      preamble(root);
      for (Node section : root.children) {
        // several problem sections are groups, named without their count (0409); one alone naming
        // a kind is that kind (0316, 0321)
        String category =
            problemSections > 1 || groups.contains(section)
                ? SectionKind.withoutCount(head(section).title())
                : SectionKind.kindOfProblem(head(section).title());
        readSection(section, kinds.get(section), category);
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
    // 在…方面，第1个问题表现为… opening every problem of a group: the area is their category (0371)
    return new ParsedDocument(
        List.copyOf(ProblemAreas.categorised(problems)),
        List.copyOf(causes),
        List.copyOf(proposed),
        List.copyOf(warnings));
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

  /** Reads a top-level section; {@code category}, where not null, is its problems' category. */
  private void readSection(Node section, SectionKind kind, String category) {
    if (kind == SectionKind.IGNORED) {
      SectionsWithoutProblems.name(section, warnings);
      return;
    }
    if (kind == SectionKind.CAUSES) {
      readItems(section, (title, description) -> causes.add(new ParsedCause(title, description)));
      return;
    }
    if (kind == SectionKind.PROBLEMS) {
      SectionsWithoutProblems.closingGroupsRemoved(section, warnings);
    }
    List<String> path =
        category != null && kind == SectionKind.PROBLEMS ? List.of(category) : List.of();
    List<Line> lines = new ArrayList<>();
    section.flatten(lines, false);
    // Measures with only 责任单位/完成时限 stay proposed; with 问题表现/整改措施 labels they are a plan, and
    // so are they when no problem was read before them and their items state problems followed by
    // points that act, each with its own duty line: 二、整改任务 / 1．…不规范。 / （1）推行… (0412)
    boolean plan =
        PlanReading.isPlan(lines)
            && (kind != SectionKind.MEASURES
                || PlanReading.namesProblemsOrMeasures(lines)
                || (problems.isEmpty() && MeasuresWithDutyLines.statesProblems(lines)));
    if (plan && kind == SectionKind.MEASURES && !problems.isEmpty()) {
      // 三、整改措施 / 1．针对“理论学习不够深入”问题。整改措施：… / 责任领导：… after the problems: each item
      // the measures of the problem it names; the others are read as the plan's (0424)
      List<Node> linked = MeasuresForProblems.link(section, problems, warnings, year, true);
      section.children.removeAll(linked);
      // 2.健全整改工作机制：… naming none: a problem of its own, never dropped nor paired by position
      section.children.removeAll(
          ItemsNamingNoProblem.read(section, !linked.isEmpty(), problems, warnings, year));
      lines.clear();
      if (section.hasItems()) {
        section.flatten(lines, false);
      }
    }
    if (plan) {
      if (!lines.isEmpty()) {
        new PlanReading(problems, warnings, path, year).read(lines);
      }
    } else if (kind == SectionKind.PROBLEMS) {
      problemReading.readProblems(section, path, true);
    } else if (kind == SectionKind.MEASURES) {
      List<Node> linked = MeasuresForProblems.link(section, problems, warnings, year); // 0318, 0324
      section.children.removeAll(linked);
      // a plan's items with duty lines naming no problem are problems of their own (0427)
      boolean planItems =
          genre == PlanOrReport.Genre.PLAN && ProposedMeasureDuties.anyHoldsDuty(section);
      List<Node> own =
          problems.isEmpty()
              ? List.of()
              : ItemsNamingNoProblem.read(
                  section, !linked.isEmpty() || planItems, problems, warnings, year);
      section.children.removeAll(own);
      int at = warnings.size();
      if ((linked.isEmpty() && own.isEmpty()) || section.hasItems()) {
        if (!ProposedMeasureDuties.read(section, warnings, year, proposed)) { // with duties: 0332
          readItems(section, (t, d) -> proposed.add(new ProposedMeasure(t, d)));
        } else if (!problems.isEmpty() && genre == PlanOrReport.Genre.UNTOLD) {
          warnings.add(at, PlanOrReport.untold(section)); // plan or report: never silent (0427)
        }
      }
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
    content.reach = root.reach;
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
    ignored.forEach(section -> SectionsWithoutProblems.name(section, warnings));
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
    int before = problems.size();
    int warningAt = warnings.size();
    problemReading.readProblems(content, List.of(), false);
    // 一、党的领导弱化方面 / 1.… / 2.…: the headings are the categories of the items under them
    List<String> categories =
        problems.subList(before, problems.size()).stream()
            .filter(p -> !p.categoryPath().isEmpty())
            .map(p -> p.categoryPath().get(0))
            .distinct()
            .toList();
    warnings.add(
        warningAt,
        categories.isEmpty()
            ? "No section heading such as 一、存在的问题 was recognised; the numbered items were read as"
                + " problems."
            : "No section heading such as 一、存在的问题 was recognised: "
                + (categories.size() == 1
                    ? "the heading 「" + shorten(categories.get(0)) + "」 was read as the category"
                    : "the "
                        + categories.size()
                        + " headings 「"
                        + shorten(categories.get(0))
                        + "」… were read as the categories")
                + " of the numbered items under them, and those items as problems.");
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
    problemReading.sectionIntro(section);
    for (Node item : section.children) {
      WrappedHeadings.Joined joined = WrappedHeadings.of(item);
      Head head = joined == null ? head(item) : splitHead(joined.heading());
      List<Line> nested = new ArrayList<>();
      for (Node child : item.children) {
        child.flatten(nested, true);
      }
      StringBuilder description = new StringBuilder(head.rest());
      for (String b : joined == null ? bodyAfterHead(item) : joined.body()) {
        appendLine(description, b);
      }
      for (Line line : nested) {
        appendLine(description, line.text());
      }
      String d = description.toString();
      String whole = joined == null ? headingText(item) : joined.heading();
      sink.accept(head.title(), d.isEmpty() ? whole : d);
    }
  }

  private static void appendLine(StringBuilder into, String line) {
    into.append(into.length() > 0 ? "\n" : "").append(line);
  }
}
