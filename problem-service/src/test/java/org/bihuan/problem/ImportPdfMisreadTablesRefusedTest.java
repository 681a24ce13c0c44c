package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * PDFs of tables printed without borders that were answered 200 with a wrong reading — problems
 * lost, merged or made up, fields of several columns or rows run together — and are refused as
 * misread tables (422 pdf-table-unreadable) naming why (docs/decisions/0397): a 责任人 holding the
 * dates of the 整改时限 column (a Calc ledger read as one problem), a title made of the header's words
 * (a sheet printed over pages with its header repeated), titles that are bare numbers (a wide sheet
 * read as an outline), a measure with none of the duties of its table's others (a Word table whose
 * 序号 stands at the bottom of its rows: a cell's last line read as a row). The files they were made
 * from read right. Through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfMisreadTablesRefusedTest {

  private static ValidatableResponse answer(String sourceId, String name, String type, boolean dry)
      throws IOException {
    return ImportAnswers.imported(
        sourceId, ImportAnswers.resource("/documents/" + name), type, dry);
  }

  private static void refused(String name, String why) throws IOException {
    ImportAnswers.unreadableTable(answer(source("整改台账"), name, DocumentText.PDF, true), why);
  }

  @Test
  void aLedgerWhoseDatesRanIntoTheResponsiblePersonIsRefusedAndNothingIsWritten()
      throws IOException {
    refused("calc-ledger-dates-in-person.pdf", "page 1: the 责任人 「王强2024年12月底李娜2024年10月31日");
    // imported for real, the refusal writes nothing
    String sourceId = source("整改台账");
    answer(sourceId, "calc-ledger-dates-in-person.pdf", DocumentText.PDF, false)
        .statusCode(422)
        .body("type", endsWith("/problems/pdf-table-unreadable"));
    asViewer()
        .queryParam("sourceId", sourceId)
        .get("/api/v1/problems")
        .then()
        .statusCode(200)
        .body("items", empty());
    // the sheet it was printed from: five problems, one person each
    answer(source("整改台账"), "calc-ledger-dates-in-person.xlsx", DocumentText.XLSX, true)
        .statusCode(200)
        .body("problems.size()", is(5))
        .body("problems[0].title", is("理论学习中心组学习制度落实不到位，学习计划执行率不高"))
        .body("problems[0].measures[0].responsiblePerson", is("王强"))
        .body("problems[0].measures[0].leaderInCharge", is("张明"))
        .body("problems[0].measures[0].responsibleUnits", contains("党委办公室"))
        .body("problems[4].measures[0].responsiblePerson", is("郑洁"));
  }

  @Test
  void aSheetPrintedOverPagesReadAsTheHeadersWordsIsRefused() throws IOException {
    refused(
        "calc-ledger-header-as-title.pdf",
        "page 1: 「序号问题描述」 is a number or the table's header words, not a problem");
  }

  @Test
  void aWideSheetReadAsAnOutlineOfNumbersAndTimeLimitsIsRefused() throws IOException {
    refused(
        "calc-ledger-read-as-outline.pdf",
        "page 1: 「1」 is a number or the table's header words, not a problem");
  }

  @Test
  void aWordTableWhoseCellsLastLineWasReadAsARowIsRefused() throws IOException {
    refused(
        "word-bottom-seq-cell-tail.pdf",
        "the measure 「查。」 of 「意识形态工作责任制落实不到位保密管理存在漏洞」 has none of the duties the table's"
            + " other measures have");
    // the .docx it was printed from: six problems, the sixth with its own measure and duties
    answer(source("整改台账"), "word-bottom-seq-cell-tail.docx", DocumentText.DOCX, true)
        .statusCode(200)
        .body("problems.size()", is(6))
        .body("problems[5].title", is("保密管理存在漏洞"))
        .body("problems[5].measures[0].responsiblePerson", is("吴敏"))
        .body("problems[5].measures[0].deadline", is("2025-01-15"));
  }

  @Test
  void aLedgerWhoseRowsFellOutOfItsTableAsLinesIsRefused() throws IOException {
    // a Calc ledger with a 配合部门 column: one row read from the table, the others as lines of the
    // page with their cells run together and no measure
    refused(
        "calc-ledger-rows-read-as-lines.pdf",
        "「梳理“三重一大”事项清单」 was read as a line beside the table, not as its row");
    // group rows across the sheet, printed two pages wide: page 2's 责任人 and 完成期限 stand beside the
    // rows page 1 lost (people and their time limits were read as problems before 0399)
    answer(source("整改台账"), "calc-ledger-groups-names-as-titles.pdf", DocumentText.PDF, true)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/pdf-columns"))
        .body(
            "detail",
            containsString(
                "its line 「李娜 2024年10月31日」 stands below the rows read on page 1, whose rows could not"
                    + " all be told apart"));
  }

  @Test
  void aPlanWhoseHeadingIsAYearIsReadNotRefused() throws IOException {
    // one outline heading 三、2023年 is a plan's own, not a table's cell read as a line
    answer(source("整改方案"), "plan-year-heading.pdf", DocumentText.PDF, true)
        .statusCode(200)
        .body("problems.size()", is(3))
        .body("problems[2].title", is("2023年"))
        .body("problems[2].measures[0].measure", is("对2023年度遗留问题逐项销号。"))
        .body("problems[2].measures[0].responsibleUnits", contains("财务科"));
    answer(source("整改方案"), "plan-year-heading.docx", DocumentText.DOCX, true)
        .statusCode(200)
        .body("problems.size()", is(3))
        .body("problems[2].title", is("2023年"));
  }
}
