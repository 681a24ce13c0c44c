package org.bihuan.problem.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;
import org.bihuan.problem.importing.OutlineParser.Line;

/**
 * Which numbered line of a plan is what ({@link Role}), decided group by group from the runs of
 * labelled lines that follow them ({@link LabelRuns}), and whether lines are a plan at all. {@link
 * PlanReading} reads the lines by these roles.
 */
final class PlanRoles {

  private PlanRoles() {}

  /**
   * A plan has at least one responsibility or time-limit label (at the start of a line or after a
   * sentence or clause end), or two 问题表现/整改措施 labels, or a numbered problem followed by its
   * measures (为此，针对上述问题，我们采取以下措施：1.… 2.…, {@link ProblemsAbove#measuresOfTheProblemAbove}: 0358).
   */
  static boolean isPlan(List<Line> lines) {
    int problemOrMeasure = 0;
    Line above = null;
    for (Line line : lines) {
      ReadingTime.check();
      if (ProblemsAbove.measuresOfTheProblemAbove(above, line)) {
        return true;
      }
      above = line;
      for (Labelled l : Labels.find(content(line)).labels()) {
        if (l.label() == Label.PROBLEM || l.label() == Label.MEASURE) {
          problemOrMeasure++;
        } else {
          return true;
        }
      }
    }
    return problemOrMeasure >= 2;
  }

  /** Whether any line has a 问题表现 or 整改措施 label. */
  static boolean namesProblemsOrMeasures(List<Line> lines) {
    for (Line line : lines) {
      ReadingTime.check();
      for (Labelled l : Labels.find(content(line)).labels()) {
        if (l.label() == Label.PROBLEM || l.label() == Label.MEASURE) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the lines hold a plan's problems: labelled lines (isPlan) naming a 问题表现 or 整改措施, and at
   * least one numbered line they make a problem or a group. Decides that a section whose heading
   * reads as holding none (整改落实情况) holds problems after all (docs/decisions/0221).
   */
  static boolean holdsProblems(List<Line> lines) {
    if (!isPlan(lines) || !namesProblemsOrMeasures(lines)) {
      return false;
    }
    Role[] roles = roles(lines);
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] == Role.PROBLEM
          || roles[i] == Role.GROUP
          || (roles[i] == Role.CATEGORY
              && CategoryHeadings.isCategory(lines, LabelRuns.of(lines).labels(), i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part of a line its labels are read from: after its numbering, and after the subject of a
   * 以上问题整改措施：… line ({@link ProblemsAbove#labelledPart}).
   */
  static String content(Line line) {
    return line.numbering() == null
        ? ProblemsAbove.labelledPart(line.text())
        : line.numbering().text();
  }

  /** What a numbered line of a plan is. */
  enum Role {
    /** A group heading: its title goes into the category path of the problems below it. */
    CATEGORY,
    /**
     * A group heading followed by labelled lines of its own (整改措施, 责任单位, 整改时限 for the whole group)
     * before its numbered problems: a category whose measure and duties go to the problems of the
     * group that have none of their own.
     */
    GROUP,
    /** A problem: labelled lines follow it. */
    PROBLEM,
    /** A problem unless it continues the numbered measure points of the problem before it. */
    PROBLEM_OR_POINT,
    /** A line inside the problem above it (a measure point, a paragraph of its description). */
    INSIDE
  }

  /**
   * The shallowest numbering rank of the plan's problems; {@code Integer.MAX_VALUE} when they are
   * not numbered.
   */
  static int problemRank(List<Line> lines) {
    Role[] roles = roles(lines);
    int rank = Integer.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      if (roles[i] == Role.PROBLEM) {
        rank = Math.min(rank, lines.get(i).numbering().rank());
      }
    }
    return rank;
  }

  /** The role of every numbered line (null for the others). */
  static Role[] roles(List<Line> lines) {
    int size = lines.size();
    LabelRuns runs = LabelRuns.of(lines);
    List<List<Labelled>> labels = runs.labels();
    boolean[] owner = runs.owner();
    boolean[] sub = runs.sub();
    boolean[] leadsRun = runs.leadsRun();
    boolean[] labelledProblem = runs.labelledProblem();
    boolean problemsUnnumbered = runs.problemsUnnumbered();
    // 整改措施： then 1. 2. under a problem （1）: the list is the problem's measures, whatever rank
    // its numbering has, never a problem or a category of its own
    boolean[] point = measurePoints(lines, labels, owner);

    // where each numbered line's subtree ends, and what is below it
    int[] end = ends(lines, point);
    // 一、理论学习方面 / 整改措施：…（for the whole group） / 1.…的问题 / 整改措施：… : a line whose labelled lines
    // are followed by numbered problems of its own is a group that gives them its measure
    boolean[] group = new boolean[size];
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      // 1.财务审批不规范。 then its 整改措施, then 问题2：… or ⑵…: a sentence closed by 。 at an item's
      // rank is a problem, never a group heading, whatever is numbered below it (0251)
      boolean sentence =
          owner[i]
              && lines.get(i).numbering() != null
              && lines.get(i).numbering().rank() >= Numbering.ARABIC
              && labels.get(i).isEmpty()
              && lines.get(i).numbering().text().strip().endsWith("。");
      for (int j = i + 1; owner[i] && !sentence && j < end[i]; j++) {
        if (owner[j]) {
          owner[i] = false;
          group[i] = true;
        }
      }
    }
    // （二）作风建设方面 / 整改措施：… 责任单位：… (for the whole group) / 1.文风会风不实。 / 2.… : a heading
    // whose labelled lines are followed by numbered items unlabelled, at the rank the plan's other
    // problems have, is a group and those items are its problems (0221) — also when its lines are
    // only duties (责任单位, 整改时限), which never go to the problem of an earlier group
    ProblemRanks problemRanks = new ProblemRanks(lines, owner);
    for (int i : runs.runOwners()) {
      ReadingTime.check();
      // a problem numbered in its label (问题1：) has no numbering rank to compare
      if (group[i] || point[i] || lines.get(i).numbering() == null) {
        continue;
      }
      int rank = lines.get(i).numbering().rank();
      int problemRank = problemRanks.shallowestOutside(i, end[i]);
      if (problemRank == Integer.MAX_VALUE || rank >= problemRank) {
        continue;
      }
      List<Integer> items = new ArrayList<>();
      for (int j = i + 1; j < end[i]; j++) {
        Numbering n = lines.get(j).numbering();
        if (n != null && !point[j] && n.rank() == problemRank) {
          items.add(j);
        }
      }
      if (!items.isEmpty()) {
        problemRanks.mark(i, false);
        group[i] = true;
        for (int j : items) {
          problemRanks.mark(j, true);
        }
      }
    }
    int[] ownersBefore = new int[size + 1];
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      ownersBefore[i + 1] = ownersBefore[i] + (owner[i] ? 1 : 0);
    }

    Role[] roles = new Role[size];
    int openRank = -1; // the rank of the problem being read, -1 when none
    boolean problemOpen = false;
    int categoryRank = Integer.MIN_VALUE;
    // a 问题1： problem is open (mixed numbering): a line deeper than its group is inside it
    boolean labelledOpen = false;
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      Numbering n = lines.get(i).numbering();
      if (labelledProblem[i]) {
        labelledOpen = true;
        openRank = -1;
        continue;
      }
      if (n == null) {
        if (problemsUnnumbered
            && !labels.get(i).isEmpty()
            && labels.get(i).get(0).label() == Label.PROBLEM) {
          problemOpen = true;
        }
        continue;
      }
      int rank = n.rank();
      boolean numberedBelow = end[i] > i + 1 && hasNumbered(lines, point, i + 1, end[i]);
      boolean inGroup = ownersBefore[end[i]] - ownersBefore[i + 1] > 0;
      if (point[i] || sub[i]) {
        roles[i] = Role.INSIDE;
      } else if (labelledOpen && !owner[i] && !inGroup && rank > categoryRank) {
        roles[i] = Role.INSIDE;
      } else if (problemsUnnumbered && owner[i] && leadsRun[i]) {
        // （6）公车管理不规范。 then 整改措施：… among problems named by 问题表现 labels: a problem (0248)
        roles[i] = Role.PROBLEM;
        problemOpen = true;
      } else if (problemsUnnumbered) {
        // inside a 问题表现 problem, only a heading as shallow as the group's opens another group
        boolean inside = problemOpen && rank > categoryRank;
        roles[i] = inside ? Role.INSIDE : Role.CATEGORY;
        if (!inside) {
          problemOpen = false;
          categoryRank = rank;
        }
      } else if (owner[i]) {
        roles[i] = Role.PROBLEM;
        openRank = rank;
        labelledOpen = false;
      } else if (inGroup) {
        roles[i] = group[i] ? Role.GROUP : Role.CATEGORY;
        openRank = -1;
        labelledOpen = false;
        categoryRank = rank;
      } else if (openRank >= 0 && rank > openRank) {
        roles[i] = Role.INSIDE;
      } else if (numberedBelow && (openRank < 0 || rank < openRank)) {
        roles[i] = Role.CATEGORY;
        openRank = -1;
      } else {
        roles[i] = Role.PROBLEM_OR_POINT;
        openRank = Math.max(openRank, rank);
      }
      if ((roles[i] == Role.PROBLEM || roles[i] == Role.PROBLEM_OR_POINT)
          && CategoryHeadings.isCategory(lines, labels, i)) {
        // （一）理论学习方面 / 【问题】…: the heading is the category of the 【问题】 problem below it
        roles[i] = Role.CATEGORY;
        openRank = -1;
      }
      if ((roles[i] == Role.PROBLEM || roles[i] == Role.PROBLEM_OR_POINT)
          && FieldHeadings.headsUnnumberedProblem(lines, labels, i)) {
        // （二）队伍建设方面 / 干部队伍老化。 / 整改措施：…: the heading is the category of the line (0331)
        roles[i] = Role.GROUP;
        openRank = -1;
      }
    }
    return roles;
  }

  /**
   * The numbered lines that are measure points of the problem above them: a list numbered from 1 in
   * one style right after a 整改措施 label with nothing after it (整改措施： on a line of its own, or at the
   * end of the problem's line), up to the first line numbered otherwise or a line that is itself a
   * problem. Duty lines between the points (责任单位：…) keep the list open.
   */
  private static boolean[] measurePoints(
      List<Line> lines, List<List<Labelled>> labels, boolean[] owner) {
    boolean[] point = new boolean[lines.size()];
    int expected = 0;
    int rank = -1;
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      Numbering n = lines.get(i).numbering();
      List<Labelled> found = labels.get(i);
      if (n != null && expected > 0) {
        boolean next =
            !owner[i]
                && n.number() == expected
                && (expected == 1 ? n.rank() >= Numbering.ARABIC : n.rank() == rank)
                && (found.isEmpty() || found.get(0).label() != Label.PROBLEM);
        if (next) {
          point[i] = true;
          rank = n.rank();
          expected++;
        } else {
          expected = 0;
        }
      }
      if (found.isEmpty()) {
        continue;
      }
      Labelled last = found.get(found.size() - 1);
      if (last.label() == Label.MEASURE && last.value().isBlank() && !point[i]) {
        expected = 1;
      } else if (found.get(0).label() == Label.PROBLEM) {
        expected = 0;
      }
    }
    return point;
  }

  /** For each numbered line, the index of the first line after its subtree. */
  private static int[] ends(List<Line> lines, boolean[] point) {
    int size = lines.size();
    int[] end = new int[size];
    ArrayDeque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      Numbering n = lines.get(i).numbering();
      if (n == null || point[i]) {
        end[i] = i + 1;
        continue;
      }
      while (!open.isEmpty() && lines.get(open.peek()).numbering().rank() >= n.rank()) {
        end[open.pop()] = i;
      }
      open.push(i);
    }
    while (!open.isEmpty()) {
      end[open.pop()] = size;
    }
    return end;
  }

  private static boolean hasNumbered(List<Line> lines, boolean[] point, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lines.get(i).numbering() != null && !point[i]) {
        return true;
      }
    }
    return false;
  }
}
