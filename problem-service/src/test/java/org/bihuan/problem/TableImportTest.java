package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.LedgerModels;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.Ledgers.Layout;
import org.bihuan.problem.support.Ledgers.Problem;
import org.bihuan.problem.support.Ledgers.Style;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Rectification tables in Word and Excel files built here by POI, imported through {@code POST
 * /sources/{id}/import?dryRun=true}: every field of every problem and measure is compared with the
 * model the table was laid out from.
 */
@QuarkusTest
class TableImportTest {

  static JsonPath dryRun(byte[] body, String mediaType) {
    return RestAssured.given()
        .auth()
        .oauth2(Tokens.reporter("导入人", null))
        .contentType(mediaType)
        .body(body)
        .queryParam("dryRun", "true")
        .post("/api/v1/sources/" + source("表格导入") + "/import")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static void assertProblems(List<Map<String, Object>> expected, JsonPath answer) {
    List<Map<String, Object>> actual = answer.getList("problems");
    assertEquals(expected.size(), actual.size(), "problems: " + answer.prettify());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "problem " + (i + 1));
    }
  }

  static long done(List<Problem> problems) {
    return problems.stream()
        .flatMap(p -> p.measures().stream())
        .filter(m -> m.reportedDone())
        .count();
  }

  @Test
  void aWordTaskListWithMergedProblemCellsGivesOneProblemPerProblemWithAMeasurePerRow() {
    List<Problem> model = LedgerModels.taskList();
    Style style = Style.of(Layout.MERGED).withGroupRows().withCoUnitsAndProgress();
    byte[] docx =
        Ledgers.docx(
            List.of("××局巡察反馈问题整改任务清单", "根据巡察反馈意见，制定如下整改任务清单。"), Ledgers.table(null, model, style));
    JsonPath answer = dryRun(docx, DocumentText.DOCX);
    assertProblems(
        Ledgers.expected(null, model, style, Ledgers.firstDataRow(style), false), answer);
    assertEquals(5, answer.getList("problems").size());
    List<String> warnings = answer.getList("warnings");
    assertEquals(done(model), warnings.size(), warnings.toString());
    warnings.forEach(
        w -> org.hamcrest.MatcherAssert.assertThat(w, containsString("reports it done")));
  }

  @Test
  void aWordTableWithBlankProblemCellsBelowEachProblem() {
    List<Problem> model = LedgerModels.taskList();
    Style style = Style.of(Layout.BLANK).headers(1).withCategoryColumn();
    byte[] docx = Ledgers.docx(List.of(), Ledgers.table(null, model, style));
    assertProblems(
        Ledgers.expected(null, model, style, Ledgers.firstDataRow(style), false),
        dryRun(docx, "application/octet-stream"));
  }

  @Test
  void aWordTableRepeatingTheProblemAndItsNumberOnEveryRow() {
    List<Problem> model = LedgerModels.taskList();
    Style style = Style.of(Layout.REPEATED).headers(2).withGroupRows().withCoUnitsAndProgress();
    byte[] docx = Ledgers.docx(List.of("整改任务清单"), Ledgers.table(null, model, style));
    assertProblems(
        Ledgers.expected(null, model, style, Ledgers.firstDataRow(style), false),
        dryRun(docx, DocumentText.DOCX));
  }

  @Test
  void anExcelLedgerWithTitleRowsMergedCategoriesDateCellsAndANoteRow() {
    List<Problem> model = LedgerModels.taskList();
    Style style =
        Style.of(Layout.MERGED)
            .headers(3)
            .withTitleAndNote()
            .withCategoryColumn()
            .withCoUnitsAndProgress()
            .withSeqAsText();
    byte[] xlsx = Ledgers.xlsx(List.of(Ledgers.table("整改台账", model, style)));
    JsonPath answer = dryRun(xlsx, DocumentText.XLSX);
    assertProblems(
        Ledgers.expected("整改台账", model, style, Ledgers.firstDataRow(style), false), answer);
    assertEquals(done(model), answer.getList("warnings").size(), answer.prettify());
  }

  @Test
  void theSameLedgerAsALegacyXlsWorkbook() {
    List<Problem> model = LedgerModels.taskList();
    Style style = Style.of(Layout.MERGED).withTitleAndNote().withGroupRows().withCategoryColumn();
    byte[] xls = Ledgers.xls(List.of(Ledgers.table("台账", model, style)));
    assertProblems(
        Ledgers.expected("台账", model, style, Ledgers.firstDataRow(style), false),
        dryRun(xls, DocumentText.XLS));
  }

  @Test
  void anXlsWithBlankProblemCells() {
    List<Problem> model = LedgerModels.auditSheet();
    Style style = Style.of(Layout.BLANK).headers(1).withSeqAsText();
    byte[] xls = Ledgers.xls(List.of(Ledgers.table("Sheet1", model, style)));
    assertProblems(
        Ledgers.expected("Sheet1", model, style, Ledgers.firstDataRow(style), false),
        dryRun(xls, "application/octet-stream"));
  }

  @Test
  void severalSheetsEachGiveTheirRowsUnderTheSheetNameAndHiddenOrHeaderlessSheetsAreNamed() {
    Style style = Style.of(Layout.MERGED).withTitleAndNote();
    List<Ledgers.Table> sheets = new ArrayList<>();
    sheets.add(Ledgers.table("巡察反馈问题", LedgerModels.taskList(), style));
    sheets.add(Ledgers.table("审计发现问题", LedgerModels.auditSheet(), style));
    sheets.add(
        new Ledgers.Table(
            "填表说明", List.of(List.of("请按要求填写各列。"), List.of("整改时限须具体到日。")), List.of(), 1));
    sheets.add(Ledgers.table("旧版（隐藏）", LedgerModels.auditSheet(), style));
    byte[] xlsx = Ledgers.workbook(new XSSFWorkbook(), sheets, List.of("旧版（隐藏）"));
    JsonPath answer = dryRun(xlsx, DocumentText.XLSX);
    List<Map<String, Object>> expected =
        new ArrayList<>(
            Ledgers.expected(
                "巡察反馈问题", LedgerModels.taskList(), style, Ledgers.firstDataRow(style), true));
    expected.addAll(
        Ledgers.expected(
            "审计发现问题", LedgerModels.auditSheet(), style, Ledgers.firstDataRow(style), true));
    assertProblems(expected, answer);
    List<String> warnings = answer.getList("warnings");
    assertEquals(2, warnings.size(), warnings.toString());
    org.hamcrest.MatcherAssert.assertThat(
        warnings.get(0), containsString("Sheet 「旧版（隐藏）」 is hidden; it was not read."));
    org.hamcrest.MatcherAssert.assertThat(warnings.get(1), containsString("填表说明"));
  }

  @Test
  void aSheetWithACategoryColumnKeepsItsCategoriesWithoutTheSheetName() {
    Style style = Style.of(Layout.REPEATED).withCategoryColumn();
    byte[] xlsx =
        Ledgers.xlsx(
            List.of(
                Ledgers.table("巡察", LedgerModels.taskList(), style),
                Ledgers.table("审计", LedgerModels.auditSheet(), style)));
    List<Map<String, Object>> expected =
        new ArrayList<>(
            Ledgers.expected(
                "巡察", LedgerModels.taskList(), style, Ledgers.firstDataRow(style), false));
    expected.addAll(
        Ledgers.expected(
            "审计", LedgerModels.auditSheet(), style, Ledgers.firstDataRow(style), false));
    assertProblems(expected, dryRun(xlsx, DocumentText.XLSX));
  }
}
