package org.bihuan.problem.support;

import static org.bihuan.problem.support.LedgerSheets.TASK_HEADINGS;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.bihuan.problem.support.LedgerSheets.taskTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of an outside tester's report (0247), written by POI: findings numbered on across a
 * Word document's tables with a note, an annex line, a signature and a date, a problem cell copied
 * down the rows with other closing punctuation, units cells naming their roles in words, and a
 * ledger sheet with a sentence across a row and a note row in brackets.
 */
public final class StrayFindings {

  public static final LocalDate DEC = LocalDate.of(2024, 12, 31);

  private StrayFindings() {}

  /** 1.–2. in a table, 3. as a paragraph, 4. in a second table, 5. and 6. under it. */
  public static byte[] findingsAcrossTables() {
    return Ledgers.docx(
        List.of(
            "××局巡察反馈问题整改方案",
            taskTable(
                row(1, "公务接待不规范。", "修订接待制度。", "办公室", "李四", DEC),
                row(2, "政府采购程序不规范。", "规范采购流程。", "财务科", "王五", DEC)),
            "3. 车辆管理不严格，存在公车私用。整改措施：建立派车登记制度。责任单位：办公室，时限：2024年12月31日",
            taskTable(row(4, "林下经济发展缓慢。", "制定发展规划。", "林业站", "赵六", DEC)),
            "说明：表中时限为最迟完成时间。",
            "5. 财务报销审核不严，存在白条入账。整改措施：严格报销审核。责任单位：财务科，时限：2024年12月31日",
            "6. 固定资产账实不符。整改措施：开展资产清查。责任单位：财务科（牵头）、办公室（配合），时限：2024年11月30日",
            "附件：1.整改台账",
            "××局党组",
            "2024年7月1日"));
  }

  /** A problem cell copied down three rows, ending 。 / nothing / ；, then one a word longer. */
  public static byte[] copiedProblemCell() {
    return Ledgers.docx(
        List.of(
            "巡察反馈问题整改任务清单",
            taskTable(
                row(null, "公务接待审批不规范。", "修订公务接待制度。", "办公室", "李四", DEC),
                row(null, "公务接待审批不规范", "建立接待登记台账。", "办公室", "李四", DEC),
                row(null, "公务接待审批 不规范；", "开展接待专项检查。", "纪检组", "赵六", DEC),
                row(null, "公务接待审批不规范，存在超标准接待。", "清退超标准费用。", "财务科", "王五", DEC),
                row(null, "政府采购程序不规范。", "规范采购流程。", "财务科", "王五", DEC))));
  }

  /** Units cells with 牵头/配合, 主责/协办, 负责/协助 and a remark in brackets. */
  public static byte[] unitRoles() {
    return Ledgers.docx(
        List.of(
            taskTable(
                row(1, "公务接待不规范。", "修订接待制度。", "牵头单位：财务科；配合单位：办公室、审计科", "李四", DEC),
                row(2, "会议费管理不严。", "规范会议费报销。", "财务科（牵头），办公室（配合）", "李四", DEC),
                row(3, "车辆管理不严格。", "建立派车登记。", "主责：财务科 协办：办公室", "李四", DEC),
                row(4, "资产账实不符。", "开展资产清查。", "财务科（含下属单位）", "李四", DEC),
                row(5, "合同审查缺失。", "建立合同审查。", "负责：法规科，协助：办公室", "李四", DEC))));
  }

  /** A 台账 sheet: category rows, a sentence merged across a row, a note row in brackets. */
  public static byte[] sentenceRow() {
    List<List<Object>> rows =
        List.of(
            new ArrayList<>(TASK_HEADINGS),
            row("一、党建方面", null, null, null, null, null),
            row(1, "三会一课落实不到位。", "严格执行三会一课制度。", "党办", "李四", DEC),
            row("2.食堂管理不规范，存在过期食品。", null, null, null, null, null),
            row("（一）财务管理", null, null, null, null, null),
            row(3, "政府采购程序不规范。", "规范采购流程。", "财务科", "王五", DEC),
            row("（备注：整改时限为最迟完成时间）", null, null, null, null, null));
    List<int[]> merges =
        List.of(
            new int[] {1, 1, 0, 5},
            new int[] {3, 3, 0, 5},
            new int[] {4, 4, 0, 5},
            new int[] {6, 6, 0, 5});
    return Ledgers.xlsx(List.of(new Ledgers.Table("台账", rows, merges, 6)));
  }

  /**
   * A 问题清单 sheet of four problems and a 整改措施 sheet whose 问题序号 cells name one problem, two (2、3 and
   * 1,4) or a range (2-4).
   */
  public static byte[] measuresNamingSeveralProblems() {
    List<List<Object>> problems =
        List.of(
            row("序号", "问题类别", "存在问题"),
            row(1, "党建", "理论学习不深入。"),
            row(2, "业务", "采购未执行比价程序。"),
            row(3, "业务", "档案移交不及时。"),
            row(4, "业务", "合同管理不规范。"));
    List<List<Object>> measures =
        List.of(
            row("序号", "问题序号", "整改措施", "责任单位", "责任人", "完成时限"),
            row(1, 1, "制定学习计划。", "机关党委", "周伟", DEC),
            row(2, "2、3", "建立业务台账。", "财务科", "马丽", DEC),
            row(3, "1,4", "开展警示教育。", "办公室", "刘芳", DEC),
            row(4, "2-4", "开展专项检查。", "审计科", "王五", DEC));
    return Ledgers.xlsx(
        List.of(
            new Ledgers.Table("问题清单", problems, List.of(), 3),
            new Ledgers.Table("整改措施", measures, List.of(), 6)));
  }
}
