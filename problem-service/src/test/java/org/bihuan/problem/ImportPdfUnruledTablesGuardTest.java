package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.CalcLedgerPrints;
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
    return ImportAnswers.unreadableTable(
        ImportAnswers.imported(source("整改台账"), pdf, DocumentText.PDF, true),
        "printed without cell borders",
        "or a PDF printed with the table's borders");
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

  @Test
  void aFiveRowLedgerDrawnAsCalcSetsItAtTheTopOfItsRowsIsRefused() {
    // the 序号 at the right of their narrow column, against 问题描述, its first row a line taller:
    // read as one problem 「1理论学习…」 and four rows of text outside the table, as Calc's own print
    // below is
    refused(UnruledTableCases.topAlignedLedger())
        .body(
            "detail",
            allOf(
                containsString(
                    "page 1: 「1理论学习中心组学习制度执行不严格，个别专题学习流于形式」 begins with its 序号 run"
                        + " into its words: the 序号 column was not told apart"),
                containsString(
                    "lines outside the table begin with the 序号 2–5 that go on from its last, 1:"
                        + " its rows were lost")));
  }

  // PDFs exported by LibreOffice 24 (soffice --convert-to pdf) from .xlsx and .docx files whose
  // tables have no borders: Calc prints a sheet without its gridlines, Writer a table without its
  // cell borders

  private static ValidatableResponse refusedFile(String name) {
    return refused(file(name));
  }

  private static byte[] file(String name) {
    try {
      return ImportAnswers.resource("/documents/" + name);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aFiveRowLedgerPrintedByCalcWithItsCellsAtTheTopIsRead() {
    // 序号 (numbers, right-aligned against 问题描述, 0.19 of a character from it) are cut from the
    // problems' words; the first row a line taller than its text does not end the table
    readAs("unruled-calc-ledger-top-aligned.pdf", CalcLedgerPrints.ledger(), List.of());
    readAs("unruled-calc-ledger-untitled.pdf", CalcLedgerPrints.ledger(), List.of());
  }

  @Test
  void theSameLedgerWithIts序号WrittenAsTextOrCentredIsRead() {
    // the rows below the taller first row, their 序号 going on from its 1, are the table's
    for (String name :
        new String[] {
          "unruled-calc-ledger-seq-as-text.pdf", "unruled-calc-ledger-seq-centred.pdf"
        }) {
      readAs(name, CalcLedgerPrints.ledger(), List.of());
    }
  }

  @Test
  void aCalcLedgerWith序号AndProblemsMergedOverTheirMeasuresIsRead() {
    // a problem's measures in the rows below its own, without a 序号: the same problem's
    readAs("unruled-calc-ledger-merged-seq.pdf", CalcLedgerPrints.mergedLedger(), List.of());
  }

  private static void readAs(String name, List<Map<String, Object>> problems, List<String> warned) {
    JsonPath read =
        JsonPath.from(
            Api.importAnswer(
                    RestAssured.given().queryParam("dryRun", "true"),
                    source("整改台账"),
                    file(name),
                    DocumentText.PDF)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals(problems, ImportAnswers.problems(read), name + ": " + read.prettify());
    assertEquals(warned, read.getList("warnings"), name);
  }

  @Test
  void aWordTableWithItsCategoryMergedReadAsOneProblemOfHeaderWordsIsRefused() {
    refusedFile("unruled-table-category-merged.pdf")
        .body(
            "detail",
            allOf(
                containsString("page 1: "),
                containsString(
                    "「类别序号存在问题整改措施牵头领导门）」 holds the table's header words run together")));
  }

  @Test
  void aLongCentredWordTableWithItsHeaderOnceReadAsOutlineAfterItIsRefused() {
    refusedFile("unruled-table-header-once-centred.pdf")
        .body(
            "detail",
            allOf(
                containsString("page 1: the 完成时限 「2024年11月30日2024年8月15日」"),
                containsString("page 2: the 完成时限 「2024年12月15日2024年9月15日」 of 「差，监督检查不够经常"),
                containsString("runs several rows' dates together: rows were merged")));
  }

  @Test
  void aWordTaskListWithItsCellsAtTheBottomWhoseMeasuresAreJoinedIsRefused() {
    refusedFile("unruled-task-list-bottom-aligned.pdf")
        .body(
            "detail",
            allOf(
                containsString("page 1: the 完成时限 「2024年9月30日2024年10月31日」 of 「理论学习不够深入"),
                containsString("「2024年11月30日2024年10月15日」 of 「基层党组织建设薄弱")));
    refusedFile("unruled-long-merged-bottom-aligned.pdf")
        .body(
            "detail",
            allOf(
                containsString("page 1: the 完成时限 「2024年9月30日2024年12月31日」"),
                containsString("「2024年10月31日2024年11月30日2024年12月…」 of 「选人用人工作不够规范」")));
  }

  @Test
  void
      aCalcFormNumbered1To50WithThreeRowsFilledIsReadAndItsColumnsSpilledOnAPageOfTheirOwnRefused() {
    // the three rows filled in are the problems; the rows holding only their 序号 are named
    readAs(
        "unruled-calc-form-prenumbered.pdf",
        CalcLedgerPrints.prenumberedForm(),
        List.of(
            "The line 「343536373839404142434445464748…」, repeated at the top or bottom of page(s) 2,"
                + " was read as a running header or footer and left out of the text.",
            "Table rows 5–33 hold only their 序号 (4–32) and no other cell; they name no problem and"
                + " were not imported."));
    // 责任人 and 整改时限 printed on page 3, after the 50 numbers' two pages: not joined to their rows
    refusedFile("unruled-calc-form-prenumbered-spilled.pdf")
        .body(
            "detail", containsString("page 3: 「责任人」 is a number or a header name, not a problem"));
  }

  @Test
  void theSameTablesPrintedWithTheirCellsAtTheTopAreStillRead() {
    // problems, measures and their people as the pages show them (titles without their last 。, a
    // long problem's first clause, 第N项问题： left out, as the reader titles problems)
    List<String> fiveTitles =
        List.of(
            "理论学习不够深入，学用结合不紧密，个别党员干部参加集中学习时存在应付现象",
            "落实中央八项规定精神不够严格，公务接待审批手续不全",
            "财务管理制度执行不到位，部分报销凭证附件不齐全，存在白条入账现象",
            "基层党组织建设薄弱，“三会一课”制度落实不规范",
            "意识形态工作责任制落实不到位，阵地管理存在漏洞");
    ValidatableResponse read = read("unruled-task-list-top-aligned.pdf", 5, 9);
    read.body("problems.title", org.hamcrest.Matchers.is(fiveTitles));
    duties(read, "problems[0].measures[0]", "党委办公室", "王建国", "李明", "2024-09-30");
    duties(read, "problems[4].measures[1]", "宣传科", "刘洋", "郑爽", "2024-12-31");
    read = read("unruled-task-list-unmerged.pdf", 5, 5);
    read.body("problems.title", org.hamcrest.Matchers.is(fiveTitles));
    duties(read, "problems[0].measures[0]", "党委办公室", "王建国", "李明", "2024-09-30");
    duties(read, "problems[4].measures[0]", "宣传科", "刘洋", "郑爽", "2024-10-15");
    read = read("unruled-long-merged-top-aligned.pdf", 3, 7);
    read.body(
        "problems.title",
        org.hamcrest.Matchers.contains(
            "部分党员领导干部对党的创新理论学习不够系统深入",
            "选人用人工作不够规范",
            "内部控制制度不健全，政府采购管理不规范，部分项目化整为零规避公开招标，合同管理台账不完整"));
    duties(read, "problems[0].measures[0]", "党委办公室", "王建国", "李明", "2024-09-30");
    duties(read, "problems[2].measures[1]", "办公室", "张伟", "陈静", "2024-09-30");
    read = read("unruled-table-header-repeated.pdf", 18, 26);
    List<String> titles = new java.util.ArrayList<>();
    for (int i = 1; i <= 18; i++) {
      titles.add(
          i % 2 == 1 ? "在日常工作中对有关制度的执行存在偏差" : "在日常工作中对有关制度的执行存在偏差，监督检查不够经常，部分环节流于形式，导致问题反复出现");
    }
    read.body("problems.title", org.hamcrest.Matchers.is(titles));
    duties(read, "problems[0].measures[0]", "纪检监察室", "张伟", "陈静", "2024-09-30");
    duties(read, "problems[17].measures[1]", "宣传科", "王建国", "陈静", "2024-07-30");
  }

  private static void duties(
      ValidatableResponse read,
      String at,
      String unit,
      String leader,
      String person,
      String deadline) {
    read.body(at + ".responsibleUnits", org.hamcrest.Matchers.contains(unit))
        .body(at + ".leaderInCharge", org.hamcrest.Matchers.is(leader))
        .body(at + ".responsiblePerson", org.hamcrest.Matchers.is(person))
        .body(at + ".deadline", org.hamcrest.Matchers.is(deadline));
  }

  @Test
  void aTaskListNumbered一To五PrintedWithItsCellsAtTheTopIsReadNotRefused() {
    // LibreOffice's export of a Word task list without borders whose 序号 are 一 二 三 四 五: the
    // numbers are printed in the 序号 column, so nothing says the table was misread
    Api.importAnswer(
            RestAssured.given().queryParam("dryRun", "true"),
            source("整改台账"),
            file("unruled-task-list-chinese-numbers-top-aligned.pdf"),
            DocumentText.PDF)
        .then()
        .statusCode(200)
        .body(
            "problems.title",
            org.hamcrest.Matchers.contains(
                "理论学习不够深入，学用结合不紧密，个别党员干部参加集中学习时存在应付现象",
                "落实中央八项规定精神不够严格，公务接待审批手续不全",
                "财务管理制度执行不到位，部分报销凭证附件不齐全，存在白条入账现象",
                "基层党组织建设薄弱，“三会一课”制度落实不规范",
                "意识形态工作责任制落实不到位，阵地管理存在漏洞"))
        .body("problems.measures.flatten().size()", org.hamcrest.Matchers.is(9))
        .body("problems[0].measures[0].measure", org.hamcrest.Matchers.is("制定年度学习计划，每月开展一次集中学习研讨。"))
        .body("problems[0].measures[0].responsibleUnits", org.hamcrest.Matchers.contains("党委办公室"))
        .body("problems[0].measures[0].leaderInCharge", org.hamcrest.Matchers.is("王建国"))
        .body("problems[0].measures[0].responsiblePerson", org.hamcrest.Matchers.is("李明"))
        .body("problems[0].measures[0].deadline", org.hamcrest.Matchers.is("2024-09-30"));
  }

  @Test
  void ruledAndOutlinePdfsWhoseFieldsNameDutiesAreReadNotRefused() {
    // 部门负责人 (two duty names), 各部门各单位, and a measure naming 责任单位、责任人和完成时限: words a
    // table's header is made of, written in cells and lines that were read right
    byte[] ruled =
        org.bihuan.problem.support.RuledPdfs.table(
            List.of("整改台账"),
            List.of(
                List.of("序号", "问题描述", "整改措施", "责任单位", "责任人", "完成时限"),
                List.of("1", "会议记录不规范", "明确责任单位、责任人和完成时限", "办公室", "部门负责人", "2024年12月31日"),
                List.of("2", "档案管理混乱", "由分管领导约谈各部门负责人", "各部门各单位", "单位主要负责人", "2024年11月30日")),
            new float[] {30, 110, 170, 70, 70, 80});
    byte[] outline =
        org.bihuan.problem.support.ChinesePdf.of(
            List.of(
                List.of(
                    "一、存在的问题", "1.会议记录不规范。", "整改措施：明确责任单位、责任人和完成时限。", "责任单位：办公室", "责任人：部门负责人")));
    for (byte[] pdf : List.of(ruled, outline)) {
      Api.importAnswer(
              RestAssured.given().queryParam("dryRun", "true"),
              source("整改台账"),
              pdf,
              DocumentText.PDF)
          .then()
          .statusCode(200)
          .body("problems[0].title", org.hamcrest.Matchers.is("会议记录不规范"))
          .body("problems[0].measures[0].measure", containsString("明确责任单位、责任人和完成时限"));
    }
  }

  private static ValidatableResponse read(String name, int problems, int measures) {
    return Api.importAnswer(
            RestAssured.given().queryParam("dryRun", "true"),
            source("整改台账"),
            file(name),
            DocumentText.PDF)
        .then()
        .statusCode(200)
        .body("problems.size()", org.hamcrest.Matchers.is(problems))
        .body("problems.measures.flatten().size()", org.hamcrest.Matchers.is(measures));
  }
}
