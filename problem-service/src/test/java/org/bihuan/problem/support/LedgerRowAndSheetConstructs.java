package org.bihuan.problem.support;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.LedgerConstructs.deadline;
import static org.bihuan.problem.support.LedgerConstructs.problem;
import static org.bihuan.problem.support.LedgerConstructs.row;
import static org.bihuan.problem.support.LedgerConstructs.sheet;
import static org.bihuan.problem.support.LedgerConstructs.write;

import java.util.List;
import org.bihuan.problem.support.LedgerConstructs.Construct;
import org.bihuan.problem.support.LedgerConstructs.SheetSpec;

/**
 * Ledger sheets whose rows or sheets are linked: a measure merged over two problems, sequence
 * numbers, a measures sheet, two-row headers.
 */
public final class LedgerRowAndSheetConstructs {

  private LedgerRowAndSheetConstructs() {}

  // --- 3. a 整改措施 cell merged over two problems ---

  public static Construct measureMergedOverTwoProblems() {
    Object[][] rows = {
      row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
      row(1, "办公用房面积超标。", "清理腾退超标用房。", "办公室", "刘芳", "2024年9月30日"),
      row(2, "公车私用。", null, "后勤中心", "马丽", "2024年10月31日"),
      row(3, "会议记录不全。", "规范会议记录。", "办公室", "刘芳", "2024年11月30日"),
    };
    SheetSpec spec =
        new SheetSpec("台账", rows, List.of(new int[] {1, 2, 2, 2}), List.of(), List.of());
    return new Construct(
        "ledger-measure-merged-over-problems",
        wb -> write(wb, spec),
        List.of(
            problem(
                "办公用房面积超标。",
                List.of(),
                "台账",
                2,
                2,
                deadline("清理腾退超标用房。", "办公室", "刘芳", "2024-09-30")),
            problem(
                "公车私用。", List.of(), "台账", 3, 3, deadline("清理腾退超标用房。", "后勤中心", "马丽", "2024-10-31")),
            problem(
                "会议记录不全。", List.of(), "台账", 4, 4, deadline("规范会议记录。", "办公室", "刘芳", "2024-11-30"))),
        List.of(
            "Sheet 「台账」 row 3: the 整改措施 cell 「清理腾退超标用房。」 is merged over the rows of more"
                + " than one problem; it was read as a measure of each of them (「办公用房面积超标」 above"
                + " and 「公车私用」). Check that each problem needs the whole measure."));
  }

  // --- 6. a new 序号 starts a problem ---

  public static Construct seqNumbersStartProblems() {
    Object[][] rows = {
      row("序号", "存在问题", "整改措施", "责任单位", "整改时限"),
      row(1, "落实主体责任不到位。", "制定责任清单。", "办公室", "2024年9月30日"),
      row(2, null, "开展约谈提醒。", "纪检组", "2024年10月31日"),
      row(3, null, "建立问责机制。", "人事科", "2024年11月30日"),
      row(null, null, "开展警示教育。", "人事科", "2024年12月31日"),
      row(4, "公务接待不规范。", "修订接待办法。", "办公室", "2024年12月31日"),
      row("4.1", null, "建立接待台账。", "办公室", "2025年1月31日"),
    };
    SheetSpec spec =
        new SheetSpec("台账", rows, List.of(new int[] {1, 2, 1, 1}), List.of(), List.of());
    return new Construct(
        "ledger-seq-starts-problems",
        wb -> write(wb, spec),
        List.of(
            // the 问题 cell merged over 序号 1 and 2: the 序号 count its measures (0369); 序号 3 beside
            // a blank 问题 cell adds its measure to the problem above (0377, amending 0190)
            problem(
                "落实主体责任不到位。",
                List.of(),
                "台账",
                2,
                5,
                deadline("制定责任清单。", "办公室", null, "2024-09-30"),
                deadline("开展约谈提醒。", "纪检组", null, "2024-10-31"),
                deadline("建立问责机制。", "人事科", null, "2024-11-30"),
                deadline("开展警示教育。", "人事科", null, "2024-12-31")),
            problem(
                "公务接待不规范。",
                List.of(),
                "台账",
                6,
                7,
                deadline("修订接待办法。", "办公室", null, "2024-12-31"),
                deadline("建立接待台账。", "办公室", null, "2025-01-31"))),
        List.of(
            "Sheet 「台账」 row 3 has a 序号 of its own (2, after 1) beside the 问题 cell merged over the"
                + " row above (「落实主体责任不到位。」); the 序号 was read as numbering its measures, the row"
                + " as a further measure of that problem.",
            "Sheet 「台账」 row 4 has a 序号 of its own (3, after 1) and a blank 问题 cell; it was read as"
                + " a further measure of the problem above (「落实主体责任不到位。」). If it is a problem of"
                + " its own, write its problem text in the 问题 cell."));
  }

  // --- 7. a measures sheet linked to the problems by 问题序号 ---

  public static Construct measuresSheetLinkedBySeq() {
    Object[][] list = {
      row("问题清单"),
      row("序号", "问题类别", "存在问题"),
      row(1, "党建", "理论学习不深入。"),
      row(2, "业务", "采购未执行比价程序。"),
      row(3, "业务", "档案移交不及时。"),
    };
    Object[][] measures = {
      row("序号", "问题序号", "整改措施", "责任单位", "责任人", "完成时限"),
      row(1, 1, "制定学习计划。", "机关党委", "周伟", "2024年9月30日"),
      row(2, 1, "开展专题研讨。", "机关党委", "周伟", "2024年10月31日"),
      row(3, 2, "建立比价制度。", "财务科", "马丽", "2024年11月30日"),
      row(4, 9, "清理过期合同。", "办公室", "刘芳", "2024年12月31日"),
    };
    SheetSpec first =
        new SheetSpec("问题清单", list, List.of(new int[] {0, 0, 0, 2}), List.of(), List.of());
    SheetSpec second = sheet("整改措施", measures);
    return new Construct(
        "ledger-linked-measures-sheet",
        wb -> write(wb, first, second),
        List.of(
            problem(
                "理论学习不深入。",
                List.of("党建"),
                "问题清单",
                3,
                3,
                deadline("制定学习计划。", "机关党委", "周伟", "2024-09-30"),
                deadline("开展专题研讨。", "机关党委", "周伟", "2024-10-31")),
            problem(
                "采购未执行比价程序。",
                List.of("业务"),
                "问题清单",
                4,
                4,
                deadline("建立比价制度。", "财务科", "马丽", "2024-11-30")),
            problem("档案移交不及时。", List.of("业务"), "问题清单", 5, 5)),
        List.of(
            "Problem 「档案移交不及时」 (sheet 「问题清单」 row 5) has no 整改措施: no row of the measures"
                + " sheet names its 序号 3.",
            "Sheet 「整改措施」 rows 2–3 (问题序号 1): 2 measure(s) of the problem 「理论学习不深入」 (sheet"
                + " 「问题清单」 row 3); they were added to it.",
            "Sheet 「整改措施」 row 4 (问题序号 2): 1 measure(s) of the problem 「采购未执行比价程序」 (sheet"
                + " 「问题清单」 row 4); they were added to it.",
            "Sheet 「整改措施」 row 5 name(s) the problem 序号 9, which no problem of the other sheets has;"
                + " 1 measure(s) were not imported. Correct the 问题序号 and upload the file again.",
            "Sheet 「整改措施」: column A 「序号」 is not imported (it numbers the measures; 问题序号 names"
                + " their problem); the text of its 4 filled cell(s) was not kept."));
  }

  // --- 9. two-row headers: a group cell merged over sub-headers ---

  /**
   * A problems sheet and a measures sheet linked by 问题序号, each with a two-row header: 问题 merged
   * over 类别 | 描述, 责任 merged over 单位 | 人, the other header cells merged down both rows.
   */
  public static Construct linkedSheetsWithTwoRowHeaders() {
    Object[][] list = {
      row("序号", "问题", "问题"),
      row("序号", "类别", "描述"),
      row(1, "党建", "理论学习不深入。"),
      row(2, "业务", "采购未执行比价程序。"),
    };
    Object[][] measures = {
      row("序号", "问题序号", "整改措施", "责任", "责任", "完成时限"),
      row("序号", "问题序号", "整改措施", "单位", "人", "完成时限"),
      row(1, 1, "制定学习计划。", "机关党委", "周伟", "2024年9月30日"),
      row(2, 2, "建立比价制度。", "财务科", "马丽", "2024年11月30日"),
    };
    SheetSpec first =
        new SheetSpec(
            "问题清单",
            list,
            List.of(new int[] {0, 1, 0, 0}, new int[] {0, 0, 1, 2}),
            List.of(),
            List.of());
    SheetSpec second =
        new SheetSpec(
            "整改措施",
            measures,
            List.of(
                new int[] {0, 1, 0, 0},
                new int[] {0, 1, 1, 1},
                new int[] {0, 1, 2, 2},
                new int[] {0, 0, 3, 4},
                new int[] {0, 1, 5, 5}),
            List.of(),
            List.of());
    return new Construct(
        "ledger-linked-two-row-headers",
        wb -> write(wb, first, second),
        List.of(
            problem(
                "理论学习不深入。",
                List.of("党建"),
                "问题清单",
                3,
                3,
                deadline("制定学习计划。", "机关党委", "周伟", "2024-09-30")),
            problem(
                "采购未执行比价程序。",
                List.of("业务"),
                "问题清单",
                4,
                4,
                deadline("建立比价制度。", "财务科", "马丽", "2024-11-30"))),
        List.of(
            "Sheet 「整改措施」 row 3 (问题序号 1): 1 measure(s) of the problem 「理论学习不深入」 (sheet"
                + " 「问题清单」 row 3); they were added to it.",
            "Sheet 「整改措施」 row 4 (问题序号 2): 1 measure(s) of the problem 「采购未执行比价程序」 (sheet"
                + " 「问题清单」 row 4); they were added to it.",
            "Sheet 「整改措施」: column A 「序号」 is not imported (it numbers the measures; 问题序号 names"
                + " their problem); the text of its 2 filled cell(s) was not kept."));
  }

  /**
   * One sheet whose header is two rows: 存在问题 merged down, 整改情况 merged over 措施 | 时限, 责任 merged over
   * 领导 | 单位 | 人.
   */
  public static Construct twoRowHeaderOverSubHeaders() {
    Object[][] rows = {
      row("整改台账"),
      row("序号", "存在问题", "整改情况", "整改情况", "责任", "责任", "责任"),
      row("序号", "存在问题", "措施", "时限", "领导", "单位", "人"),
      row(1, "公务用车登记不全。", "完善用车登记。", "2024年10月31日", "张海", "后勤中心", "马丽"),
      row(2, "档案管理不规范。", "建立档案台账。", "2024年9月30日", "王建国", "办公室", "刘芳"),
    };
    SheetSpec spec =
        new SheetSpec(
            "台账",
            rows,
            List.of(
                new int[] {0, 0, 0, 6},
                new int[] {1, 2, 0, 0},
                new int[] {1, 2, 1, 1},
                new int[] {1, 1, 2, 3},
                new int[] {1, 1, 4, 6}),
            List.of(),
            List.of());
    return new Construct(
        "ledger-two-row-header",
        wb -> write(wb, spec),
        List.of(
            problem(
                "公务用车登记不全。",
                List.of(),
                "台账",
                4,
                4,
                measure("完善用车登记。", List.of("后勤中心"), "张海", "马丽", "DEADLINE", "2024-10-31")),
            problem(
                "档案管理不规范。",
                List.of(),
                "台账",
                5,
                5,
                measure("建立档案台账。", List.of("办公室"), "王建国", "刘芳", "DEADLINE", "2024-09-30"))),
        List.of());
  }
}
