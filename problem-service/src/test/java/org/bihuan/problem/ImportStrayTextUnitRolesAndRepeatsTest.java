package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.bihuan.problem.support.PlainLedger.deadlineProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.StrayFindings;
import org.junit.jupiter.api.Test;

/**
 * Documents an outside tester imported, rebuilt as real files by POI and read through {@code POST
 * /sources/{id}/import} (dry run, then committed): findings written as numbered paragraphs after
 * and between a Word document's tables, a problem cell copied down the rows with other closing
 * punctuation, units cells that give their units' roles in words (牵头/主责/负责, 配合/协助/协办/协同/参与) with
 * remarks in brackets, a sentence across an Excel row, and notes under a table (0247).
 */
@QuarkusTest
class ImportStrayTextUnitRolesAndRepeatsTest {

  private static JsonPath dryRun(byte[] body, String mediaType) {
    return ImportAnswers.dryRunPath("外部文件", body, mediaType);
  }

  /** The document imported for real: the answer (201) with the problems it created. */
  private static JsonPath commit(byte[] body, String mediaType) {
    return Api.asReporter()
        .contentType(mediaType)
        .body(body)
        .post("/api/v1/sources/" + Api.source("外部文件导入") + "/import")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> withCoUnits(Map<String, Object> measure, List<String> co) {
    measure.put("coResponsibleUnits", co);
    return measure;
  }

  @Test
  void aProblemCellCopiedDownWithOtherClosingPunctuationIsOneProblemWithAMeasurePerRow() {
    byte[] docx = StrayFindings.copiedProblemCell();
    JsonPath answer = dryRun(docx, DocumentText.DOCX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待审批不规范",
                "公务接待审批不规范。",
                List.of(),
                rows(1, 2, 4),
                List.of(
                    measure("修订公务接待制度。", List.of("办公室"), null, "李四", "DEADLINE", "2024-12-31"),
                    measure("建立接待登记台账。", List.of("办公室"), null, "李四", "DEADLINE", "2024-12-31"),
                    measure("开展接待专项检查。", List.of("纪检组"), null, "赵六", "DEADLINE", "2024-12-31"))),
            // a word more is another problem
            problem(
                "公务接待审批不规范，存在超标准接待",
                "公务接待审批不规范，存在超标准接待。",
                List.of(),
                rows(1, 5, 5),
                List.of(measure("清退超标准费用。", List.of("财务科"), null, "王五", "DEADLINE", "2024-12-31"))),
            problem(
                "政府采购程序不规范",
                "政府采购程序不规范。",
                List.of(),
                rows(1, 6, 6),
                List.of(measure("规范采购流程。", List.of("财务科"), null, "王五", "DEADLINE", "2024-12-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(containsString("Table row 3 repeats the problem text of the row above")));

    JsonPath created = commit(docx, DocumentText.DOCX);
    assertEquals(
        List.of("公务接待审批不规范", "公务接待审批不规范，存在超标准接待", "政府采购程序不规范"),
        created.getList("problems.title"),
        created.prettify());
    assertEquals(3, created.getList("problems[0].measures").size());
  }

  @Test
  void roleWordsInAUnitsCellGiveTheResponsibleAndTheCoResponsibleUnits() {
    byte[] docx = StrayFindings.unitRoles();
    JsonPath answer = dryRun(docx, DocumentText.DOCX);
    List<List<String>> units = new ArrayList<>();
    List<List<String>> co = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      units.add(answer.getList("problems[" + i + "].measures[0].responsibleUnits"));
      co.add(answer.getList("problems[" + i + "].measures[0].coResponsibleUnits"));
    }
    assertEquals(
        List.of(List.of("财务科"), List.of("财务科"), List.of("财务科"), List.of("财务科"), List.of("法规科")),
        units,
        answer.prettify());
    assertEquals(
        List.of(List.of("办公室", "审计科"), List.of("办公室"), List.of("办公室"), List.of(), List.of("办公室")),
        co);
    assertEquals(
        withCoUnits(
            measure("建立派车登记。", List.of("财务科"), null, "李四", "DEADLINE", "2024-12-31"),
            List.of("办公室")),
        answer.getMap("problems[2].measures[0]"));

    JsonPath created = commit(docx, DocumentText.DOCX);
    assertEquals(units.get(0), created.getList("problems[0].measures[0].responsibleUnits"));
    assertEquals(co.get(0), created.getList("problems[0].measures[0].coResponsibleUnits"));
    assertEquals(List.of("财务科"), created.getList("problems[3].measures[0].responsibleUnits"));
  }

  @Test
  void aSentenceAcrossAnExcelRowIsAProblemWhileShortLabelsStayCategoriesAndNotesAreNamed() {
    byte[] xlsx = StrayFindings.sentenceRow();
    JsonPath answer = dryRun(xlsx, DocumentText.XLSX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "三会一课落实不到位",
                "三会一课落实不到位。",
                List.of("党建方面"),
                sheetRows("台账", 3, 3),
                List.of(
                    measure("严格执行三会一课制度。", List.of("党办"), null, "李四", "DEADLINE", "2024-12-31"))),
            problem(
                "食堂管理不规范，存在过期食品",
                "食堂管理不规范，存在过期食品。",
                List.of("党建方面"),
                sheetRows("台账", 4, 4),
                List.of()),
            problem(
                "政府采购程序不规范",
                "政府采购程序不规范。",
                List.of("党建方面", "财务管理"),
                sheetRows("台账", 6, 6),
                List.of(measure("规范采购流程。", List.of("财务科"), null, "王五", "DEADLINE", "2024-12-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    List<String> warnings = answer.getList("warnings", String.class);
    assertThat(
        warnings,
        hasItem(
            containsString(
                "Sheet 「台账」 row 4 holds one sentence across the row (「2.食堂管理不规范，存在过期食品。」)")));
    assertThat(
        warnings, hasItem(containsString("Sheet 「台账」 row 7 is a note (「（备注：整改时限为最迟完成时间）」)")));
    assertThat(warnings, not(hasItem(containsString("一、党建方面"))));

    JsonPath created = commit(xlsx, DocumentText.XLSX);
    assertEquals(
        List.of("三会一课落实不到位", "食堂管理不规范，存在过期食品", "政府采购程序不规范"),
        created.getList("problems.title"),
        created.prettify());
  }

  @Test
  void findingsWrittenAsNumberedParagraphsAfterAndBetweenTablesAreProblemsAndTheClosingIsNot() {
    byte[] docx = StrayFindings.findingsAcrossTables();
    JsonPath answer = dryRun(docx, DocumentText.DOCX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范",
                "公务接待不规范。",
                List.of(),
                rows(1, 2, 2),
                List.of(measure("修订接待制度。", List.of("办公室"), null, "李四", "DEADLINE", "2024-12-31"))),
            problem(
                "政府采购程序不规范",
                "政府采购程序不规范。",
                List.of(),
                rows(1, 3, 3),
                List.of(measure("规范采购流程。", List.of("财务科"), null, "王五", "DEADLINE", "2024-12-31"))),
            deadlineProblem(
                "车辆管理不严格，存在公车私用",
                List.of(),
                lines(2, 2, null),
                "建立派车登记制度。",
                List.of("办公室"),
                "2024-12-31"),
            problem(
                "林下经济发展缓慢",
                "林下经济发展缓慢。",
                List.of(),
                rows(2, 2, 2),
                List.of(measure("制定发展规划。", List.of("林业站"), null, "赵六", "DEADLINE", "2024-12-31"))),
            deadlineProblem(
                "财务报销审核不严，存在白条入账",
                List.of(),
                lines(4, 4, null),
                "严格报销审核。",
                List.of("财务科"),
                "2024-12-31"),
            problem(
                "固定资产账实不符",
                "固定资产账实不符。",
                List.of(),
                lines(5, 5, null),
                List.of(
                    withCoUnits(
                        measure("开展资产清查。", List.of("财务科"), null, null, "DEADLINE", "2024-11-30"),
                        List.of("办公室")))));
    assertEquals(expected, problems(answer), answer.prettify());
    List<String> warnings = answer.getList("warnings", String.class);
    assertThat(
        warnings,
        hasItem(
            containsString(
                "3 problem(s) were read from the text outside the tables (「车辆管理不严格，存在公车私用」 line 2"
                    + " (between tables 1 and 2), 「财务报销审核不严，存在白条入账」 line 4 (after table 2),"
                    + " 「固定资产账实不符」 line 5 (after table 2))")));
    assertThat(warnings, hasItem(containsString("「附件：1.整改台账」 closes the document")));
    assertThat(warnings, hasItem(containsString("「2024年7月1日」 closes the document")));
    assertThat(warnings, not(hasItem(containsString("numbering jumps"))));

    JsonPath created = commit(docx, DocumentText.DOCX);
    assertEquals(
        List.of(
            "公务接待不规范", "政府采购程序不规范", "车辆管理不严格，存在公车私用", "林下经济发展缓慢", "财务报销审核不严，存在白条入账", "固定资产账实不符"),
        created.getList("problems.title"),
        created.prettify());
  }

  private static Map<String, Object> linkedMeasure(String text, String unit, String person) {
    return measure(text, List.of(unit), null, person, "DEADLINE", "2024-12-31");
  }

  @Test
  void aMeasuresRowNamingSeveralProblemsBy问题序号IsAMeasureOfEachOfThem() {
    byte[] xlsx = StrayFindings.measuresNamingSeveralProblems();
    JsonPath answer = dryRun(xlsx, DocumentText.XLSX);
    Map<String, Object> plan = linkedMeasure("制定学习计划。", "机关党委", "周伟");
    Map<String, Object> ledger = linkedMeasure("建立业务台账。", "财务科", "马丽");
    Map<String, Object> warn = linkedMeasure("开展警示教育。", "办公室", "刘芳");
    Map<String, Object> check = linkedMeasure("开展专项检查。", "审计科", "王五");
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "理论学习不深入", "理论学习不深入。", List.of("党建"), sheetRows("问题清单", 2, 2), List.of(plan, warn)),
            problem(
                "采购未执行比价程序",
                "采购未执行比价程序。",
                List.of("业务"),
                sheetRows("问题清单", 3, 3),
                List.of(ledger, check)),
            problem(
                "档案移交不及时",
                "档案移交不及时。",
                List.of("业务"),
                sheetRows("问题清单", 4, 4),
                List.of(ledger, check)),
            problem(
                "合同管理不规范",
                "合同管理不规范。",
                List.of("业务"),
                sheetRows("问题清单", 5, 5),
                List.of(warn, check)));
    assertEquals(expected, problems(answer), answer.prettify());
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(
            containsString(
                "Sheet 「整改措施」 row 5 (问题序号 2-4): 1 measure(s) of the problem 「档案移交不及时」 (sheet"
                    + " 「问题清单」 row 4); they were added to it, as to each of the 3 problems the row"
                    + " names.")));
    assertThat(
        answer.getList("warnings", String.class),
        not(hasItem(containsString("were not imported"))));

    JsonPath created = commit(xlsx, DocumentText.XLSX);
    assertEquals(
        List.of(2, 2, 2, 2),
        created.getList("problems").stream()
            .map(p -> ((List<?>) ((Map<?, ?>) p).get("measures")).size())
            .toList(),
        created.prettify());
  }
}
