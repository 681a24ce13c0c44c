package org.bihuan.problem.importing;

import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * A worksheet holding a 整改清单's two tables one under the other (docs/decisions/0365): the problems
 * (序号 | 问题描述 | …), then, below them, a header of measures naming their problem by 问题序号 (问题序号 | 整改措施
 * | 责任单位 | 完成时限) and its rows. The sheet is read as two tables of the same sheet, the lower one a
 * table of measures linked to the upper one's problems ({@link LinkedSheets}), so that its rows are
 * measures of those problems and never problems of their own.
 */
final class MeasuresUnderProblems {

  private MeasuresUnderProblems() {}

  /** The sheet as its problems table and its measures table, or the grid alone. */
  static List<Grid> split(Grid grid) {
    if (grid.sheet() == null) {
      return List.of(grid);
    }
    TableReading.Header header = TableReading.header(grid);
    if (header == null) {
      return List.of(grid);
    }
    List<Grid.Row> rows = grid.rows();
    for (int r = header.lastRow() + 1; r < rows.size(); r++) {
      List<Column> kinds = Arrays.asList(TableHeaders.columns(rows.get(r)));
      if (!kinds.contains(Column.PROBLEM_REF)
          || !kinds.contains(Column.MEASURE)
          || kinds.contains(Column.PROBLEM)
          || TableHeaders.holdsData(rows.get(r))) {
        continue;
      }
      Grid below = grid.withRows(List.copyOf(rows.subList(r, rows.size())));
      if (LinkedSheets.header(below) != null) {
        return List.of(grid.withRows(List.copyOf(rows.subList(0, r))), below);
      }
    }
    return List.of(grid);
  }
}
