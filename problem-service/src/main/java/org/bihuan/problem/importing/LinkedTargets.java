package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;
import org.bihuan.problem.importing.TableReading.Result;

/**
 * The one problem sheet (or Word table) whose 序号 a table of measures' 问题序号 refer to
 * (docs/decisions/0365). A workbook may hold, beside its 问题清单 and 措施清单, another sheet numbering its
 * own problems 1, 2, 3 (上轮问题, 其他问题): the 措施清单's rows name problems of one sheet, never some of one
 * and some of another. That sheet is, in this order: the one whose name the measures sheet's header
 * or title writes (对应问题清单序号); else, among the sheets that have no 整改措施 of their own (a list of
 * problems waiting for their measures) if there are any, the one where the most rows find their 序号;
 * on a tie, the nearest before the measures sheet, else the first after it.
 */
final class LinkedTargets {

  private LinkedTargets() {}

  /**
   * The table referred to ({@code -1}: none), and what the dry run says when there was a choice
   * (null when only one table has problems).
   */
  record Referred(int table, String said) {}

  /**
   * The table the linked table {@code linking} refers to; {@code resolved} counts the rows of the
   * linked table whose 问题序号 name a problem of table {@code j}.
   */
  static Referred referred(
      List<Grid> tables,
      List<Result> results,
      Header header,
      int linking,
      IntUnaryOperator resolved) {
    Grid grid = tables.get(linking);
    List<Integer> candidates = new ArrayList<>();
    for (int j = 0; j < results.size(); j++) {
      Result r = results.get(j);
      if (j != linking
          && r != null
          && r.header() != null
          && !r.problems().isEmpty()
          && (tables.get(j).sheet() == null) == (grid.sheet() == null)) {
        candidates.add(j);
      }
    }
    if (candidates.size() < 2) {
      return new Referred(candidates.isEmpty() ? -1 : candidates.get(0), null);
    }
    String written = headerText(grid, header);
    for (int j : candidates) {
      String sheet = tables.get(j).sheet();
      if (sheet != null && sheet.strip().length() >= 2 && written.contains(sheet.strip())) {
        return new Referred(j, said(grid, tables.get(j), "its header names it"));
      }
    }
    List<Integer> waiting =
        candidates.stream().filter(j -> !results.get(j).header().has(Column.MEASURE)).toList();
    List<Integer> pool = waiting.isEmpty() ? candidates : waiting;
    int best = -1;
    int found = -1;
    for (int j : pool) {
      int n = resolved.applyAsInt(j);
      boolean nearer = best < 0 || (j < linking && (best > linking || j > best));
      if (n > found || (n == found && nearer)) {
        best = j;
        found = n;
      }
    }
    String why =
        waiting.isEmpty() || waiting.size() == candidates.size()
            ? "the most of its rows find their 序号 there"
            : "it lists problems without 整改措施 of their own";
    return new Referred(best, said(grid, tables.get(best), why));
  }

  /** The header's cells and the title rows above it, as one text. */
  private static String headerText(Grid grid, Header header) {
    StringBuilder text = new StringBuilder();
    for (int r = 0; r <= header.lastRow() && r < grid.rows().size(); r++) {
      for (Grid.Cell c : grid.rows().get(r).cells()) {
        text.append(c.text()).append(' ');
      }
    }
    return text.toString();
  }

  private static String said(Grid linking, Grid target, String why) {
    return name(linking, true)
        + ": its 问题序号 were matched to the 序号 of "
        + name(target, false)
        + " only ("
        + why
        + "), never to another "
        + (target.sheet() == null ? "table" : "sheet")
        + "'s.";
  }

  private static String name(Grid grid, boolean first) {
    if (grid.sheet() == null) {
      return (first ? "Table " : "table ") + grid.table();
    }
    return (first ? "Sheet 「" : "sheet 「") + grid.sheet() + "」";
  }
}
