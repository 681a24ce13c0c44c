package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.TableDuties;
import org.junit.jupiter.api.Test;

/**
 * Task lists and units an outside tester imported (issue 11, 0252), rebuilt as real files by POI
 * and PDFBox and read through {@code POST /sources/{id}/import?dryRun=true}: duties in brackets in
 * a 整改措施 cell, a PDF units cell 主责：财务科 / 协办：办公室 wrapped over two lines, role words in a plan's
 * 责任单位, a problem's first sentence copied down beside its next measure, a measure row above the
 * first problem, and 第4、5项 in a 问题序号 cell.
 */
@QuarkusTest
class ImportTableDutiesAndUnitRolesTest {

  private static JsonPath dryRun(byte[] body, String mediaType) {
    return ImportAnswers.dryRunPath("外部文件", body, mediaType);
  }

  private static Map<String, Object> co(Map<String, Object> measure, String... units) {
    measure.put("coResponsibleUnits", List.of(units));
    return measure;
  }

  private static final String DEC = "2024-12-31";

  @Test
  void dutiesInAMeasureCellFirstSentenceCopiesAndAMeasureAboveTheFirstProblem() {
    JsonPath answer = dryRun(TableDuties.wordTaskList(), DocumentText.DOCX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范",
                "公务接待不规范。",
                List.of(),
                rows(1, 2, 3),
                List.of(
                    measure("建立接待登记台账。", List.of("办公室"), null, "李四", "DEADLINE", DEC),
                    measure("修订接待制度，建立台账", List.of("财务科"), null, "王五", "DEADLINE", "2024-06-30"))),
            problem(
                "会议费管理不严",
                "会议费管理不严。存在超范围列支。",
                List.of(),
                rows(1, 4, 5),
                List.of(
                    measure("规范会议费报销。", List.of("办公室"), null, "李四", "DEADLINE", DEC),
                    measure("清退超范围费用。", List.of("财务科"), null, "王五", "DEADLINE", DEC))),
            problem(
                "政府采购程序不规范",
                "政府采购程序不规范。",
                List.of(),
                rows(1, 6, 6),
                List.of(measure("规范采购流程。", List.of("财务科"), null, "王五", "DEADLINE", DEC))));
    assertEquals(expected, problems(answer), answer.prettify());
    List<String> warnings = answer.getList("warnings", String.class);
    assertThat(
        warnings,
        hasItem(
            containsString(
                "Table row 2: a 整改措施 or 责任单位 above the table's first problem (「建立接待登记台账。")));
    assertThat(
        warnings,
        hasItem(
            containsString("Table row 5 has no 序号 and repeats the first sentence of the problem")));
  }

  @Test
  void aPdfUnitsCellWithRolePrefixesWrappedOverTwoLinesGivesBothRoles() {
    JsonPath answer = dryRun(TableDuties.pdfTaskList(), DocumentText.PDF);
    Map<String, Object> first = rows(1, 2, 2);
    first.put("page", 1);
    Map<String, Object> second = rows(1, 3, 3);
    second.put("page", 1);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范",
                "公务接待不规范。",
                List.of(),
                first,
                List.of(
                    co(measure("修订接待制度。", List.of("财务科"), null, "李四", "DEADLINE", DEC), "办公室"))),
            problem(
                "政府采购程序不规范",
                "政府采购程序不规范。",
                List.of(),
                second,
                List.of(measure("规范采购流程。", List.of("财务科"), null, "王五", "DEADLINE", DEC))));
    assertEquals(expected, problems(answer), answer.prettify());
  }

  @Test
  void rolesInAPlansUnitsLineByPrefixWordsAndBrackets() {
    JsonPath answer = dryRun(TableDuties.planWithUnitRoles(), "text/plain; charset=utf-8");
    assertEquals(4, answer.getList("problems").size(), answer.prettify());
    List<Map<String, Object>> measures =
        List.of(
            co(measure("严格执行三会一课制度。", List.of("办公室"), null, null, "DEADLINE", DEC), "财务科"),
            co(measure("修订接待制度。", List.of("办公室"), null, null, "DEADLINE", DEC), "各科室"),
            co(measure("规范会议费报销。", List.of("财务科"), null, null, "DEADLINE", DEC), "审计科"),
            measure("开展资产清查。", List.of("财务科"), null, null, "DEADLINE", DEC));
    for (int i = 0; i < 4; i++) {
      assertEquals(
          List.of(measures.get(i)),
          answer.getList("problems[" + i + "].measures"),
          answer.prettify());
    }
    assertEquals(
        List.of("三会一课落实不到位", "公务接待不规范", "会议费管理不严", "资产账实不符"), answer.getList("problems.title"));
  }

  @Test
  void itemWordsAroundTheNumbersOfAProblemReferenceAreRead() {
    JsonPath answer = dryRun(TableDuties.measuresNamingItems(), DocumentText.XLSX);
    Map<String, Object> study = measure("制定学习计划。", List.of("机关党委"), null, "周伟", "DEADLINE", DEC);
    Map<String, Object> ledger = measure("建立业务台账。", List.of("财务科"), null, "马丽", "DEADLINE", DEC);
    Map<String, Object> check = measure("开展专项检查。", List.of("办公室"), null, "刘芳", "DEADLINE", DEC);
    List<Map<String, Object>> expected =
        List.of(
            problem("理论学习不深入", "理论学习不深入。", List.of(), sheetRows("问题清单", 2, 2), List.of(study)),
            problem("采购未执行比价程序", "采购未执行比价程序。", List.of(), sheetRows("问题清单", 3, 3), List.of(ledger)),
            problem("档案移交不及时", "档案移交不及时。", List.of(), sheetRows("问题清单", 4, 4), List.of(ledger)),
            problem("合同管理不规范", "合同管理不规范。", List.of(), sheetRows("问题清单", 5, 5), List.of(check)),
            problem("公车管理不严格", "公车管理不严格。", List.of(), sheetRows("问题清单", 6, 6), List.of(check)));
    assertEquals(expected, problems(answer), answer.prettify());
  }

  @Test
  void anExcelWorkbookSentAsOctetStreamIsReadByItsMagicBytes() {
    // declared as text/plain it is refused 415 since 0309 (ImportDocumentsDeclaredAsTextTest)
    byte[] xlsx = TableDuties.measuresNamingItems();
    JsonPath asText = dryRun(xlsx, "application/octet-stream");
    assertEquals(problems(dryRun(xlsx, DocumentText.XLSX)), problems(asText), asText.prettify());
    assertEquals(5, asText.getList("problems").size());
  }

  @Test
  void theSameDocumentImportedTwiceAtOnceAnswersAlreadyImportedToTheSecond() throws Exception {
    byte[] docx = TableDuties.wordTaskList();
    String source = Api.source("同时导入");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<io.restassured.response.Response>> sent = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        // two callers: one caller's second import at once is refused earlier, 429 (0255)
        boolean admin = i == 1;
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return (admin ? Api.asAdmin() : Api.asReporter())
                      .contentType(DocumentText.DOCX)
                      .body(docx)
                      .post("/api/v1/sources/" + source + "/import");
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (java.util.concurrent.Future<io.restassured.response.Response> f : sent) {
        io.restassured.response.Response r = f.get();
        statuses.add(r.statusCode());
        if (r.statusCode() == 409) {
          assertThat(r.contentType(), containsString("application/problem+json"));
          assertThat(r.jsonPath().getString("type"), containsString("already-imported"));
          assertThat(r.jsonPath().getString("detail"), containsString("already imported"));
        }
      }
      statuses.sort(null);
      assertEquals(List.of(201, 409), statuses);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSentenceMergedAcrossARowTakesNoCategoryFromTheRowAbove() {
    JsonPath answer = dryRun(TableDuties.sentenceRowUnderACategory(), DocumentText.XLSX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "三会一课落实不到位",
                "三会一课落实不到位。",
                List.of("党建"),
                sheetRows("台账", 2, 2),
                List.of(measure("严格执行三会一课制度。", List.of("党办"), null, "李四", "DEADLINE", DEC))),
            problem(
                "食堂管理不规范，存在过期食品", "食堂管理不规范，存在过期食品。", List.of(), sheetRows("台账", 3, 3), List.of()),
            // a category cell left blank under its group's first row holds for it, as before
            problem(
                "组织生活会质量不高",
                "组织生活会质量不高。",
                List.of("党建"),
                sheetRows("台账", 4, 4),
                List.of(measure("规范组织生活会。", List.of("党办"), null, "李四", "DEADLINE", DEC))));
    assertEquals(expected, problems(answer), answer.prettify());
  }
}
