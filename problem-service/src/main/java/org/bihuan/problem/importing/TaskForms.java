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
 * most once) beside one value, among them a 问题 and a 措施 label.
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
      if (row.cells().size() != 2 || row.cell(1).continuesLeft()) {
        return grid;
      }
      Grid.Cell label = row.cell(0);
      Column column = TableHeaders.column(label.text());
      if (column == null || column == Column.IGNORED || !named.add(column)) {
        return grid;
      }
      labels.add(new Grid.Cell(label.text(), false, false));
      Grid.Cell value = row.cell(1);
      values.add(new Grid.Cell(value.text(), false, value.number()));
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
}
