package org.bihuan.problem.support;

import static org.bihuan.problem.support.ImportAnswers.measure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Excel ledgers (either format) with the constructs units' 台账 have and the model ledgers do not,
 * each with the dry run's answer written by hand from the sheet (problems and warnings), for the
 * import tests and the import-accuracy corpus: former-value and hidden columns, several category
 * columns, a 整改措施 cell merged over two problems, phone numbers in name cells, year-month and
 * eight-digit dates, 序号 that start problems, a measures sheet linked by 问题序号, hidden rows and
 * formulas giving errors.
 */
public final class LedgerConstructs {

  private LedgerConstructs() {}

  /** A construct: its workbook written into a new {@link Workbook}, its problems and warnings. */
  public record Construct(
      String name,
      Function<Workbook, byte[]> workbook,
      List<Map<String, Object>> problems,
      List<String> warnings) {}

  /** A formula cell (written without =), its cached result computed by POI. */
  record Formula(String formula) {}

  /** A date cell formatted to show the year and month only (yyyy"年"m"月"). */
  record YearMonthCell(LocalDate date) {}

  /** One sheet: rows of cells, merged areas {first row, last row, first col, last col}. */
  record SheetSpec(
      String name,
      Object[][] rows,
      List<int[]> merges,
      List<Integer> hiddenRows,
      List<Integer> hiddenColumns) {}

  static byte[] write(Workbook wb, SheetSpec... sheets) {
    try (wb) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
      CellStyle month = wb.createCellStyle();
      month.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\""));
      for (SheetSpec spec : sheets) {
        Sheet sheet = wb.createSheet(spec.name());
        for (int r = 0; r < spec.rows().length; r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < spec.rows()[r].length; c++) {
            Object v = spec.rows()[r][c];
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof LocalDate d) {
              cell.setCellValue(d);
              cell.setCellStyle(date);
            } else if (v instanceof YearMonthCell m) {
              cell.setCellValue(m.date());
              cell.setCellStyle(month);
            } else if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v instanceof Formula f) {
              cell.setCellFormula(f.formula());
            } else {
              cell.setCellValue(v.toString());
            }
          }
        }
        for (int[] m : spec.merges()) {
          sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
        }
        for (int r : spec.hiddenRows()) {
          sheet.getRow(r).setZeroHeight(true);
        }
        for (int c : spec.hiddenColumns()) {
          sheet.setColumnHidden(c, true);
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SheetSpec sheet(String name, Object[][] rows) {
    return new SheetSpec(name, rows, List.of(), List.of(), List.of());
  }

  static Object[] row(Object... cells) {
    return cells;
  }

  /** A measure of the expected answer whose deadline is a date. */
  static Map<String, Object> deadline(String text, String unit, String person, String date) {
    return measure(text, List.of(unit), null, person, "DEADLINE", date);
  }

  /** A problem of the expected answer, read from rows {@code first}–{@code last} of a sheet. */
  @SafeVarargs
  static Map<String, Object> problem(
      String description,
      List<String> path,
      String sheet,
      int first,
      int last,
      Map<String, Object>... measures) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", description.replaceFirst("。$", ""));
    p.put("description", description);
    p.put("categoryPath", path);
    p.put("measures", Arrays.asList(measures));
    Map<String, Object> origin = new LinkedHashMap<>();
    origin.put("sheet", sheet);
    origin.put("rows", List.of(first, last));
    p.put("origin", origin);
    return p;
  }

  /** Every construct, in the order of the tests. */
  public static List<Construct> all() {
    return List.of(
        formerAndHiddenColumns(),
        categoryColumns(),
        measureMergedOverTwoProblems(),
        phoneNumbersInNameCells(),
        yearMonthAndEightDigitDates(),
        seqNumbersStartProblems(),
        measuresSheetLinkedBySeq(),
        hiddenRowsAndFormulaErrors(),
        linkedSheetsWithTwoRowHeaders(),
        twoRowHeaderOverSubHeaders());
  }

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
            problem(
                "落实主体责任不到位。",
                List.of(),
                "台账",
                2,
                2,
                deadline("制定责任清单。", "办公室", null, "2024-09-30")),
            problem(
                "落实主体责任不到位。",
                List.of(),
                "台账",
                3,
                3,
                deadline("开展约谈提醒。", "纪检组", null, "2024-10-31")),
            problem(
                "落实主体责任不到位。",
                List.of(),
                "台账",
                4,
                5,
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
            "Sheet 「台账」 row 3 continues the merged 问题 cell (「落实主体责任不到位。」) under another 序号 (1,"
                + " 2); each 序号 was imported as a problem of its own. If they are one problem, leave"
                + " the 序号 blank or repeat it.",
            "Sheet 「台账」 row 4 has a 序号 of its own (3, after 2) and a blank 问题 cell; it was imported"
                + " as a problem of its own with the problem text of the row above (「落实主体责任不到位。」)."
                + " If they are one problem, leave the 序号 blank or repeat it."));
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
