package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.MergedHeaderColumns.measureOverTwo;
import static org.bihuan.problem.importing.TableReading.HEADER_SEARCH;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;

/**
 * The header of a rectification table ({@link TableReading}): which column each header cell names,
 * the header row among the first {@value TableReading#HEADER_SEARCH} rows, a sub-header row below
 * it or a group row above its sub-headers, and one column per kind. A row holding a 序号 or a date is
 * data and never a header.
 */
final class TableHeaders {

  /** Header words, in the order they are tried (the first that a header cell contains wins). */
  private static final Object[][] NAMES = {
    {Column.SEQ, "序号", "编号", "序"},
    {Column.REMARK, "备注"},
    {Column.GOAL, "整改目标", "目标要求"},
    {Column.IGNORED, "来源", "依据", "目标", "佐证", "附件", "电话", "手机", "联系方式", "邮箱"},
    {Column.CATEGORY, "类别", "类型", "分类", "领域", "大类", "小类", "子类", "细类", "方面"},
    {Column.PROGRESS, "进展", "完成情况", "整改情况", "落实情况", "推进情况", "进度"},
    {Column.STATUS, "状态", "是否完成", "是否整改", "是否销号", "销号"},
    {Column.MEASURE, "措施", "举措", "整改任务", "整改内容", "整改方案", "整改要求", "整改方向"},
    {Column.LEADER, "领导", "牵头负责人"},
    {Column.CO_UNITS, "配合", "协办", "协同", "参与单位"},
    {Column.UNITS, "单位", "部门", "处室", "科室", "主体"},
    {Column.PERSON, "责任人", "联系人", "经办人", "承办人", "负责人"},
    {Column.TIME_LIMIT, "时限", "期限", "完成时间", "整改时间", "时间", "日期"},
    {Column.PROBLEM, "问题"},
  };

  /** Punctuation a heading never holds: a cell with it is a sentence, i.e. a problem. */
  static final Pattern HEADING_STOPS = Pattern.compile("[。；;，,：:！？!?]");

  private TableHeaders() {}

  /** The column a header cell names, or null. */
  static Column column(String headerCell) {
    // 备　注 and 责 任 单 位: headers spaced out to fill their cell, with full-width spaces too
    String name = headerCell.replaceAll("[\\s\\u3000\\u00A0*＊:：]", "");
    if (name.isEmpty() || name.length() > 20 || SENTENCE_END.matcher(name).find()) {
      return null; // 问题三。 is a problem, not a header naming a problem column
    }
    Column preset = HeaderSynonyms.preset(name);
    if (preset != null) {
      return preset;
    }
    if (name.contains("领导") && name.contains("责任人")) {
      return Column.LEADER_AND_PERSON;
    }
    if (OfficeUnitNames.namesUnits(name)) {
      return Column.UNITS; // 责任股室, 牵头处（科）室, 责任中队 (0342)
    }
    for (Object[] names : NAMES) {
      for (int i = 1; i < names.length; i++) {
        if (name.contains((String) names[i])) {
          return (Column) names[0];
        }
      }
    }
    return CutHeaders.completed(name); // 完成情: 完成情况 cut at the page's edge (0346)
  }

  /** Sentence punctuation: a header cell names a column and never holds a sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?]");

  /** A 序号 value or a date: what a data row holds and a header row never does. */
  private static final Pattern DATA_VALUE =
      Pattern.compile("^(?:[0-9０-９]{1,5}(?:\\.0)?|[0-9]{4}\\s*[年./-]\\s*[0-9]{1,2}.*)$");

  /**
   * Whether a row holds data: a number (its 序号) or a date in a cell of its own. Such a row is never
   * a header, even when its problem cell contains 问题 and its measure cell 措施 (a table continued
   * without a header of its own starts with one).
   */
  static boolean holdsData(Grid.Row row) {
    return row.cells().stream().anyMatch(cell -> DATA_VALUE.matcher(cell.text()).matches());
  }

  /**
   * How far down a sheet a header is looked for below the first {@value TableReading#HEADER_SEARCH}
   * rows: there only a row that is {@link #clearly} one (0319).
   */
  static final int LOW_HEADER_SEARCH = 200;

  /**
   * The header among the first rows, or below them a row that is clearly one (under a long 填报说明);
   * null when there is none.
   */
  static Header header(Grid grid) {
    List<Grid.Row> rows = grid.rows();
    for (int r = 0; r < rows.size() && r < HEADER_SEARCH; r++) {
      Header h = at(grid, r);
      if (h != null) {
        return h;
      }
    }
    for (int r = HEADER_SEARCH; r < rows.size() && r < LOW_HEADER_SEARCH; r++) {
      if (clearly(grid, rows.get(r)) != null) {
        Header h = at(grid, r);
        if (h != null) {
          return h;
        }
      }
    }
    return null;
  }

  /** A row below the first rows that reads as a header, not {@link #clearly} one; or null. */
  static Grid.Row lowHeaderLike(Grid grid) {
    List<Grid.Row> rows = grid.rows();
    for (int r = HEADER_SEARCH; r < rows.size() && r < LOW_HEADER_SEARCH; r++) {
      if (at(grid, r) != null) {
        return rows.get(r);
      }
    }
    return null;
  }

  /**
   * The columns of a row that is clearly a header wherever it stands, or null: every filled cell
   * names a column, three kinds at least, one of them 问题, and it holds no value of data (a 序号, a
   * date).
   */
  static Column[] clearly(Grid grid, Grid.Row row) {
    if (holdsData(row) || distinctTexts(row).size() < 3) {
      return null;
    }
    Column[] columns = ColumnRoles.withHidden(grid, columns(row));
    Set<Column> named = EnumSet.noneOf(Column.class);
    for (int c = 0; c < columns.length; c++) {
      Grid.Cell cell = row.cell(c);
      if (cell.text().isBlank() || cell.continuesLeft()) {
        continue;
      }
      if (cell.continuesAbove() || columns[c] == null) {
        return null;
      }
      if (columns[c] != Column.IGNORED) {
        named.add(columns[c]);
      }
    }
    return named.contains(Column.PROBLEM) && named.size() >= 3 ? columns : null;
  }

  /** The header whose row is row {@code r} of the grid's rows, or null. */
  private static Header at(Grid grid, int r) {
    List<Grid.Row> rows = grid.rows();
    Grid.Row row = rows.get(r);
    if (distinctTexts(row).size() < 2 || holdsData(row)) {
      return null; // a title merged across the table, a single 填报单位 line, or a row of data
    }
    Column[] alone = ColumnRoles.withHidden(grid, columns(row));
    Named named = isHeader(alone) ? withSubHeader(grid, r, alone) : groupOverSubHeader(grid, r);
    if (named == null || !isHeader(ColumnRoles.withHidden(grid, named.columns()))) {
      return null;
    }
    Column[] columns = ColumnRoles.withHidden(grid, named.columns());
    int last = named.last();
    String[] why = new String[columns.length];
    for (int c = 0; c < columns.length; c++) {
      String name = row.cell(c).text();
      if (last > r && !rows.get(last).cell(c).text().isBlank()) {
        name = rows.get(last).cell(c).text();
      }
      why[c] = ColumnRoles.why(grid, c, name);
    }
    // a group row names no time limit itself: 整改情况 over 措施 | 时限 is told by its sub-headers
    Grid.Row names = isHeader(alone) ? row : rows.get(last);
    columns = MergedHeaderColumns.problemOverLabel(grid, last, columns);
    columns = measureOverTwo(columns, names);
    columns = ColumnRoles.byContent(grid, last, columns, names, why);
    return new Header(deduplicate(problemRefAsSeq(columns), names), last, why);
  }

  /** The columns a header names and the row index it ends on (its own, or a sub-header's). */
  record Named(Column[] columns, int last) {}

  /**
   * Row {@code r}'s columns with a sub-header row below it read in: where the row names no column,
   * or its cell is merged across columns (责任 over 责任单位 | 责任人), the cell below names it; a
   * sub-header that names nothing alone is read with its group (责任 + 人: 责任人).
   */
  static Named withSubHeader(Grid grid, int r, Column[] alone) {
    Column[] columns = alone.clone();
    List<Grid.Row> rows = grid.rows();
    if (r + 1 >= rows.size() || holdsData(rows.get(r + 1))) {
      return new Named(columns, r);
    }
    Grid.Row row = rows.get(r);
    Grid.Row sub = rows.get(r + 1);
    Column[] below = columns(sub);
    boolean second = false;
    for (int c = 0; c < below.length && c < columns.length; c++) {
      boolean spanned = spanned(row, c, columns.length);
      Column kind = below[c];
      if (kind == null && spanned && !sub.cell(c).text().isBlank()) {
        kind = column(row.cell(c).text() + sub.cell(c).text());
      }
      if (kind != null && kind != Column.IGNORED && (columns[c] == null || spanned)) {
        columns[c] = kind;
        second = true;
      }
    }
    return new Named(columns, second ? r + 1 : r);
  }

  /**
   * A group row that names its columns only with the sub-header row below it (问题 merged over 类别 |
   * 描述): the two rows read together, or null when no cell of the row is merged across columns over
   * sub-headers.
   */
  static Named groupOverSubHeader(Grid grid, int r) {
    List<Grid.Row> rows = grid.rows();
    if (r + 1 >= rows.size() || holdsData(rows.get(r + 1))) {
      return null;
    }
    Grid.Row row = rows.get(r);
    Grid.Row sub = rows.get(r + 1);
    int width = Math.max(row.cells().size(), sub.cells().size());
    boolean grouped = false;
    for (int c = 0; c < width; c++) {
      if (HEADING_STOPS.matcher(row.cell(c).text()).find()) {
        return null; // 填报单位：… over the header: a label with its value, not a group of columns
      }
      String below = sub.cell(c).text();
      grouped |= spanned(row, c, width) && !below.isBlank() && !below.equals(row.cell(c).text());
    }
    if (!grouped) {
      return null;
    }
    Named named = withSubHeader(grid, r, columns(new Grid.Row(row.number(), padded(row, width))));
    return named.last() > r ? named : null;
  }

  private static List<Grid.Cell> padded(Grid.Row row, int width) {
    List<Grid.Cell> cells = new ArrayList<>(row.cells());
    while (cells.size() < width) {
      cells.add(Grid.Cell.EMPTY);
    }
    return cells;
  }

  /** Whether a header cell is merged across columns (the same text beside it). */
  private static boolean spanned(Grid.Row row, int c, int width) {
    String text = row.cell(c).text();
    return !text.isBlank()
        && (c > 0 && text.equals(row.cell(c - 1).text())
            || c + 1 < width && text.equals(row.cell(c + 1).text()));
  }

  /**
   * On a sheet with a 问题 column, a 问题序号 column is its 序号 (there is no other sheet's problem to
   * refer to); beside a 序号 column it is not read.
   */
  private static Column[] problemRefAsSeq(Column[] columns) {
    boolean seq = Arrays.asList(columns).contains(Column.SEQ);
    Column[] out = columns.clone();
    for (int c = 0; c < out.length; c++) {
      if (out[c] == Column.PROBLEM_REF) {
        out[c] = seq ? Column.IGNORED : Column.SEQ;
        seq = true;
      }
    }
    return out;
  }

  private static boolean isHeader(Column[] columns) {
    Set<Column> named = EnumSet.noneOf(Column.class);
    for (Column c : columns) {
      if (c != null && c != Column.IGNORED) {
        named.add(c);
      }
    }
    return named.contains(Column.PROBLEM) && named.size() >= 2;
  }

  static Column[] columns(Grid.Row row) {
    Column[] columns = new Column[row.cells().size()];
    String previous = null;
    for (int c = 0; c < columns.length; c++) {
      String text = row.cell(c).text();
      // a header cell merged across columns names only its first column
      columns[c] = text.equals(previous) ? null : column(text);
      previous = text;
    }
    return columns;
  }

  /**
   * One column per kind: a second problem or measure column is ignored; of two time columns the one
   * naming a time limit (时限, 期限) wins over a completion date; several unit columns are read
   * together.
   */
  static Column[] deduplicate(Column[] columns, Grid.Row header) {
    Column[] out = Arrays.copyOf(columns, columns.length);
    int time = -1;
    for (int c = 0; c < out.length; c++) {
      if (out[c] != Column.TIME_LIMIT) {
        continue;
      }
      String name = header.cell(c).text();
      boolean limit = name.contains("时限") || name.contains("期限");
      if (time < 0) {
        time = c;
      } else if (limit && !header.cell(time).text().contains("时限")) {
        out[time] = Column.IGNORED;
        time = c;
      } else {
        out[c] = Column.IGNORED;
      }
    }
    for (Column single :
        List.of(Column.SEQ, Column.PROBLEM, Column.MEASURE, Column.PROGRESS, Column.STATUS)) {
      boolean seen = false;
      for (int c = 0; c < out.length; c++) {
        if (out[c] == single) {
          if (seen && !(single == Column.MEASURE && measureOverTwo(out, c, header))) {
            out[c] = Column.IGNORED;
          }
          seen = true;
        }
      }
    }
    return out;
  }

  static Set<String> distinctTexts(Grid.Row row) {
    Set<String> texts = new LinkedHashSet<>();
    for (Grid.Cell cell : row.cells()) {
      if (!cell.text().isBlank()) {
        texts.add(cell.text());
      }
    }
    return texts;
  }
}
