package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * The 整改任务书 form: one two-column Word table per problem, each row a label and its value (问题描述 | … /
 * 整改措施 | … / 责任领导 | … / 责任单位 | … / 责任人 | … / 整改时限 | …), often under a heading paragraph 问题1
 * (docs/decisions/0360). Such a table is read as a task list of one row: its labels are the header,
 * its values the row, so the problem gets its measure and duties and no label becomes a category. A
 * table is such a form only when every row is a label naming a column the importer reads (each at
 * most once) beside one value, among them a 问题 and a 措施 label. Forms are drawn in other ways too
 * (docs/decisions/0365): two label/value pairs side by side in one row (问题名称 | … | 责任单位 | …), a
 * title row merged across the table above the labels, a value merged across the columns to its
 * right, a label wrapped over two lines of its cell (整改 / 时限).
 */
final class TaskForms {

  private TaskForms() {}

  /** The form as a table of one row under its labels, or the table as it is. */
  static Grid asTaskList(Grid grid) {
    List<Grid.Row> rows = grid.rows();
    if (grid.sheet() != null || rows.size() < 3) {
      return grid;
    }
    List<Grid.Cell> labels = new ArrayList<>();
    List<Grid.Cell> values = new ArrayList<>();
    Set<Column> named = EnumSet.noneOf(Column.class);
    for (Grid.Row row : rows) {
      if (row.isBlank()) {
        continue;
      }
      List<Grid.Cell> cells = distinct(row);
      if (cells.size() == 1 && labels.isEmpty() && row.cells().size() > 1) {
        continue; // a title merged across the table above its labels (整改任务书（二）)
      }
      if (cells.size() < 2 || cells.size() % 2 != 0) {
        return grid;
      }
      // label | value, or label | value | label | value side by side (问题名称 | … | 责任单位 | …)
      for (int i = 0; i < cells.size(); i += 2) {
        Grid.Cell label = cells.get(i);
        if (label.text().isBlank() && cells.get(i + 1).text().isBlank()) {
          continue; // a pair left empty at the row's end
        }
        Column column = TableHeaders.column(label.text());
        if (column == Column.IGNORED) {
          continue; // 问题来源 | 巡察反馈, 佐证材料 | …: not imported, as in a table's column
        }
        if (column == null || !named.add(column)) {
          return grid;
        }
        labels.add(new Grid.Cell(label.text(), false, false));
        Grid.Cell value = cells.get(i + 1);
        values.add(new Grid.Cell(value.text(), false, value.number()));
      }
    }
    if (!named.contains(Column.PROBLEM) || !named.contains(Column.MEASURE)) {
      return grid;
    }
    int number = rows.get(0).number();
    return new Grid(
        grid.sheet(),
        List.of(new Grid.Row(number, labels), new Grid.Row(number, values)),
        grid.date1904(),
        grid.table(),
        grid.lead(),
        grid.place(),
        grid.hiddenColumns(),
        grid.pages(),
        grid.parts());
  }

  /**
   * The row's cells as drawn: a cell merged across columns once, the columns it covers left out.
   */
  private static List<Grid.Cell> distinct(Grid.Row row) {
    List<Grid.Cell> cells = new ArrayList<>();
    for (Grid.Cell cell : row.cells()) {
      if (!cell.continuesLeft()) {
        cells.add(cell);
      }
    }
    return cells;
  }
}
