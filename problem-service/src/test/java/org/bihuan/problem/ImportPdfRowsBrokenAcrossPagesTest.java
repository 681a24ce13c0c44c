package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * Word tables without borders, exported to PDF by LibreOffice, whose rows may break across a page
 * (Word's default), written outside the team (docs/decisions/0392): the header's words centred in
 * their cells, the text flush left, the rest of a row the break cut at the top of the next page.
 * They answered 200 wrong — a problem lost, a measure cut at the break and its last character given
 * to the next problem's measure, two titles run together. Each now reads as the .docx it was made
 * from, or is refused. Through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfRowsBrokenAcrossPagesTest {

  @Test
  void aSixProblemTableWhoseFifthRowTheBreakCutReadsAsItsDocx() {
    // page 2 begins with 「度」, the end of problem 5's measure, then problem 6
    JsonPath read = ImportPdfBorderlessReadRightTest.readAsItsDocx("borderless-split-rows-plain");
    assertEquals(6, read.getList("problems").size());
    assertEquals(
        "开展专项检查，逐笔核查近三年报销凭证，建立审核责任追究制度", read.getString("problems[4].measures[0].measure"));
    assertEquals("固定资产管理混乱，账实不符，部分资产长期闲置未处置", read.getString("problems[5].title"));
    assertEquals("2025-05-31", read.getString("problems[5].measures[0].deadline"));
  }

  @Test
  void anEighteenProblemTableOverPagesWithItsHeaderOnceReadsAsItsDocx() {
    JsonPath read = ImportPdfBorderlessReadRightTest.readAsItsDocx("borderless-split-rows-long");
    assertEquals(18, read.getList("problems").size());
    assertEquals(
        "开展专项检查，逐笔核查近三年报销凭证，建立审核责任追究制度", read.getString("problems[4].measures[0].measure"));
  }

  @Test
  void aTwentyProblemTableWithItsHeaderRepeatedReadsAsItsDocx() {
    // page 4 began with the rest of problem 16's title, measure and date: it went to problem 17
    JsonPath read =
        ImportPdfBorderlessReadRightTest.readAsItsDocx(
            "borderless-split-rows-long-header-repeated");
    assertEquals(20, read.getList("problems").size());
    assertEquals("合同管理不规范，部分合同未经法律审核即签订", read.getString("problems[15].title"));
    assertEquals("作风建设常态化长效化机制不健全，督查问责力度不够", read.getString("problems[16].title"));
  }

  @Test
  void aCentredTableWhose序号StandBelowTheirRowsFirstLinesIsRefusedNotReadWrong() throws IOException {
    // 1、 2、 … set in the middle of their rows: rows 5 and 6, 7 and 8 cannot be told apart yet
    ImportAnswers.unreadableTable(
        Api.dryRunAnswer(
                Api.patient(),
                source("整改台账"),
                ImportAnswers.resource("/documents/borderless-split-rows-centred-numbered.pdf"),
                DocumentText.PDF)
            .then(),
        "序号 56 follows 序号 4");
  }
}
