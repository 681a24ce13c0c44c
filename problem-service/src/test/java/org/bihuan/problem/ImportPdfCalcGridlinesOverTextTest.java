package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
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
 * A three-row 整改台账 (.xlsx, its 问题描述 and 整改措施 cells wrapped) printed by LibreOffice Calc 24 with its
 * gridlines (src/test/resources/documents/calc-gridlines-*.pdf, their .xlsx beside them). At the
 * default row height the wrapped cells spill over the rows above and below and the grid lines run
 * through their text: that is no struck-out text, and which row a spilled line belongs to the print
 * does not say, so the PDF is refused (422 pdf-table-unreadable) rather than read with problems
 * left out and measures given to their neighbours. The same sheet with its rows fitted to their
 * text reads whole, and a word Calc prints struck through in such a gridded cell stays a deletion.
 * Through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0419).
 */
@QuarkusTest
class ImportPdfCalcGridlinesOverTextTest {

  private static byte[] file(String name) throws IOException {
    return ImportAnswers.resource("/documents/" + name);
  }

  private static JsonPath read(String name) throws IOException {
    return JsonPath.from(
        Api.importAnswer(
                RestAssured.given().queryParam("dryRun", "true"),
                source("整改台账"),
                file(name),
                DocumentText.PDF)
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  private static Map<String, Object> row(
      String text,
      String measure,
      String unit,
      String person,
      String deadline,
      int first,
      int last) {
    return problem(
        text,
        text,
        List.of(),
        rows(1, first, last, 1),
        List.of(measure(measure, List.of(unit), null, person, "DEADLINE", deadline)));
  }

  @Test
  void aLedgerPrintedWithGridlinesAtTheDefaultRowHeightIsRefusedNotReadWithStruckRows()
      throws IOException {
    ImportAnswers.unreadableTable(
        ImportAnswers.imported(
            source("整改台账"), file("calc-gridlines-default-height.pdf"), DocumentText.PDF, true),
        "its text is drawn over the table's grid lines (page 1: line 5 「公务接待管理不规范，部分接待未履行审」",
        "Its rows are lower than the text they hold",
        "or a PDF printed after fitting the rows' height to their text");
  }

  @Test
  void theSameLedgerWithItsRowsFittedToTheirTextIsReadWhole() throws IOException {
    JsonPath answer = read("calc-gridlines-fitted-height.pdf");
    List<Map<String, Object>> expected =
        List.of(
            row(
                "公务接待管理不规范，部分接待未履行审批手续，陪餐人数超标",
                "修订公务接待管理办法，严格事前审批",
                "办公室",
                "张明",
                "2024-09-30",
                2,
                2),
            row("固定资产账实不符", "开展固定资产全面清查盘点", "财务科", "李红", "2024-10-31", 3, 3),
            row(
                "干部教育培训覆盖面不足，新入职人员未参加岗前培训",
                "制定年度培训计划，开展新入职人员岗前培训",
                "人事科",
                "王强",
                "2024-12-31",
                4,
                4));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aNameCalcPrintsStruckThroughInAGriddedCellIsStillLeftOut() throws IOException {
    JsonPath answer = read("calc-gridlines-fitted-struck-person.pdf");
    List<Map<String, Object>> read = problems(answer);
    assertEquals(3, read.size(), answer.prettify());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> measures = (List<Map<String, Object>>) read.get(1).get("measures");
    assertEquals(
        List.of(measure("开展固定资产全面清查盘点", List.of("财务科"), null, null, "DEADLINE", "2024-10-31")),
        measures,
        answer.prettify());
    assertEquals("固定资产账实不符", read.get(1).get("title"), answer.prettify());
    assertEquals(
        List.of(
            "Page 1 of the PDF: struck-out text (a line drawn through it) was left out: line 4 「李红」"
                + " (lines counted from the top of the page). Check the import if a stroke was not a"
                + " deletion."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
