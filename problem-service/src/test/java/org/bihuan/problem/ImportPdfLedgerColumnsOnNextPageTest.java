package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.CalcPrintedLedger;
import org.junit.jupiter.api.Test;

/**
 * An .xlsx 整改台账 wider than its page, printed to PDF by LibreOffice Calc ({@link
 * CalcPrintedLedger}): 序号 问题 整改措施 责任单位 on page 1, 责任人 整改时限 整改进展 on page 2 with the same rows at the
 * same places, the sheet's name at the top of each page and 「Page N」 at its foot. Without cell
 * borders page 2 was read as the table's rows going on (five problems invented from its dates and
 * progress notes); with borders its columns were lost silently. Page 2's columns are joined to the
 * rows of page 1 by where they stand, and when they cannot be the PDF is refused with a 422 naming
 * why, never read with problems invented or fields lost. Through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0370).
 */
@QuarkusTest
class ImportPdfLedgerColumnsOnNextPageTest {

  static final float[] WIDTHS = {34, 170, 170, 70, 50, 120, 90};

  static List<List<String>> ledger(String secondProgress) {
    return List.of(
        List.of("序号", "问题", "整改措施", "责任单位", "责任人", "整改时限", "整改进展"),
        List.of("1", "干部培训覆盖面不足。", "开展新入职人员岗前培训。", "人事科", "陈静", "2024年9月30日", "已完成"),
        List.of("2", "会议文件偏多。", "建立会议审批制度。", "办公室", "李四", "2024年10月31日", secondProgress),
        List.of("3", "档案管理不规范。", "开展档案专项整理。", "档案室", "王五", "2024年11月30日", "正在推进"),
        List.of("4", "公务用车管理不严格。", "修订公务用车管理办法。", "机关事务科", "赵六", "2024年12月31日", "未开始"),
        List.of("5", "财务报销审核不严。", "开展财务票据自查自纠。", "财务科", "孙七", "2025年3月31日", "已完成"));
  }

  private static JsonPath dryRun(List<List<String>> rows, boolean borders) {
    return dryRunPath(
        "整改台账", CalcPrintedLedger.pdf("整改台账", "整改台账", rows, WIDTHS, 4, borders), DocumentText.PDF);
  }

  private static Map<String, Object> row(
      String problem,
      String measure,
      String unit,
      String person,
      String deadline,
      String progress,
      int row) {
    Map<String, Object> m = measure(measure, List.of(unit), null, person, "DEADLINE", deadline);
    m.put("progress", progress);
    m.put("statusHint", progress.equals("已完成") ? "REPORTED_DONE" : null);
    String title = problem.substring(0, problem.length() - 1);
    return problem(title, problem, List.of(), rows(1, row, row, 1), List.of(m));
  }

  static List<Map<String, Object>> expected(String secondProgress) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(row("干部培训覆盖面不足。", "开展新入职人员岗前培训。", "人事科", "陈静", "2024-09-30", "已完成", 2));
    out.add(row("会议文件偏多。", "建立会议审批制度。", "办公室", "李四", "2024-10-31", secondProgress, 3));
    out.add(row("档案管理不规范。", "开展档案专项整理。", "档案室", "王五", "2024-11-30", "正在推进", 4));
    out.add(row("公务用车管理不严格。", "修订公务用车管理办法。", "机关事务科", "赵六", "2024-12-31", "未开始", 5));
    out.add(row("财务报销审核不严。", "开展财务票据自查自纠。", "财务科", "孙七", "2025-03-31", "已完成", 6));
    return out;
  }

  @Test
  void withoutBordersPageTwosColumnsAreJoinedToTheirRowsAndInventNothing() {
    JsonPath read = dryRun(ledger("正在推进"), false);
    assertEquals(expected("正在推进"), problems(read), read.prettify());
    List<String> warnings = read.getList("warnings");
    assertEquals(
        List.of(),
        warnings.stream().filter(w -> w.contains("Page 2") || w.contains("no 整改措施")).toList(),
        read.prettify());
  }

  @Test
  void withBordersPageTwosColumnsAreJoinedToTheirRowsAlsoACellTallerThanItsRowOnPageOne() {
    JsonPath read = dryRun(ledger("制度已起草，\n正在审议"), true);
    assertEquals(expected("制度已起草，正在审议"), problems(read), read.prettify());
  }

  @Test
  void withoutBordersARowTwoLinesTallOnPageTwoLeavesAGapOnPageOneThatDoesNotEndItsTable() {
    // the row's blank line on page 1 is followed by the next 序号 (0389): the rows go on below it
    JsonPath read = dryRun(ledger("制度已起草，\n正在审议"), false);
    assertEquals(expected("制度已起草，正在审议"), problems(read), read.prettify());
  }

  @Test
  void columnsThatCannotBeMatchedToTheirRowsAreRefusedNamingWhy() {
    // without borders a row five lines tall on page 2 leaves a gap on page 1 taller than a row's
    // blank lines are read over: its table ends there, and page 2's lines of the rows below have
    // no row to go to
    var request = RestAssured.given();
    Api.importAnswer(
            request.queryParam("dryRun", "true"),
            source("整改台账"),
            CalcPrintedLedger.pdf(
                "整改台账", "整改台账", ledger("制度已起草，\n正在审议，\n预计十月\n印发\n实施"), WIDTHS, 4, false),
            DocumentText.PDF)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/pdf-columns"))
        .body(
            "detail",
            allOf(
                containsString("Page 2"),
                containsString("责任人、整改时限、整改进展"),
                containsString("stands beside none of its rows")));
  }
}
