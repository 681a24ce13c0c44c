package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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

  /** A colon after a form's heading (问题一：). */
  private static final Pattern HEADING_COLON = Pattern.compile("[：:]$");

  /** One form's labels and values, by the column each label names, in the order written. */
  private static final class Form {
    final int number;
    final Map<Column, Grid.Cell> labels = new LinkedHashMap<>();
    final Map<Column, Grid.Cell> values = new LinkedHashMap<>();

    Form(int number) {
      this.number = number;
    }
  }

  /**
   * The form as a table of one row under its labels, several forms stacked in one table (each
   * opened by a row 问题一, 问题二 …) as a table of one row per form, or the table as it is.
   */
  static Grid asTaskList(Grid grid) {
    List<Grid.Row> rows = grid.rows();
    if (grid.sheet() != null || rows.size() < 3) {
      return grid;
    }
    List<Form> forms = new ArrayList<>();
    Form form = null;
    for (Grid.Row row : rows) {
      if (row.isBlank()) {
        continue;
      }
      List<Grid.Cell> cells = distinct(row);
      if (opensForm(cells)) {
        form = new Form(row.number()); // 问题二 under the first form: the next form begins
        forms.add(form);
        continue;
      }
      if (cells.size() == 1 && form == null && row.cells().size() > 1) {
        continue; // a title merged across the table above its labels (整改任务书（二）)
      }
      if (cells.size() < 2 || cells.size() % 2 != 0) {
        return grid;
      }
      if (form == null) {
        form = new Form(row.number());
        forms.add(form);
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
        if (column == null || form.labels.containsKey(column)) {
          return grid;
        }
        form.labels.put(column, new Grid.Cell(label.text(), false, false));
        Grid.Cell value = cells.get(i + 1);
        form.values.put(column, new Grid.Cell(value.text(), false, value.number()));
      }
    }
    forms.removeIf(f -> f.labels.isEmpty());
    if (forms.isEmpty()) {
      return grid;
    }
    for (Form f : forms) {
      if (!f.labels.containsKey(Column.PROBLEM) || !f.labels.containsKey(Column.MEASURE)) {
        return grid;
      }
    }
    // the labels of every form, in the order first written: the header of a task list
    Map<Column, Grid.Cell> header = new LinkedHashMap<>();
    forms.forEach(f -> f.labels.forEach(header::putIfAbsent));
    List<Column> columns = new ArrayList<>(header.keySet());
    List<Grid.Row> out = new ArrayList<>();
    // one form: its problem's origin is the table's first row (0365)
    int first = forms.size() == 1 ? rows.get(0).number() : forms.get(0).number;
    out.add(new Grid.Row(first, new ArrayList<>(header.values())));
    for (Form f : forms) {
      List<Grid.Cell> values = new ArrayList<>();
      for (Column c : columns) {
        values.add(f.values.getOrDefault(c, Grid.Cell.EMPTY));
      }
      out.add(new Grid.Row(forms.size() == 1 ? first : f.number, values));
    }
    return grid.withRows(List.copyOf(out));
  }

  /** Whether a row's drawn cells are a form's heading alone (问题二, or 问题二 | blank). */
  private static boolean opensForm(List<Grid.Cell> cells) {
    if (cells.isEmpty() || !formHeading(cells.get(0).text())) {
      return false;
    }
    for (int i = 1; i < cells.size(); i++) {
      if (!cells.get(i).text().isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a cell opens one of several forms stacked in one table: a problem's number as its label
   * ({@link LabelNames#NUMBERED_PROBLEM_NAME}: 问题一, 问题1, 问题（二）), a colon after it or not (0369).
   */
  private static boolean formHeading(String text) {
    String heading = HEADING_COLON.matcher(text.replaceAll("\\s", "")).replaceFirst("");
    return LabelNames.NUMBERED_PROBLEM_NAME.matcher(heading).matches();
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
