package org.bihuan.problem.support;

import static org.bihuan.problem.support.Ledgers.across;
import static org.bihuan.problem.support.Ledgers.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers.Table;

/**
 * A model of problems and measures (what an import must find) laid out by a {@link Style} (merged
 * or blank or repeated problem cells, title and 填报 rows, group rows, a 问题类别 column, 注： rows, header
 * synonyms, date cells or text dates) into a {@link Ledgers.Table}. {@link #expected} gives the
 * dry-run answer's problems for the model, independently of the reader.
 */
public final class LedgerLayouts {

  private LedgerLayouts() {}

  /**
   * A measure. {@code timeLimit} is what the cell holds: a {@link LocalDate} (a date cell in a
   * workbook) or a text; {@code timing}/{@code deadline} what it means.
   */
  public record Measure(
      String text,
      List<String> units,
      List<String> coUnits,
      String leader,
      String person,
      Object timeLimit,
      String timing,
      LocalDate deadline,
      String progress,
      boolean reportedDone) {}

  /** A problem: {@code title} is its text up to the first 。. */
  public record Problem(
      String group, String category, String text, String title, List<Measure> measures) {}

  public enum Layout {
    /** 序号 and problem cells merged over the problem's rows. */
    MERGED,
    /** Problem and 序号 written on the first row only, blank below. */
    BLANK,
    /** Problem text and 序号 repeated on every row of the problem. */
    REPEATED
  }

  /** Header names, one set per way units name their columns. */
  public static final List<List<String>> HEADERS =
      List.of(
          List.of(
              "序号", "问题类别", "存在问题", "整改措施", "牵头领导", "责任单位（部门）", "配合单位", "具体责任人", "完成时限", "整改进展"),
          List.of("编号", "问题类型", "问题描述", "整改举措", "责任领导", "责任部门", "配合单位", "责任人", "整改时限", "完成情况"),
          List.of("序号", "类别", "问题表现", "具体措施", "分管领导", "牵头单位", "配合部门", "联系人", "时限要求", "整改进展"),
          List.of("序号", "类别", "问题清单", "整改措施", "牵头负责人", "责任单位", "协办单位", "具体责任人", "完成时间", "完成情况"));

  /**
   * How a model is laid out.
   *
   * @param headers index into {@link #HEADERS}
   * @param groupRows a row 一、… merged across the table before each group's problems
   * @param categoryColumn a 问题类别 column (merged over a category's rows when {@code layout} is
   *     MERGED)
   */
  public record Style(
      Layout layout,
      int headers,
      boolean titleRows,
      boolean noteRow,
      boolean groupRows,
      boolean categoryColumn,
      boolean coUnitsColumn,
      boolean progressColumn,
      boolean seqAsText) {

    public static Style of(Layout layout) {
      return new Style(layout, 0, false, false, false, false, false, false, false);
    }

    public Style headers(int h) {
      return new Style(
          layout,
          h,
          titleRows,
          noteRow,
          groupRows,
          categoryColumn,
          coUnitsColumn,
          progressColumn,
          seqAsText);
    }

    public Style withTitleAndNote() {
      return new Style(
          layout,
          headers,
          true,
          true,
          groupRows,
          categoryColumn,
          coUnitsColumn,
          progressColumn,
          seqAsText);
    }

    public Style withGroupRows() {
      return new Style(
          layout,
          headers,
          titleRows,
          noteRow,
          true,
          categoryColumn,
          coUnitsColumn,
          progressColumn,
          seqAsText);
    }

    public Style withCategoryColumn() {
      return new Style(
          layout,
          headers,
          titleRows,
          noteRow,
          groupRows,
          true,
          coUnitsColumn,
          progressColumn,
          seqAsText);
    }

    public Style withCoUnitsAndProgress() {
      return new Style(
          layout, headers, titleRows, noteRow, groupRows, categoryColumn, true, true, seqAsText);
    }

    public Style withSeqAsText() {
      return new Style(
          layout,
          headers,
          titleRows,
          noteRow,
          groupRows,
          categoryColumn,
          coUnitsColumn,
          progressColumn,
          true);
    }
  }

  /** The table of a model (first data row, for {@link #expected}'s row numbers, is recorded). */
  public static Table table(String name, List<Problem> problems, Style style) {
    List<String> names = HEADERS.get(style.headers());
    List<Integer> columns = new ArrayList<>(List.of(0));
    if (style.categoryColumn()) {
      columns.add(1);
    }
    columns.addAll(List.of(2, 3, 4, 5));
    if (style.coUnitsColumn()) {
      columns.add(6);
    }
    columns.addAll(List.of(7, 8));
    if (style.progressColumn()) {
      columns.add(9);
    }
    int width = columns.size();
    List<List<Object>> rows = new ArrayList<>();
    List<int[]> merges = new ArrayList<>();
    if (style.titleRows()) {
      rows.add(across(width, "××单位巡察反馈问题整改台账"));
      merges.add(new int[] {rows.size() - 1, rows.size() - 1, 0, width - 1});
      List<Object> filled = blank(width);
      filled.set(0, "填报单位：××单位（盖章）");
      filled.set(width - 1, "填报时间：2024年7月1日");
      rows.add(filled);
    }
    List<Object> header = new ArrayList<>();
    for (int c : columns) {
      header.add(names.get(c));
    }
    rows.add(header);
    String group = null;
    int categoryStart = -1;
    String category = null;
    int seq = 0;
    for (Problem p : problems) {
      if (style.groupRows() && !p.group().equals(group)) {
        closeCategory(style, merges, categoryStart, rows.size() - 1, columns);
        categoryStart = -1;
        category = null;
        group = p.group();
        rows.add(across(width, p.group()));
        merges.add(new int[] {rows.size() - 1, rows.size() - 1, 0, width - 1});
      }
      seq++;
      int first = rows.size();
      if (style.categoryColumn() && !p.category().equals(category)) {
        closeCategory(style, merges, categoryStart, first - 1, columns);
        categoryStart = first;
        category = p.category();
      }
      for (int i = 0; i < p.measures().size(); i++) {
        Measure m = p.measures().get(i);
        boolean firstRow = i == 0;
        boolean writeProblem = firstRow || style.layout() == Layout.REPEATED;
        List<Object> row = new ArrayList<>();
        for (int c : columns) {
          row.add(
              switch (c) {
                case 0 ->
                    writeProblem ? (style.seqAsText() ? String.valueOf(seq) : (Object) seq) : null;
                case 1 ->
                    style.layout() == Layout.MERGED
                        ? (first == categoryStart && firstRow ? p.category() : null)
                        : (firstRow ? p.category() : null);
                case 2 -> writeProblem ? p.text() : null;
                case 3 -> m.text();
                case 4 -> m.leader();
                case 5 -> String.join("、", m.units());
                case 6 -> m.coUnits().isEmpty() ? null : String.join("、", m.coUnits());
                case 7 -> m.person();
                case 8 -> m.timeLimit();
                default -> m.progress();
              });
        }
        rows.add(row);
      }
      int last = rows.size() - 1;
      if (style.layout() == Layout.MERGED && last > first) {
        merges.add(new int[] {first, last, 0, 0});
        int problemColumn = columns.indexOf(2);
        merges.add(new int[] {first, last, problemColumn, problemColumn});
      }
    }
    closeCategory(style, merges, categoryStart, rows.size() - 1, columns);
    if (style.noteRow()) {
      rows.add(across(width, "注：1.整改时限以整改方案为准；2.已完成的事项须附佐证材料。"));
      merges.add(new int[] {rows.size() - 1, rows.size() - 1, 0, width - 1});
    }
    return new Table(name, rows, merges, width);
  }

  static void closeCategory(
      Style style, List<int[]> merges, int start, int end, List<Integer> columns) {
    if (style.categoryColumn() && style.layout() == Layout.MERGED && start >= 0 && end > start) {
      int c = columns.indexOf(1);
      merges.add(new int[] {start, end, c, c});
    }
  }

  /** The problems a dry run must answer for a model, in the answer's JSON shape. */
  public static List<Map<String, Object>> expected(
      String sheet,
      List<Problem> problems,
      Style style,
      int firstDataRow,
      boolean sheetAsCategory) {
    List<Map<String, Object>> out = new ArrayList<>();
    int row = firstDataRow; // 1-based, as a spreadsheet shows it
    String group = null;
    for (Problem p : problems) {
      if (style.groupRows() && !p.group().equals(group)) {
        group = p.group();
        row++;
      }
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("title", p.title());
      problem.put("description", p.text());
      List<String> path = new ArrayList<>();
      if (sheetAsCategory) {
        path.add(sheet);
      }
      if (style.groupRows()) {
        path.add(p.group().replaceFirst("^[一二三四五六七八九十]+、", ""));
      }
      if (style.categoryColumn()) {
        path.add(p.category());
      }
      problem.put("categoryPath", path);
      List<Map<String, Object>> measures = new ArrayList<>();
      for (Measure m : p.measures()) {
        Map<String, Object> measure = new LinkedHashMap<>();
        measure.put("measure", m.text());
        measure.put("responsibleUnits", m.units());
        measure.put("coResponsibleUnits", style.coUnitsColumn() ? m.coUnits() : List.of());
        measure.put("leaderInCharge", m.leader());
        measure.put("responsiblePerson", m.person());
        measure.put("timing", m.timing());
        measure.put("deadline", m.deadline() == null ? null : m.deadline().toString());
        measure.put("progress", style.progressColumn() ? m.progress() : null);
        measure.put(
            "statusHint", style.progressColumn() && m.reportedDone() ? "REPORTED_DONE" : null);
        measures.add(measure);
      }
      problem.put("measures", measures);
      Map<String, Object> origin = new LinkedHashMap<>();
      if (sheet != null) {
        origin.put("sheet", sheet);
      } else {
        origin.put("table", 1); // the document's only table
      }
      origin.put("rows", List.of(row, row + p.measures().size() - 1));
      problem.put("origin", origin);
      row += p.measures().size();
      out.add(problem);
    }
    return out;
  }

  /** The 1-based row number of the first data row of a table laid out in {@code style}. */
  public static int firstDataRow(Style style) {
    return (style.titleRows() ? 2 : 0) + 2;
  }
}
