package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 整改台账 written as an .xlsx (a title row, the header 序号 | 问题描述 | 整改措施 | 责任单位 | 责任人 | 整改时限, six
 * rows, some cells wrapped over two lines, some rows taller than their text, no borders) and
 * printed to PDF by LibreOffice Calc 24 ({@code soffice --headless --convert-to pdf}) without its
 * gridlines: the 序号 set flush right against 问题描述, the cells at the top of their rows or at their
 * bottom (Calc's default). The PDF's dry run gives what the .xlsx's own dry run gives: the same
 * problems, measures and fields. Through {@code POST /sources/{id}/import?dryRun}.
 */
@QuarkusTest
class ImportPdfCalcBorderlessLedgerTest {

  private static final List<Map<String, Object>> LEDGER =
      List.of(
          row(
              "理论学习中心组学习制度执行不严格，个别专题学习流于形式，学用结合不够紧密",
              "修订中心组学习制度，每季度开展一次专题研讨，形成学习成果清单",
              "党委办公室",
              "张明",
              "2024-09-30"),
          row("公务接待审批手续不全", "对照接待管理办法逐项补齐审批单据", "办公室", "李红", "2024-10-31"),
          row(
              "部分报销凭证附件不齐全，存在白条入账现象，财务审核把关不严",
              "全面清理近两年报销凭证，建立财务审核台账，实行双人复核",
              "财务科",
              "王强",
              "2024-11-30"),
          row("基层党组织“三会一课”制度落实不规范", "制定“三会一课”工作清单，每月通报落实情况", "组织部", "赵丽", "2024-12-15"),
          row("意识形态阵地管理存在漏洞", "梳理各类宣传阵地，落实审核责任", "宣传部", "陈刚", "2024-12-31"),
          row(
              "干部档案专项审核发现的问题整改不彻底，个别档案材料缺失，信息记载不一致",
              "逐卷核对干部档案，补齐缺失材料，规范信息记载",
              "组织部",
              "周文",
              "2025-01-31"));

  private static Map<String, Object> row(
      String title, String measure, String unit, String person, String deadline) {
    return problem(
        title,
        title,
        List.of(),
        null,
        List.of(measure(measure, List.of(unit), null, person, "DEADLINE", deadline)));
  }

  private static JsonPath dryRun(String file, String type) throws IOException {
    return ImportAnswers.dryRunPath("整改台账", ImportAnswers.resource("/documents/" + file), type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"calc-borderless-top-aligned", "calc-borderless-bottom-aligned"})
  void theLedgerPrintedByCalcWithoutGridlinesReadsAsItsWorkbookDoes(String name)
      throws IOException {
    JsonPath sheet = dryRun(name + ".xlsx", DocumentText.XLSX);
    JsonPath pdf = dryRun(name + ".pdf", DocumentText.PDF);
    List<Map<String, Object>> fromSheet = withoutOrigins(problems(sheet));
    List<Map<String, Object>> fromPdf = withoutOrigins(problems(pdf));
    assertEquals(fromSheet, fromPdf);
    assertEquals(withoutDescriptions(LEDGER), withoutDescriptions(fromPdf));
    assertEquals(sheet.getList("warnings"), pdf.getList("warnings"));
  }

  private static List<Map<String, Object>> withoutDescriptions(List<Map<String, Object>> in) {
    return in.stream()
        .map(
            p -> {
              Map<String, Object> copy = new java.util.LinkedHashMap<>(p);
              copy.remove("description");
              copy.remove("origin");
              return copy;
            })
        .toList();
  }
}
