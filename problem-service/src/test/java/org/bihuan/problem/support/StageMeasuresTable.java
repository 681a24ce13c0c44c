package org.bihuan.problem.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A 整改台账 whose 整改措施 cells give several measures each (docs/decisions/0306, 0310): row 2 named by
 * term (近期：… / 长效：…) beside a 整改时限 cell of the same terms; row 3 in time stages on one line
 * (第一阶段：2024年9月30日前完成排查；第二阶段：…) beside an empty 整改时限 cell; row 4 in time stages a line each with
 * the date in brackets (第一阶段（2024年9月30日前）：…) beside a 整改时限 cell holding both dates; row 5 one
 * measure. As a Word table or an .xlsx sheet 台账 written by POI, and as PDFs of the same table
 * written by PDFBox — ruled cell by cell ({@link RuledPdfs#ruled}) and as LibreOffice prints a Word
 * table ({@link OfficePdf#tables}) — where a cell's lines are cut where a printer cuts them.
 */
public final class StageMeasuresTable {

  public static final String TITLE = "巡察反馈问题整改台账";

  public static final List<String> HEADER = List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限");

  /** The rows under the header, each cell's lines as Word and Excel keep them. */
  public static final List<List<String>> ROWS =
      List.of(
          List.of(
              "1",
              "固定资产台账不健全。",
              "近期：补齐固定资产台账。\n长效：建立资产月检查制度。",
              "财务科",
              "赵敏",
              "近期：2024年9月30日\n长效：长期坚持"),
          List.of(
              "2", "问题整改台账不规范。", "第一阶段：2024年9月30日前完成排查；第二阶段：2024年12月31日前完成整改。", "办公室", "张三", ""),
          List.of(
              "3",
              "合同管理不规范。",
              "第一阶段（2024年9月30日前）：完成合同清理；\n第二阶段（2024年12月31日前）：修订合同管理办法。",
              "法规科",
              "李四",
              "2024年9月30日\n2024年12月31日"),
          List.of("4", "会议偏多。", "精简会议。", "办公室", "王五", "2024年7月31日"),
          List.of(
              "5",
              "制度建设滞后。",
              "第一阶段：完成制度梳理；第二阶段：修订完善制度。",
              "党办",
              "周八",
              "第一阶段：2024年8月31日前；第二阶段：长期坚持"));

  /** The same rows as a PDF prints them: the 整改措施 cells cut at the column's edge. */
  public static final List<List<String>> PRINTED_ROWS =
      List.of(
          List.of(
              "1",
              "固定资产台账不健全。",
              "近期：补齐固定资产台账。\n长效：建立资产月检查制度。",
              "财务科",
              "赵敏",
              "近期：2024年9月30日\n长效：长期坚持"),
          List.of(
              "2",
              "问题整改台账不规范。",
              "第一阶段：2024年9月30日前完成\n排查；第二阶段：2024年12月31\n日前完成整改。",
              "办公室",
              "张三",
              ""),
          List.of(
              "3",
              "合同管理不规范。",
              "第一阶段（2024年9月30日前）：\n完成合同清理；\n第二阶段（2024年12月31日前）：\n修订合同管理办法。",
              "法规科",
              "李四",
              "2024年9月30日\n2024年12月31日"),
          ROWS.get(3),
          List.of(
              "5",
              "制度建设滞后。",
              "第一阶段：完成制度梳理；\n第二阶段：修订完善制度。",
              "党办",
              "周八",
              "第一阶段：\n2024年8月31日前\n第二阶段：长期坚持"));

  private static final float[] WIDTHS = {25, 100, 180, 50, 40, 120};

  private StageMeasuresTable() {}

  /**
   * The table as {@code "docx"} (after a title paragraph), {@code "xlsx"}, {@code "ruled-pdf"} or
   * {@code "office-pdf"}.
   */
  public static byte[] file(String format) {
    return switch (format) {
      case "docx" -> Ledgers.docx(List.of(TITLE, ledger()));
      case "xlsx" -> Ledgers.xlsx(List.of(ledger()));
      case "ruled-pdf" -> RuledPdfs.ruled(List.of(TITLE), withHeader(), WIDTHS, List.of());
      case "office-pdf" -> OfficePdf.tables(TITLE, HEADER, List.of(PRINTED_ROWS), WIDTHS);
      default -> throw new IllegalArgumentException(format);
    };
  }

  private static List<List<String>> withHeader() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    rows.addAll(PRINTED_ROWS);
    return rows;
  }

  private static Ledgers.Table ledger() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(HEADER));
    for (List<String> row : ROWS) {
      List<Object> cells = new ArrayList<>(row);
      cells.set(0, Integer.parseInt(row.get(0)));
      rows.add(Arrays.asList(cells.toArray()));
    }
    return new Ledgers.Table("台账", rows, List.of(), HEADER.size());
  }
}
