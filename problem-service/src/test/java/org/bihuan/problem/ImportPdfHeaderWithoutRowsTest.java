package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.RuledPdfs;
import org.junit.jupiter.api.Test;

/**
 * Excel ledgers printed by LibreOffice Calc without gridlines whose header row is printed but from
 * which no table is read (docs/decisions/0391): read as an outline, the first one gave one problem
 * made of a measure's first line (all six lost), the second none at all (422 no-outline, naming no
 * page). Each is refused as a misread table, naming the page and the header, and asking for the
 * .xlsx, which reads right. Since docs/decisions/0393 the columns of the first two are cut where
 * their cells start and they read as their workbooks; a sheet whose cells are all centred is still
 * refused so. Through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfHeaderWithoutRowsTest {

  private static final String HEADER = "序号 问题描述 整改措施 责任单位 责任人 责任领导 整改时限";

  private static ValidatableResponse dryRun(String name, String mediaType) throws IOException {
    return Api.importAnswer(
            RestAssured.given().queryParam("dryRun", "true"),
            source("巡察整改台账"),
            ImportAnswers.resource("/documents/" + name),
            mediaType)
        .then();
  }

  private static JsonPath dryRunPath(String name, String mediaType) throws IOException {
    return ImportAnswers.dryRunPath(
        "巡察整改台账", ImportAnswers.resource("/documents/" + name), mediaType);
  }

  private static void refused(String name) throws IOException {
    ImportAnswers.unreadableTable(
        dryRun(name, DocumentText.PDF),
        "page 1: the table's header 「"
            + HEADER
            + "」 is printed, but no row under it could be told apart from the next");
  }

  @Test
  void aLedgerPrintedWithItsCellsAtTheBottomNowReadsAsItsWorkbook() throws IOException {
    // refused until its columns were cut where its cells start (docs/decisions/0393)
    JsonPath pdf = dryRunPath("calc-unread-bottom-plain.pdf", DocumentText.PDF);
    JsonPath sheet = dryRunPath("calc-unread-bottom-plain.xlsx", DocumentText.XLSX);
    assertEquals(6, pdf.getList("problems").size());
    assertEquals(
        ImportAnswers.withoutOrigins(ImportAnswers.problems(sheet)),
        ImportAnswers.withoutOrigins(ImportAnswers.problems(pdf)));
  }

  @Test
  void aLedgerPrintedWithItsCellsAtTheTopNowReadsItsSixProblems() throws IOException {
    dryRun("calc-unread-top-plain.pdf", DocumentText.PDF)
        .statusCode(200)
        .body("problems.size()", is(6))
        .body("problems[0].title", is("理论学习中心组学习不够系统，学习计划落实不到位，专题研讨流于形式"))
        .body("problems[0].measures[0].measure", is("制定年度学习计划，每月开展一次集中学习，建立学习台账"))
        .body("problems[0].measures[0].responsibleUnits[0]", is("党委办公室"))
        .body("problems[0].measures[0].coResponsibleUnits[0]", is("宣传部"))
        .body("problems[0].measures[0].responsiblePerson", is("张明"))
        .body("problems[0].measures[0].leaderInCharge", is("李建国"))
        .body("problems[0].measures[0].deadline", is("2025-03-31"))
        .body("problems[5].title", is("意识形态工作责任制落实不到位，阵地管理存在薄弱环节"));
  }

  @Test
  void aLedgerWhoseCellsAreAllCentredIsRefusedAsAMisreadTable() throws IOException {
    // no column's cells start at one x: where its columns part is not known (0393)
    refused("calc-columns-all-centred.pdf");
  }

  @Test
  void aTwoPageLedgerWithItsHeaderOnceIsRefusedNotReadAsOneProblemOfAHundredLines()
      throws IOException {
    // its rows are told apart now (0393), but rows at the bottom of their cells still run
    // several rows' dates into one: refused as misread, never read wrong
    ImportAnswers.unreadableTable(dryRun("calc-unread-long-bottom.pdf", DocumentText.PDF));
  }

  @Test
  void aPlanWithABlankRuledFormAppendedIsReadNotRefused() {
    // the problems are the outline's; the ruled form on page 2 was read as a table that holds none
    float[] widths = {30, 130, 150, 80, 80};
    List<String> blank = List.of("", "", "", "", "");
    byte[] pdf =
        RuledPdfs.ruledPages(
            List.of(
                new RuledPdfs.RuledPage(
                    List.of(
                        "一、存在的问题",
                        "1.会议记录不规范。",
                        "整改措施：建立会议记录审核制度。",
                        "责任单位：办公室",
                        "整改时限：2024年12月31日",
                        "2.档案管理混乱。",
                        "整改措施：开展档案清理。",
                        "责任单位：档案室",
                        "整改时限：2024年11月30日"),
                    List.of(),
                    List.of()),
                new RuledPdfs.RuledPage(
                    List.of("附件：整改台账"),
                    List.of(List.of("序号", "问题描述", "整改措施", "责任单位", "完成时限"), blank, blank),
                    List.of())),
            widths);
    Api.importAnswer(
            RestAssured.given().queryParam("dryRun", "true"), source("整改方案"), pdf, DocumentText.PDF)
        .then()
        .statusCode(200)
        .body("problems.title", contains("会议记录不规范", "档案管理混乱"))
        .body("problems[0].measures[0].responsibleUnits", contains("办公室"))
        .body("problems[1].measures[0].deadline", is("2024-11-30"));
  }
}
