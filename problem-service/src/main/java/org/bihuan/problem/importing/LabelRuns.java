package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;
import org.bihuan.problem.importing.OutlineParser.Line;

/**
 * The runs of labelled lines of a plan (问题表现：, 整改措施：, 责任单位：…) and the numbered lines that own them:
 * where {@link PlanRoles} starts, before it tells groups, measure points and categories from the
 * problems.
 *
 * @param labels each line's labels
 * @param owner the lines that own a run: the plan's problems, as far as the runs tell
 * @param sub points between an item and its labelled lines, which are the item's (0248)
 * @param leadsRun an unlabelled numbered line followed at once by its 整改措施
 * @param labelledProblem a problem numbered in its label (问题1：) beside items numbered by their
 *     lines
 * @param problemsUnnumbered more 问题表现 lines than numbered problems: those lines are the problems
 * @param runOwners every line a run follows or is on, those of 问题表现 and 整改措施 runs first
 */
record LabelRuns(
    List<List<Labelled>> labels,
    boolean[] owner,
    boolean[] sub,
    boolean[] leadsRun,
    boolean[] labelledProblem,
    boolean problemsUnnumbered,
    Set<Integer> runOwners) {

  static LabelRuns of(List<Line> lines) {
    int size = lines.size();
    List<List<Labelled>> labels = new ArrayList<>(size);
    for (Line line : lines) {
      ReadingTime.check();
      labels.add(Labels.find(PlanRoles.content(line)).labels());
    }
    // Runs of labelled lines; each run belongs to the numbered line it follows (or is on).
    List<Integer> strong = new ArrayList<>();
    List<Integer> weak = new ArrayList<>();
    Map<Integer, Integer> runsUnder = new TreeMap<>();
    Map<Integer, Integer> parentOf = new TreeMap<>();
    // 问题1：… / 问题一：… lines: problems numbered in their label, each its own run's owner
    List<Integer> selfNumbered = new ArrayList<>();
    List<Integer> strongAbove = new ArrayList<>();
    int lastNumbered = -1;
    boolean labelSince = false;
    int unnumbered = 0;
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      Numbering n = lines.get(i).numbering();
      List<Labelled> found = labels.get(i);
      if (n != null && found.isEmpty()) {
        lastNumbered = i;
        labelSince = false;
        continue;
      }
      if (found.isEmpty()) {
        continue;
      }
      Label first = found.get(0).label();
      if (first == Label.PROBLEM && n == null) {
        unnumbered++; // 问题表现： on a line of its own
        if (Labels.numbersProblem(found.get(0))) {
          selfNumbered.add(i);
          if (!labelSince && lastNumbered >= 0) {
            strongAbove.add(lastNumbered);
          }
          labelSince = true;
          continue;
        }
      }
      if (labelSince) {
        continue;
      }
      labelSince = true;
      int owner = n != null ? i : lastNumbered;
      if (owner < 0) {
        continue;
      }
      (first == Label.PROBLEM || first == Label.MEASURE ? strong : weak).add(owner);
      if (owner == i && lastNumbered >= 0) {
        parentOf.put(i, lastNumbered);
        runsUnder.merge(lastNumbered, 1, Integer::sum);
      }
    }
    // （2）食堂管理不规范。 / 一是…；二是…；三是… / 整改措施：… : points (or sub-points) between an item and
    // its labelled lines are the item's, never problems of their own (0248)
    boolean[] sub = new boolean[size];
    ItemPoints.ownedByItemAbove(lines, labels, strong, sub);
    ItemPoints.ownedByItemAbove(lines, labels, weak, sub);
    // more 问题表现 lines than numbered problems: the problems are the 问题表现 lines themselves
    boolean problemsUnnumbered = unnumbered > strong.size() + strongAbove.size();
    // problems numbered in their labels beside problems numbered by their lines (a group 1. then
    // a group 问题1：): each 问题1： line is a problem, and the heading above it is its group
    boolean mixed = !problemsUnnumbered && !selfNumbered.isEmpty();
    if (!mixed) {
      strong.addAll(strongAbove);
      strong.sort(null);
    }
    List<Integer> ownerLines = strong.isEmpty() && !mixed ? weak : strong;
    boolean[] owner = new boolean[size];
    // 1、食堂管理存在漏洞。 / ①落实陪餐制度。 / 完成时限：…；责任人：… : the item is the problem, its
    // points with their own duty lines its measures (0406)
    int[] measureOf = MeasuresWithDutyLines.problems(lines, labels);
    for (int i : weak) {
      if (measureOf[i] >= 0) {
        owner[measureOf[i]] = true;
      }
    }
    for (int i : ownerLines) {
      if (measureOf[i] >= 0) {
        continue;
      }
      Integer parent = parentOf.get(i);
      int rank = lines.get(i).numbering().rank();
      boolean underTitle = parent != null && lines.get(parent).numbering().rank() < rank;
      Labels.Split own = Labels.find(PlanRoles.content(lines.get(i)));
      boolean bare = !own.labels().isEmpty() && own.prefix().isEmpty();
      // （二）纪律方面 / 1.存在问题：公车私用 : a group's only problem, numbered, stays the problem
      boolean problemUnderGroup =
          bare
              && own.labels().get(0).label() == Label.PROBLEM
              && lines.get(parent == null ? i : parent).numbering().rank()
                  <= Numbering.CHINESE_IN_PARENTHESES;
      if (underTitle && bare && runsUnder.get(parent) == 1 && !problemUnderGroup) {
        // 1.学习不深的问题 / （1）整改措施：… : a number in front of a lone label is no problem title
        owner[parent] = true;
      } else if (underTitle && strong.isEmpty() && rank >= Numbering.ARABIC_IN_PARENTHESES) {
        // 1.垃圾清理不及时 / （1）落实保洁责任，责任单位：… : the points are the problem's measures
        owner[parent] = true;
      } else {
        owner[i] = true;
      }
    }
    // an unlabelled numbered line followed at once by its 整改措施 (one followed by a 问题表现 heads it)
    boolean[] leadsRun = new boolean[size];
    for (int i : strong) {
      leadsRun[i] =
          labels.get(i).isEmpty()
              && i + 1 < size
              && lines.get(i + 1).numbering() == null
              && !labels.get(i + 1).isEmpty()
              && labels.get(i + 1).get(0).label() == Label.MEASURE;
    }
    boolean[] labelledProblem = new boolean[size];
    if (mixed) {
      for (int i : selfNumbered) {
        owner[i] = true;
        labelledProblem[i] = true;
      }
    }
    Set<Integer> runOwners = new LinkedHashSet<>(strong);
    runOwners.addAll(weak);
    runOwners.addAll(strongAbove);
    return new LabelRuns(
        labels, owner, sub, leadsRun, labelledProblem, problemsUnnumbered, runOwners);
  }
}
