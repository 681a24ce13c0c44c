package org.bihuan.problem.support;

import static org.bihuan.problem.support.LedgerSheets.TASK_HEADINGS;
import static org.bihuan.problem.support.LedgerSheets.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Task lists written by POI as .docx, .xlsx and .xls (0288): measure rows numbered （1） ① 1) under a
 * problem row, units cells naming their helpers in brackets (机关事务中心（配合：财务科）), and duty and progress
 * cells filled with a placeholder (无, 暂无, —, ——, ／).
 */
public final class SubNumberedMeasures {

  public static final LocalDate SEP = LocalDate.of(2024, 9, 30);
  public static final LocalDate DEC = LocalDate.of(2024, 12, 31);

  private SubNumberedMeasures() {}

  private static byte[] write(String format, List<Object> headings, List<List<Object>> rows) {
    List<List<Object>> all = new ArrayList<>();
    all.add(new ArrayList<>(headings));
    all.addAll(rows);
    return GroupedTables.write(format, new Ledgers.Table("台账", all, List.of(), headings.size()));
  }

  /**
   * 1 with no measure above （1） and （2）; 2 with a measure of its own above ①; 3 above 1) and 2); 4
   * with a measure of its own after them (4 is no 2) again).
   */
  public static byte[] measureRows(String format) {
    return write(
        format,
        TASK_HEADINGS,
        List.of(
            row(1, "公务接待不规范。", null, null, null, null),
            row("（1）", null, "修订接待制度。", "办公室", "李四", DEC),
            row("（2）", null, "建立接待台账。", "财务科", "王五", SEP),
            row(2, "会议费管理不严。", "规范会议费报销。", "财务科", "王五", DEC),
            row("①", null, "清退超范围费用。", "财务科", "王五", SEP),
            row(3, "资产账实不符。", null, null, null, null),
            row("1)", null, "开展资产清查。", "办公室", "李四", DEC),
            row("2)", null, "建立资产台账。", "财务科", "王五", DEC),
            row(4, "档案管理不规范。", "开展档案清理。", "办公室", "李四", SEP)));
  }

  /** Units cells naming their helpers in a bracket, in the 责任单位 and the 配合单位 column. */
  public static byte[] helpersInBrackets(String format) {
    return write(
        format,
        List.of("序号", "存在问题", "整改措施", "责任单位", "配合单位", "责任人", "完成时限"),
        List.of(
            row(1, "办公用房超标准。", "腾退超标准办公用房。", "机关事务中心（配合：财务科）", null, "李强", DEC),
            row(2, "会议费超预算。", "严控会议费支出。", "财务科(配合:办公室)", null, "李强", DEC),
            row(3, "差旅费审核不严。", "严格差旅费审核。", "办公室", "财务科（协助：审计科、法规科）", "李强", DEC)));
  }

  /** 无, 暂无, —, ——, ／ and 不适用 in the 配合单位, 责任人, 责任领导 and 整改进展 cells. */
  public static byte[] placeholders(String format) {
    return write(
        format,
        List.of("序号", "存在问题", "整改措施", "责任单位", "配合单位", "责任领导", "责任人", "完成时限", "整改进展"),
        List.of(
            row(1, "档案室消防设施不全。", "配齐消防设施。", "办公室", "无", "张伟", "李娜", SEP, "／"),
            row(2, "车辆维修未经审批。", "建立维修审批制度。", "办公室", "——", "—", "—", SEP, "无"),
            row(3, "办公设备闲置。", "盘活闲置设备。", "办公室", "暂无", "不适用", "李娜", SEP, "——"),
            row(4, "会议室使用混乱。", "制定预约制度。", "无此项", "-", "张伟", "李娜", SEP, "预约制度已起草")));
  }
}
