package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan that lists its problems in one section and its measures in a later one written as a plan
 * (二、整改措施 / 1．针对“…”问题。整改措施：… / 责任领导：…；责任单位：…；责任人：…；完成时限：…): each item gives its measure and duties
 * to the problem it names (针对“X”问题, 关于“X”的问题 — X the start of a longer title —, 针对X的问题); one naming
 * no problem stays a problem of its own, and the dry run says so. Items that name no problem at all
 * are read as before (the control). From a text, a .docx of paragraphs and a PDF through {@code
 * POST /sources/{id}/import?dryRun=true} (docs/decisions/0424).
 */
@QuarkusTest
class ImportPlanMeasuresNamingProblemsTest {

  static final String PLAN =
      """
      ××局关于巡察反馈问题的整改方案
      为抓好整改，制定本方案。
      一、存在的问题
      （一）学习教育方面
      1．政治理论学习不够深入。
      2．学习制度执行不严格，考勤记录缺失。
      （二）财务管理方面
      1．固定资产账实不符。
      2．公务接待审批不规范。
      二、整改措施
      1．针对“政治理论学习不够深入”问题。整改措施：制定年度学习计划。
      责任领导：王强；责任单位：办公室；责任人：李明；完成时限：2024年7月31日
      2．关于“学习制度执行不严格”的问题。整改措施：修订学习考勤制度。
      责任领导：王强；责任单位：办公室；责任人：李明；完成时限：2024年8月31日
      3．针对固定资产账实不符的问题。整改措施：开展资产全面清查。
      责任领导：赵刚；责任单位：财务科；责任人：孙丽；完成时限：2024年9月30日
      4．就“食堂管理混乱”问题。整改措施：建立食堂管理制度。
      责任领导：赵刚；责任单位：后勤科；责任人：周涛；完成时限：2024年10月31日
      """;

  static List<Map<String, Object>> expected(Integer page) {
    return List.of(
        problem(
            "政治理论学习不够深入",
            "政治理论学习不够深入。",
            List.of("学习教育方面"),
            lines(5, 5, page),
            List.of(measure("制定年度学习计划。", List.of("办公室"), "王强", "李明", "DEADLINE", "2024-07-31"))),
        problem(
            "学习制度执行不严格，考勤记录缺失",
            "学习制度执行不严格，考勤记录缺失。",
            List.of("学习教育方面"),
            lines(6, 6, page),
            List.of(measure("修订学习考勤制度。", List.of("办公室"), "王强", "李明", "DEADLINE", "2024-08-31"))),
        problem(
            "固定资产账实不符",
            "固定资产账实不符。",
            List.of("财务管理方面"),
            lines(8, 8, page),
            List.of(measure("开展资产全面清查。", List.of("财务科"), "赵刚", "孙丽", "DEADLINE", "2024-09-30"))),
        problem("公务接待审批不规范", "公务接待审批不规范。", List.of("财务管理方面"), lines(9, 9, page), List.of()),
        problem(
            "就“食堂管理混乱”问题",
            "就“食堂管理混乱”问题。",
            List.of(),
            lines(17, 18, page),
            List.of(measure("建立食堂管理制度。", List.of("后勤科"), "赵刚", "周涛", "DEADLINE", "2024-10-31"))));
  }

  static final List<String> WARNINGS =
      List.of(
          "Line 2 「为抓好整改，制定本方案。」 comes before the first section; it introduces the document, is not a"
              + " problem and was not imported.",
          "Line 17: 「就“食堂管理混乱”问题」 names no problem of the document by its text or number; it was read"
              + " as a problem of its own, with its measures — check whether it answers one of the"
              + " problems above.");

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void eachItemOfTheLaterSectionGivesItsMeasureToTheProblemItNames(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(expected(null), problems(answer), answer.prettify());
    assertEquals(WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aPdfOfThePlanReadsAsItsText() {
    JsonPath answer = dryRunPath("表格导入", ChinesePdf.ofText(PLAN.strip()), DocumentText.PDF);
    assertEquals(expected(1), problems(answer), answer.prettify());
    assertEquals(WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  /** The same plan, its measures numbered in the problems' order but naming none: as before. */
  static final String UNNAMED =
      """
      ××局关于巡察反馈问题的整改方案
      一、存在的问题
      1．政治理论学习不够深入。
      2．固定资产账实不符。
      二、整改措施
      1．整改措施：制定年度学习计划。
      责任领导：王强；责任单位：办公室；责任人：李明；完成时限：2024年7月31日
      2．整改措施：开展资产全面清查。
      责任领导：赵刚；责任单位：财务科；责任人：孙丽；完成时限：2024年9月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void itemsNamingNoProblemAreNotPairedByPosition(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, UNNAMED);
    assertEquals(
        List.of(
            problem("政治理论学习不够深入", "政治理论学习不够深入。", List.of("存在的问题"), lines(3, 3, null), List.of()),
            problem("固定资产账实不符", "固定资产账实不符。", List.of("存在的问题"), lines(4, 4, null), List.of()),
            problem(
                "整改措施",
                "整改措施",
                List.of(),
                lines(5, 9, null),
                List.of(
                    measure("制定年度学习计划。", List.of("办公室"), "王强", "李明", "DEADLINE", "2024-07-31"),
                    measure("开展资产全面清查。", List.of("财务科"), "赵刚", "孙丽", "DEADLINE", "2024-09-30")))),
        problems(answer),
        answer.prettify());
  }
}
