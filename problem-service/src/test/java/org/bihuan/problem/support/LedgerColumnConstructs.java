package org.bihuan.problem.support;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.LedgerConstructs.deadline;
import static org.bihuan.problem.support.LedgerConstructs.problem;
import static org.bihuan.problem.support.LedgerConstructs.row;
import static org.bihuan.problem.support.LedgerConstructs.sheet;
import static org.bihuan.problem.support.LedgerConstructs.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.LedgerConstructs.Construct;
import org.bihuan.problem.support.LedgerConstructs.Formula;
import org.bihuan.problem.support.LedgerConstructs.SheetSpec;
import org.bihuan.problem.support.LedgerConstructs.YearMonthCell;

/**
 * Ledger sheets whose columns or cells are unusual: former and hidden columns, category columns,
 * phone numbers in name cells, year-month dates, hidden rows and formula errors.
 */
public final class LedgerColumnConstructs {

  private LedgerColumnConstructs() {}

  // --- 1. 原责任单位, 曾用…, hidden columns ---

  public static Construct formerAndHiddenColumns() {
    Object[][] rows = {
      row("序号", "存在问题", "整改措施", "原责任单位", "责任单位", "曾用责任人", "责任人", "责任领导", "整改时限"),
      row(1, "档案管理不规范。", "建立档案台账。", "办公室", "综合科", "张强", "刘芳", "王建国", "2024年9月30日"),
      row(2, "车辆使用登记不全。", "完善用车登记。", "后勤处", "后勤中心", null, "马丽", "张海", "2024年10月31日"),
    };
    SheetSpec spec = new SheetSpec("台账", rows, List.of(), List.of(), List.of(7));
    return new Construct(
        "ledger-former-hidden-columns",
        wb -> write(wb, spec),
        List.of(
            problem(
                "档案管理不规范。", List.of(), "台账", 2, 2, deadline("建立档案台账。", "综合科", "刘芳", "2024-09-30")),
            problem(
                "车辆使用登记不全。",
                List.of(),
                "台账",
                3,
                3,
                deadline("完善用车登记。", "后勤中心", "马丽", "2024-10-31"))),
        List.of(
            "Sheet 「台账」: column D 「原责任单位」 is not imported (its header names a former value"
                + " (原…/曾用…)); the text of its 2 filled cell(s) was not kept.",
            "Sheet 「台账」: column F 「曾用责任人」 is not imported (its header names a former value"
                + " (原…/曾用…)); the text of its 1 filled cell(s) was not kept.",
            "Sheet 「台账」: column H 「责任领导」 is not imported (it is hidden in Excel); the text of its 2"
                + " filled cell(s) was not kept."));
  }

  // --- 2. 大类 | 小类 as a category path ---

  public static Construct categoryColumns() {
    Object[][] rows = {
      row("序号", "小类", "大类", "问题描述", "整改措施", "责任单位", "完成时限"),
      row(1, "理论学习", "党的建设", "学习不深入。", "制定学习计划。", "机关党委", "2024年9月30日"),
      row(2, null, null, "学习笔记不全。", "检查学习笔记。", "机关党委", "2024年9月30日"),
      row(3, "组织生活", null, "三会一课不规范。", "规范三会一课。", "各党支部", "2024年12月31日"),
      row(4, null, "业务工作", "采购程序不规范。", "完善采购制度。", "财务科", "2024年11月30日"),
    };
    SheetSpec spec =
        new SheetSpec("台账", rows, List.of(new int[] {1, 3, 2, 2}), List.of(), List.of());
    return new Construct(
        "ledger-category-levels",
        wb -> write(wb, spec),
        List.of(
            problem(
                "学习不深入。",
                List.of("党的建设", "理论学习"),
                "台账",
                2,
                2,
                deadline("制定学习计划。", "机关党委", null, "2024-09-30")),
            problem(
                "学习笔记不全。",
                List.of("党的建设", "理论学习"),
                "台账",
                3,
                3,
                deadline("检查学习笔记。", "机关党委", null, "2024-09-30")),
            problem(
                "三会一课不规范。",
                List.of("党的建设", "组织生活"),
                "台账",
                4,
                4,
                deadline("规范三会一课。", "各党支部", null, "2024-12-31")),
            problem(
                "采购程序不规范。",
                List.of("业务工作"),
                "台账",
                5,
                5,
                deadline("完善采购制度。", "财务科", null, "2024-11-30"))),
        List.of());
  }

  // --- 4. phone numbers in leader and person cells ---

  public static Construct phoneNumbersInNameCells() {
    Object[][] rows = {
      row("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限"),
      row(1, "食堂账目不清。", "清查食堂账目。", "王建国 13912345678", "后勤中心", "刘芳（0571-88886666）", "2024年9月30日"),
      row(2, "合同管理混乱。", "建立合同台账。", "张海", "办公室", "马丽\n电话：88886666", "2024年10月31日"),
    };
    SheetSpec spec = sheet("台账", rows);
    return new Construct(
        "ledger-phone-numbers",
        wb -> write(wb, spec),
        List.of(
            problem(
                "食堂账目不清。",
                List.of(),
                "台账",
                2,
                2,
                measure("清查食堂账目。", List.of("后勤中心"), "王建国", "刘芳", "DEADLINE", "2024-09-30")),
            problem(
                "合同管理混乱。",
                List.of(),
                "台账",
                3,
                3,
                measure("建立合同台账。", List.of("办公室"), "张海", "马丽", "DEADLINE", "2024-10-31"))),
        List.of(
            "Sheet 「台账」 row 2: the phone number(s) in the 责任领导 cell were left out of the name"
                + " (「王建国」 was read).",
            "Sheet 「台账」 row 2: the phone number(s) in the 责任人 cell were left out of the name"
                + " (「刘芳」 was read).",
            "Sheet 「台账」 row 3: the phone number(s) in the 责任人 cell were left out of the name"
                + " (「马丽」 was read)."));
  }

  // --- 5. year-month and eight-digit dates ---

  public static Construct yearMonthAndEightDigitDates() {
    String[] texts = {"学习记录不全", "会议纪要缺失", "台账更新滞后", "采购审批不严", "公章使用未登记", "车辆维修无审批", "培训计划未落实"};
    Object[] limits = {
      "2024年9月",
      "2024.09",
      "2024-11",
      20241015,
      "20241231",
      "2024/8/15",
      new YearMonthCell(LocalDate.of(2025, 2, 1))
    };
    String[] deadlines = {
      "2024-09-30",
      "2024-09-30",
      "2024-11-30",
      "2024-10-15",
      "2024-12-31",
      "2024-08-15",
      "2025-02-28"
    };
    Object[][] rows = new Object[texts.length + 1][];
    rows[0] = row("序号", "存在问题", "整改措施", "责任单位", "整改时限");
    List<Map<String, Object>> problems = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      rows[i + 1] = row(i + 1, texts[i] + "。", "整改" + texts[i] + "。", "办公室", limits[i]);
      problems.add(
          problem(
              texts[i] + "。",
              List.of(),
              "台账",
              i + 2,
              i + 2,
              deadline("整改" + texts[i] + "。", "办公室", null, deadlines[i])));
    }
    SheetSpec spec = sheet("台账", rows);
    return new Construct(
        "ledger-month-and-digit-dates", wb -> write(wb, spec), problems, List.of());
  }

  // --- 8. hidden rows and formulas giving errors ---

  public static Construct hiddenRowsAndFormulaErrors() {
    Object[][] rows = {
      row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
      row(1, "接待费用超标。", "清退超标费用。", "办公室", "刘芳", "2024年9月30日"),
      row(2, "差旅报销不规范。", "规范报销审核。", "财务科", "马丽", "2024年10月31日"),
      row(3, "固定资产未盘点。", "开展资产盘点。", new Formula("#REF!"), new Formula("NA()"), "2024年11月30日"),
    };
    SheetSpec spec = new SheetSpec("台账", rows, List.of(), List.of(2), List.of());
    return new Construct(
        "ledger-hidden-rows-formula-errors",
        wb -> write(wb, spec),
        List.of(
            problem(
                "接待费用超标。", List.of(), "台账", 2, 2, deadline("清退超标费用。", "办公室", "刘芳", "2024-09-30")),
            problem(
                "差旅报销不规范。", List.of(), "台账", 3, 3, deadline("规范报销审核。", "财务科", "马丽", "2024-10-31")),
            problem(
                "固定资产未盘点。",
                List.of(),
                "台账",
                4,
                4,
                measure("开展资产盘点。", List.of(), null, null, "DEADLINE", "2024-11-30"))),
        List.of(
            "Sheet 「台账」: row(s) 3 are hidden in Excel; they were read like the other rows. Check"
                + " them in the dry run: hidden rows often hold entries set aside.",
            "Sheet 「台账」: the formula of cell(s) D4 (#REF!), E4 (#N/A) gives an error; they were read"
                + " as empty. Correct the formula in Excel and upload the file again to import its"
                + " value.",
            "Problem 「固定资产未盘点」, measure 「开展资产盘点。」: no 责任单位 is given."));
  }
}
