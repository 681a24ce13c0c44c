package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.UnruledTableCases;
import org.junit.jupiter.api.Test;

/**
 * Tables printed to PDF without cell borders whose rows and columns cannot be told from where their
 * text stands ({@link UnruledTableCases}): rather than answer 200 with problems lost, merged or
 * invented, the import refuses them (422 {@code pdf-table-unreadable}) naming the page and what was
 * wrong, and asks for the original file. Through {@code POST /sources/{id}/import?dryRun}.
 */
@QuarkusTest
class ImportPdfUnruledTablesGuardTest {

  private static ValidatableResponse refused(byte[] pdf) {
    return Api.importAnswer(
            RestAssured.given().queryParam("dryRun", "true"), source("整改台账"), pdf, DocumentText.PDF)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/pdf-table-unreadable"))
        .body(
            "detail",
            allOf(
                containsString("printed without cell borders"),
                containsString("Send the original Word (.docx) or Excel (.xlsx) file"),
                containsString("or a PDF printed with the table's borders")));
  }

  @Test
  void aWordTaskListPrintedWithoutBordersWhoseHeaderIsReadAsProblemsIsRefused() {
    // cells centred across and down their rows: the header's words come back as a category
    // (序号问题) and as a problem (责任单位责任人完成时限), the six numbered problems lost among lines
    refused(UnruledTableCases.taskList())
        .body(
            "detail",
            allOf(
                containsString("page 1: "),
                containsString("「序号问题」 is the table's header words"),
                containsString("「责任单位责任人完成时限」 is the table's header words")));
  }

  @Test
  void theSameTaskListMadeInWordAndExportedByLibreOfficeIsRefused() throws java.io.IOException {
    // the .docx written by POI (OfficeTable: no borders, 存在问题 and 序号 merged down over a
    // problem's measures, every cell centred across and down) exported by LibreOffice 24: 序号 and
    // 责任领导 wrap in their narrow columns and their second characters come back as a problem, the
    // numbers run into the problems' text and 责任领导 and 责任人 into the units
    refused(ImportAnswers.resource("/documents/unruled-table-centred-merged.pdf"))
        .body(
            "detail",
            allOf(
                containsString("page 1: "),
                containsString("「号」 is one character cut from a cell"),
                containsString("「导」 is one character cut from a cell")));
  }

  @Test
  void aLedgerOverThreePagesWithItsHeaderOnceWhoseRowsAreCutIsRefusedNamingThePages() {
    // page 1's rows are read right; on pages 2 and 3 each row is cut in two and 序号 10–14 are cut
    // into their digits: the problems' 序号 run 1, 0, 1, 1, 1, 2 …
    refused(UnruledTableCases.ledger())
        .body(
            "detail",
            allOf(
                not(containsString("page 1: ")),
                containsString("page 2: 序号 0 follows 序号 1 (「行不到位，日常监督检查流于形式"),
                containsString("numbers were cut, merged or skipped"),
                containsString("page 3: 序号 4 follows 序号 1 (「执行不到位，日常监督检查流于形式")));
  }

  @Test
  void aWorkbookOfASummaryAndTwoLedgerSheetsPrintedByCalcIsRefused() {
    // the 汇总 sheet's rows, its dates printed as ###, are read as problems of the ledger
    refused(UnruledTableCases.workbook())
        .body(
            "detail",
            allOf(
                containsString("page 1: "),
                containsString("「###监督管理方面4 2 2」 holds page furniture (a page number or ###)")));
  }
}
