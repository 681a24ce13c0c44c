package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * Excel 整改台账 wider than their page, printed by LibreOffice Calc without gridlines or borders: the
 * columns that do not fit go to the next page, their header words centred over cells set flush left
 * (docs/decisions/0399). A page of such further columns is cut where its cells start, so a 整改进展
 * cell reads whole and in its column; a sheet whose page 1 did not read all its rows (rows taller
 * than the gap that ends a table) is refused naming page 2's lines standing below the rows read,
 * never answered with problems missing their fields. Through {@code POST
 * /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfWideSheetWithoutGridlinesTest {

  private static JsonPath dryRun(String file, String type) throws IOException {
    return ImportAnswers.dryRunPath("整改台账", ImportAnswers.resource("/documents/" + file), type);
  }

  @Test
  void aNineColumnSheetWhoseProgressIsPrintedOnPage2ReadsAsItsWorkbook() throws IOException {
    JsonPath sheet = dryRun("calc-wide-sheet-progress-on-page-2.xlsx", DocumentText.XLSX);
    JsonPath pdf = dryRun("calc-wide-sheet-progress-on-page-2.pdf", DocumentText.PDF);
    List<Map<String, Object>> fromPdf = withoutOrigins(problems(pdf));
    assertEquals(withoutOrigins(problems(sheet)), fromPdf);
    assertEquals(6, pdf.getList("problems").size());
    // page 2's columns: 责任人, 整改时限 (centred) and 整改进展 (flush left, wrapped over two lines)
    assertEquals("王强", pdf.getString("problems[0].measures[0].responsiblePerson"));
    assertEquals("2024-12-31", pdf.getString("problems[0].measures[0].deadline"));
    assertEquals("已制定年度学习计划，按月开展集中学习", pdf.getString("problems[0].measures[0].progress"));
    assertEquals("持续推进", pdf.getString("problems[1].measures[1].progress"));
    assertEquals("LONG_TERM", pdf.getString("problems[1].measures[1].timing"));
    assertEquals("2025-03-31", pdf.getString("problems[2].measures[0].deadline"));
    assertEquals("正在报批", pdf.getString("problems[3].measures[1].progress"));
    assertEquals("持续推进", pdf.getString("problems[3].measures[2].progress"));
    assertEquals("3个支部已完成换届", pdf.getString("problems[5].measures[0].progress"));
    assertEquals(List.of("纪检监察室"), pdf.getList("problems[2].measures[0].coResponsibleUnits"));
  }

  @Test
  void aSheetWhoseTallRowsPage1DidNotReadIsRefusedNamingPage2() throws IOException {
    Api.importAnswer(
            RestAssured.given().queryParam("dryRun", "true"),
            Api.source("整改台账"),
            ImportAnswers.resource("/documents/calc-wide-sheet-tall-rows.pdf"),
            DocumentText.PDF)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/pdf-columns"))
        .body(
            "detail",
            allOf(
                containsString(
                    "Page 2 of the PDF holds the columns 责任人、完成期限 of the table on page 1"),
                containsString(
                    "its line 「李娜 2024年10月31日」 stands below the rows read on page 1, whose rows could not all be"
                        + " told apart"),
                containsString("Send the original Excel (.xlsx/.xls) file")));
    // the workbook it was printed from: five problems, eight measures, each with its person
    JsonPath sheet = dryRun("calc-wide-sheet-tall-rows.xlsx", DocumentText.XLSX);
    assertEquals(5, sheet.getList("problems").size());
    assertEquals(3, sheet.getList("problems[3].measures").size());
    assertEquals("李娜", sheet.getString("problems[1].measures[0].responsiblePerson"));
    assertEquals("吴敏", sheet.getString("problems[3].measures[1].responsiblePerson"));
  }
}
