package org.bihuan.problem.importing;

import java.util.List;
import java.util.Set;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;
import org.bihuan.problem.importing.OutlineParser.Line;

/**
 * A plan without 整改措施 labels whose problems are numbered items (1、校园食堂食品安全管理存在漏洞。) followed at once
 * by measures numbered one rank deeper (①, （1）, ⑴), each measure on its own line with a duty line
 * of its own below it (完成时限：…；责任人：…；分管领导：…；责任单位：…): the item is the problem and the numbered lines
 * under it are its measures (docs/decisions/0401). A numbered line that holds duty lines and has no
 * such item above it stays a problem.
 */
final class MeasuresWithDutyLines {

  private MeasuresWithDutyLines() {}

  /**
   * The index of the problem whose measure line {@code i} is, or -1: line {@code i} is numbered
   * (（1）, ①, ⑴) under a sentence numbered at an item's rank (1、 1.) that has no label, and the
   * first numbered line under that sentence is point 1 at the same rank with a duty line of its
   * own.
   *
   * @param dutiesBelow the numbered lines a run of duty lines follows
   */
  static int problemOf(
      List<Line> lines, List<List<Labelled>> labels, int i, Set<Integer> dutiesBelow) {
    Numbering n = lines.get(i).numbering();
    if (n == null || !dutiesBelow.contains(i) || n.rank() < Numbering.ARABIC_IN_PARENTHESES) {
      return -1;
    }
    int p = i - 1;
    while (p >= 0
        && (lines.get(p).numbering() == null || lines.get(p).numbering().rank() >= n.rank())) {
      p--;
    }
    if (p < 0) {
      return -1;
    }
    Numbering item = lines.get(p).numbering();
    if (item.rank() < Numbering.ARABIC
        || !labels.get(p).isEmpty()
        || ProblemText.isTitleLine(item.text())
        || item.text().strip().endsWith("方面")) {
      return -1;
    }
    int first = p + 1;
    while (first < i && lines.get(first).numbering() == null && labels.get(first).isEmpty()) {
      first++;
    }
    Numbering point = lines.get(first).numbering();
    return point != null
            && point.rank() == n.rank()
            && point.number() == 1
            && dutiesBelow.contains(first)
        ? p
        : -1;
  }

  /**
   * Whether the numbered line {@code i}, inside a problem whose text is being read, is its first
   * measure: point 1, deeper than the problem, its duty line (no text before the labels) following
   * after the lines its text runs on.
   */
  static boolean opensFirst(List<Line> lines, int i, int problemRank) {
    Numbering n = lines.get(i).numbering();
    if (n == null || n.number() != 1 || n.rank() <= problemRank) {
      return false;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      Line line = lines.get(j);
      if (line.numbering() != null) {
        return false;
      }
      Labels.Split split = Labels.find(PlanRoles.content(line));
      if (split.labels().isEmpty()) {
        continue;
      }
      Label first = split.labels().get(0).label();
      return split.prefix().isBlank()
          && first != Label.PROBLEM
          && first != Label.MEASURE
          && first != Label.OTHER
          && first != Label.PROGRESS;
    }
    return false;
  }
}
