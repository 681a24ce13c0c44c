package org.bihuan.problem.support;

import static org.bihuan.problem.support.LedgerSheets.row;
import static org.bihuan.problem.support.LedgerSheets.taskTable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The documents of an outside tester's report on task-list tables and units (issue 11, 0252),
 * written by POI and PDFBox: duties in brackets inside a table's 整改措施 cell, a PDF units cell whose
 * role prefixes wrap onto two lines, a plan's units written with role words, a problem's first
 * sentence copied down beside its next measure, a measure row above the first problem, and a
 * measures sheet whose 问题序号 reads 第4、5项.
 */
public final class TableDuties {

  public static final LocalDate DEC = LocalDate.of(2024, 12, 31);

  private TableDuties() {}

  /**
   * A Word task list: a measure with its duties in brackets and no duty cells, one whose bracket
   * overrides the row's unit, a blank-序号 row repeating the first sentence of the problem above, and
   * a measure row above the first problem, then a note paragraph under the table.
   */
  public static byte[] wordTaskList() {
    return Ledgers.docx(
        List.of(
            "巡察反馈问题整改任务清单",
            taskTable(
                row(null, null, "建立接待登记台账。", "办公室", "李四", DEC),
                row(1, "公务接待不规范。", "修订接待制度，建立台账（责任单位：财务科，责任人：王五，2024年6月底前）", null, null, null),
                row(2, "会议费管理不严。存在超范围列支。", "规范会议费报销。（责任单位：办公室）", "财务科", "李四", DEC),
                row(null, "会议费管理不严。", "清退超范围费用。", "财务科", "王五", DEC),
                row(3, "政府采购程序不规范。", "规范采购流程。", "财务科", "王五", DEC)),
            "注：表中时限为最迟完成时间。"));
  }

  /** A ruled PDF task list whose units cell wraps 主责：财务科 / 协办：办公室 over two lines. */
  public static byte[] pdfTaskList() {
    return RuledPdfs.ruled(
        List.of("巡察反馈问题整改任务清单"),
        List.of(
            List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
            List.of("1", "公务接待不规范。", "修订接待制度。", "主责：财务科\n协办：办公室", "李四", "2024年12月31日"),
            List.of("2", "政府采购程序不规范。", "规范采购流程。", "财务科", "王五", "2024年12月31日")),
        new float[] {30, 120, 120, 90, 50, 90},
        List.of());
  }

  /** A plan whose 责任单位 lines give roles by prefixes, by words after a unit and in brackets. */
  public static byte[] planWithUnitRoles() {
    return String.join(
            "\n",
            "××局巡察反馈问题整改方案",
            "1.三会一课落实不到位。",
            "整改措施：严格执行三会一课制度。",
            "责任单位：主责：办公室 协办：财务科",
            "整改时限：2024年12月31日",
            "2.公务接待不规范。",
            "整改措施：修订接待制度。",
            "责任单位：办公室牵头，各科室配合",
            "整改时限：2024年12月31日",
            "3.会议费管理不严。",
            "整改措施：规范会议费报销。",
            "责任单位：财务科（主要负责）、审计科【配合】",
            "整改时限：2024年12月31日",
            "4.资产账实不符。",
            "整改措施：开展资产清查。",
            "责任单位：财务科（含下属单位（部门））",
            "整改时限：2024年12月31日")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A 问题清单 sheet of five problems and a 整改措施 sheet naming 第4、5项 and 第2-3项. */
  public static byte[] measuresNamingItems() {
    List<List<Object>> problems =
        List.of(
            row("序号", "存在问题"),
            row(1, "理论学习不深入。"),
            row(2, "采购未执行比价程序。"),
            row(3, "档案移交不及时。"),
            row(4, "合同管理不规范。"),
            row(5, "公车管理不严格。"));
    List<List<Object>> measures =
        List.of(
            row("序号", "问题序号", "整改措施", "责任单位", "责任人", "完成时限"),
            row(1, "第1项", "制定学习计划。", "机关党委", "周伟", DEC),
            row(2, "第2-3项", "建立业务台账。", "财务科", "马丽", DEC),
            row(3, "第4、5项", "开展专项检查。", "办公室", "刘芳", DEC));
    return Ledgers.xlsx(
        List.of(
            new Ledgers.Table("问题清单", problems, List.of(), 2),
            new Ledgers.Table("整改措施", measures, List.of(), 6)));
  }

  /**
   * A 台账 sheet with a 问题类别 column written on the first row of its group only, and a sentence merged
   * across a whole row under it.
   */
  public static byte[] sentenceRowUnderACategory() {
    List<List<Object>> rows =
        List.of(
            row("序号", "问题类别", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
            row(1, "党建", "三会一课落实不到位。", "严格执行三会一课制度。", "党办", "李四", DEC),
            row("2.食堂管理不规范，存在过期食品。", null, null, null, null, null, null),
            row(3, null, "组织生活会质量不高。", "规范组织生活会。", "党办", "李四", DEC));
    return Ledgers.xlsx(List.of(new Ledgers.Table("台账", rows, List.of(new int[] {2, 2, 0, 6}), 7)));
  }
}
