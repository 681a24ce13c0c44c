package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.OutlineParser.Line;
import org.bihuan.problem.importing.PlanRoles.Role;

/**
 * Reads the rectification-plan genre line by line: numbered problems, each followed by labelled
 * lines (问题表现：, 整改措施：, 责任领导：, 责任单位：, 责任人：, 整改时限：…), grouped under headings that become the category
 * path.
 *
 * <p>Which numbered lines are problems is decided group by group, not once for the document: a
 * problem is the numbered line that a run of labelled lines (starting with 问题表现 or 整改措施 where the
 * plan has such labels) follows, whatever its numbering, so group （三） may number its problems
 * （1）（2） while （一）（二） used 1. 2.; a numbered line with problems below it is a category; a deeper
 * numbered line inside a problem belongs to it (for instance （1）（2） measure points). A 整改措施 that
 * enumerates several points (（1）…（2）…, 一是…二是…) gives one measure per point; responsibility and
 * time-limit lines apply to the measures above them that came since the previous such lines (so a
 * plan may give each point its own unit and date), and lines given before any measure apply to all
 * of the problem's measures.
 *
 * <p>No line after the first problem is dropped: a line that fits nowhere becomes part of the
 * problem before it, or a problem of its own, with a warning naming its line number. Nor is the
 * line before the first problem that a 整改措施 or duty line under no problem follows: it is that
 * problem's text, with a warning (0285). A problem numbered N-M or N.M under a group numbered
 * otherwise than N is read in that group with a warning ({@link ItemsOfGroup}).
 *
 * <p>This class reads the lines in order, by their roles ({@link PlanRoles}), opening problems and
 * groups; what a line adds to the open problem is {@link OpenProblem}'s, and the drafts become
 * problems in {@link PlanProblems} (docs/decisions/0265).
 */
final class PlanReading {

  private final List<String> warnings;

  /** The problems the drafts become, with the warnings. */
  private final PlanProblems finished;

  /** The problem being read. */
  private final OpenProblem open;

  PlanReading(List<ParsedProblem> problems, List<String> warnings, List<String> basePath) {
    this(problems, warnings, basePath, null);
  }

  /** {@code year}: the document's year, in which a month without one is read (null: none). */
  PlanReading(
      List<ParsedProblem> problems, List<String> warnings, List<String> basePath, Integer year) {
    this.warnings = warnings;
    this.finished = new PlanProblems(problems, warnings, year);
    this.open = new OpenProblem(warnings, basePath);
  }

  /** {@link PlanRoles#isPlan}. */
  static boolean isPlan(List<Line> lines) {
    return PlanRoles.isPlan(lines);
  }

  /** {@link PlanRoles#namesProblemsOrMeasures}. */
  static boolean namesProblemsOrMeasures(List<Line> lines) {
    return PlanRoles.namesProblemsOrMeasures(lines);
  }

  /** {@link PlanRoles#holdsProblems}. */
  static boolean holdsProblems(List<Line> lines) {
    return PlanRoles.holdsProblems(lines);
  }

  /** {@link PlanRoles#problemRank}. */
  static int problemRank(List<Line> lines) {
    return PlanRoles.problemRank(lines);
  }

  /** 整改目标：/目标要求：/目标：, what a problem's measures are to achieve (not 工作目标：…). */
  static final java.util.regex.Pattern GOAL =
      java.util.regex.Pattern.compile("(?:整改目标|目标要求|(?<![\\u4e00-\\u9fff])目标)\\s*[：:]");

  private final List<Numbering> categoryStack = new ArrayList<>();

  /** The labelled lines of groups ({@link Role#GROUP}) given for all of their problems. */
  private final List<PlanProblemDraft> groupDuties = new ArrayList<>();

  /** The 以上问题… lines ({@link ProblemsAbove}) with the problems each is for. */
  private final List<ProblemsAbove.Given> problemsAbove = new ArrayList<>();

  /** How many problems were read before the last group heading or 以上问题… line. */
  private int sinceGroup;

  /** The index of the last 以上问题… line read, -1 before any. */
  private int abovePrevious = -1;

  private int lastProblemNumber;

  /** The N-M numbers of the problems read since the group heading, with their lines (0291). */
  private final java.util.Map<String, Integer> numbersInGroup = new java.util.HashMap<>();

  /** The number and rank of the last measure point numbered at the problem's rank. */
  private int lastPointNumber;

  /** The index of the last line that gave a measure its text and duties at once, -1 before any. */
  private int measureWithDuties = -1;

  void read(List<Line> lines) {
    Role[] roles = PlanRoles.roles(lines);
    int[] measureOf = MeasuresWithDutyLines.problems(lines);
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      Line line = lines.get(i);
      open.lineNumber = line.number();
      Numbering n = line.numbering();
      Role role = roles[i];
      if (role == Role.CATEGORY || role == Role.GROUP) {
        open.close();
        sinceGroup = open.drafts.size();
        while (!categoryStack.isEmpty()
            && categoryStack.get(categoryStack.size() - 1).rank() >= n.rank()) {
          categoryStack.remove(categoryStack.size() - 1);
          open.categoryPath.remove(open.categoryPath.size() - 1);
        }
        categoryStack.add(n);
        Labels.Split split = Labels.find(n.text());
        String heading =
            role == Role.GROUP && !split.prefix().isEmpty() ? split.prefix() : n.text();
        String title = ProblemText.titleOf(heading);
        open.categoryPath.add(title);
        open.freshCategory = title;
        lastProblemNumber = 0;
        numbersInGroup.clear();
        if (role == Role.GROUP) {
          // the group's own labelled lines are read as a problem's would be, then handed down
          open.current =
              new PlanProblemDraft(
                  open.basePath, List.copyOf(open.categoryPath), n.rank(), open.lineNumber);
          open.current.group = true;
          open.groupHeading = open.current;
          groupDuties.add(open.current);
          open.block = OpenProblem.Block.DESCRIPTION;
          if (heading != n.text()) {
            open.labels(split.labels());
          }
        }
        continue;
      }
      if (role == Role.PROBLEM || (role == Role.PROBLEM_OR_POINT && startsProblem(n))) {
        startProblem(n);
        continue;
      }
      // 以上问题责任领导：…: the duties of the problems above, since the group heading
      List<Labels.Labelled> above = n == null ? ProblemsAbove.duties(line.text()) : null;
      if (above != null) {
        open.close();
        // 以上问题责任单位均为… then 以上问题的责任领导均为…: lines in a row are for the same problems
        List<PlanProblemDraft> scope =
            i > 0 && abovePrevious == i - 1
                ? problemsAbove.get(problemsAbove.size() - 1).problems()
                : List.copyOf(open.drafts.subList(sinceGroup, open.drafts.size()));
        // 以上问题整改措施：…: a measure of those problems, with the duty lines after it (0284)
        PlanProblemDraft shared =
            ProblemsAbove.opensSharedMeasure(above)
                ? new PlanProblemDraft(List.of(), List.of(), Integer.MAX_VALUE, open.lineNumber)
                : null;
        problemsAbove.add(
            new ProblemsAbove.Given(open.lineNumber, line.text(), above, scope, shared));
        sinceGroup = open.drafts.size();
        abovePrevious = i;
        if (shared != null) {
          shared.group = true;
          open.current = shared;
          open.labels(above);
        }
        continue;
      }
      if (n != null && open.current != null && n.rank() == open.current.rank) {
        lastPointNumber = n.number();
      }
      Labels.Split split = Labels.find(PlanRoles.content(line));
      if (split.labels().isEmpty() && n != null && measureOf[i] >= 0 && open.current != null) {
        // 1、食堂管理存在漏洞。 / ①落实陪餐制度。 / 完成时限：… : the problem's next measure (0406)
        open.current.openMeasures(n.text().strip(), open.lineNumber);
        open.block = OpenProblem.Block.MEASURE;
      } else if (split.labels().isEmpty() && n == null && opensUnnumberedMeasure(lines, i)) {
        // 近期：开展清查。 among measures, or a measure line its own duty line follows after the
        // duties of the measure before it: the next measure (0306)
        open.current.openMeasures(line.text(), open.lineNumber);
        open.block = OpenProblem.Block.MEASURE;
      } else if (split.labels().isEmpty()) {
        open.continuation(line.text(), n != null);
      } else if ((n != null && opensMeasure(split))
          || (n == null && measureWithDuties == i - 1 && nextMeasureWithDuties(split))) {
        // （1）落实保洁责任，责任单位：… under a problem: a measure with its own responsibility; so is
        // a line without a number written as the one before it, text then duties (0299)
        open.current.openMeasures(withoutTrailingMarks(split.prefix()), open.lineNumber);
        open.block = OpenProblem.Block.MEASURE;
        open.labels(split.labels());
        measureWithDuties = n == null ? i : -1;
      } else if (open.block == OpenProblem.Block.MEASURE
          && open.current != null
          && open.current.itemWithDuties(n, split, open.lineNumber)) {
        // （1）制定计划。 / （2）开展检查。责任人：张三, or its bracket of duties: the duties on an item's
        // line are that item's only, not those of the items above it (docs/decisions/0376)
        PlanProblemDraft itemOf = open.current;
        open.labels(split.labels());
        itemOf.duties.itemDuties = false;
        measureWithDuties = -1;
      } else {
        if (!split.prefix().isEmpty()) {
          measureWithDuties =
              n == null && open.block == OpenProblem.Block.MEASURE && DutyLines.dutyFirst(split)
                  ? i
                  : -1;
          // 建立台账，责任单位：…: the comma before the duties is no part of the measure
          String text =
              measureWithDuties == i ? withoutTrailingMarks(split.prefix()) : split.prefix();
          open.continuation(n == null ? text : n.marker() + text, n != null);
        }
        open.labels(split.labels());
      }
      if (open.current != null) {
        open.current.last = Math.max(open.current.last, open.lineNumber);
      }
      if (abovePrevious >= 0
          && open.current == problemsAbove.get(problemsAbove.size() - 1).shared()) {
        abovePrevious = i; // a 以上问题… line after the shared measure's duties: the same problems
      }
    }
    open.close();
    finished.add(groupDuties, problemsAbove, open.drafts);
  }

  /** A numbered point of the open problem, not under 整改措施, with its text and duties. */
  private boolean opensMeasure(Labels.Split split) {
    Label first = split.labels().get(0).label();
    return open.current != null
        && !split.prefix().isEmpty()
        && first != Label.PROBLEM
        && first != Label.MEASURE
        && open.block != OpenProblem.Block.MEASURE;
  }

  /**
   * A line of a measure's text, then its duties (开展专题研讨，责任单位：宣传部，整改时限：…), after a line written the
   * same way, its duties read: the next measure, not a line added to the description
   * (docs/decisions/0299). Text too short to be a measure (科，责任人：… of a wrapped unit) is not.
   */
  private boolean nextMeasureWithDuties(Labels.Split split) {
    return open.current != null
        && open.block == OpenProblem.Block.RESPONSIBILITY
        && open.current.hasMeasures()
        && DutyLines.dutyFirst(split)
        && split.prefix().replaceAll("[，,；;、。\\s]", "").length() >= MEASURE_TEXT;
  }

  private static String withoutTrailingMarks(String text) {
    return text.replaceAll("[，,；;、\\s]+$", "");
  }

  /**
   * A line without a number or label among the open problem's measures that is the next measure:
   * one named by its term (近期：…, {@link MeasureTerms}), or one after the duty lines of the measure
   * before it that a duty line follows at once (全面清理凭证 / 责任单位：… 整改时限：… / 修订管理办法 / 责任单位：…), as a
   * measure line with its duties on the same line is (0299, docs/decisions/0306).
   */
  private boolean opensUnnumberedMeasure(List<Line> lines, int i) {
    if (open.current == null
        || !open.current.hasMeasures()
        || (open.block != OpenProblem.Block.MEASURE
            && open.block != OpenProblem.Block.RESPONSIBILITY)) {
      return false;
    }
    String text = lines.get(i).text();
    if (MeasureTerms.leads(text)) {
      return true;
    }
    if (open.block != OpenProblem.Block.RESPONSIBILITY
        || i + 1 >= lines.size()
        || lines.get(i + 1).numbering() != null
        || GOAL.matcher(text).lookingAt()
        || text.replaceAll("[，,；;、。\\s]", "").length() < MEASURE_TEXT) {
      return false;
    }
    Labels.Split next = Labels.find(PlanRoles.content(lines.get(i + 1)));
    return DutyLines.isDutyLine(next);
  }

  /** The fewest characters of a measure's text before its duties on one line. */
  private static final int MEASURE_TEXT = 4;

  private void startProblem(Numbering n) {
    open.close();
    // a problem shallower than the open groups closes them
    while (!categoryStack.isEmpty()
        && categoryStack.get(categoryStack.size() - 1).rank() >= n.rank()) {
      categoryStack.remove(categoryStack.size() - 1);
      open.categoryPath.remove(open.categoryPath.size() - 1);
    }
    String miscounted =
        ItemsOfGroup.mismatch(
            n,
            categoryStack.isEmpty() ? null : categoryStack.get(categoryStack.size() - 1),
            open.lineNumber);
    if (miscounted != null) {
      warnings.add(miscounted);
    }
    String repeated = ItemsOfGroup.repeated(n, numbersInGroup, open.lineNumber);
    if (repeated != null) {
      warnings.add(repeated);
    }
    open.current = open.newDraft(n.rank());
    lastProblemNumber = n.number();
    open.current.number = n.number();
    lastPointNumber = 0;
    Labels.Split split = Labels.find(n.text());
    open.current.heading = split.prefix();
    open.current.marker = n.rank() == Numbering.POINT ? n.marker().strip() : null;
    open.block = OpenProblem.Block.DESCRIPTION;
    open.labels(split.labels());
  }

  /**
   * A line at the problem rank starts a new problem unless it continues the numbering of measure
   * points inside the current problem (plans that number both with 1.).
   */
  private boolean startsProblem(Numbering n) {
    if (open.current == null
        || open.current.group
        || !open.current.hasMeasures()
        || n.rank() < open.current.rank) {
      return true;
    }
    if (open.block == OpenProblem.Block.MEASURE && n.number() == lastPointNumber + 1) {
      return false;
    }
    return n.number() == lastProblemNumber + 1;
  }
}
