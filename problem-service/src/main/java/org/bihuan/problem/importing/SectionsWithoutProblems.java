package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParser.head;
import static org.bihuan.problem.importing.OutlineParser.shorten;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.OutlineParser.Line;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * The sections and groups of an outline that hold no problems (工作要求, 保障措施, 组织领导…): which they are,
 * and the warnings that name them, for they are not imported (docs/decisions/0221, 0272).
 */
final class SectionsWithoutProblems {

  private SectionsWithoutProblems() {}

  /**
   * A section whose heading reads as one that holds no problems (整改落实情况, 问题整改情况) holds them all the
   * same when its content says so (docs/decisions/0221): numbered items with their 整改措施 and 责任/时限
   * lines, or — under a heading that names 问题 with 整改情况/落实情况 — numbered items at all. Skipped is
   * only a section that really holds none (prose, 工作要求 without labelled items).
   */
  static boolean holdsProblems(Node section) {
    List<Line> lines = new ArrayList<>();
    section.flatten(lines, false);
    return PlanReading.holdsProblems(lines)
        || (SectionKind.reportsOnProblems(head(section).title()) && section.hasItems());
  }

  /**
   * A section known to hold no problems (工作要求, 保障措施, 组织领导…): named with its lines, not imported.
   */
  static void name(Node section, List<String> warnings) {
    warnings.add(
        "Lines "
            + section.number
            + "–"
            + section.lastNumber()
            + ": the section 「"
            + shorten(section.line)
            + "」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was not imported.");
  }

  /**
   * The groups a problems section ends with that hold no problems — （六）工作要求, 组织保障, 有关要求: a heading
   * that reads as such ({@link SectionKind#holdsNoProblems}) with no 问题/整改措施 label under it — are
   * taken out of the section and named, as such sections are (0272).
   */
  static void closingGroupsRemoved(Node section, List<String> warnings) {
    while (!section.children.isEmpty()) {
      Node last = section.children.get(section.children.size() - 1);
      List<Line> lines = new ArrayList<>();
      last.flatten(lines, true);
      if (!SectionKind.holdsNoProblems(head(last).title())
          || PlanReading.namesProblemsOrMeasures(lines)) {
        return;
      }
      section.children.remove(section.children.size() - 1);
      warnings.add(
          "Lines "
              + last.number
              + "–"
              + last.lastNumber()
              + ": the group 「"
              + shorten(last.line)
              + "」 at the end of the section 「"
              + shorten(section.line)
              + "」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was not imported.");
    }
  }
}
