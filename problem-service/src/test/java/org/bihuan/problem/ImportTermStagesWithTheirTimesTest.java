package org.bihuan.problem;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan's 整改措施 written in stages named by their term, each with its time in a bracket after the
 * term — 近期（2024年9月底前）：…；中期（2024年12月底前）：…；长效：…，长期坚持 on one line, or a stage a line — gives a
 * measure per stage, without the term, its bracket or the closing 长期坚持, each with its own time:
 * DEADLINE by the bracket's date, the long-term one LONG_TERM; the problem's duties are each
 * measure's. The stages named by term without brackets, their times in a 整改时限 by term, read as
 * before (the control). From a text and a .docx of paragraphs through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0424).
 */
@QuarkusTest
class ImportTermStagesWithTheirTimesTest {

  static final String PLAN =
      """
      ××局关于主题教育检视问题的整改方案
      一、检视问题及整改措施
      （一）调查研究不够深入。走访基层次数偏少
      整改措施：近期（2024年9月底前）：制定年度调研计划，明确调研课题；中期（2024年12月底前）：形成调研报告；长效：建立领导干部联系基层制度，长期坚持。
      责任领导：陈刚　责任单位：办公室　责任人：刘洋
      （二）文件会议精简不到位。会议多、文件多
      整改措施：
      近期（2024年8月31日前）：清理规范各类会议。
      中长期：严控发文数量，并长期坚持。
      责任单位：办公室、综合科　责任人：赵磊
      （三）督查检查过多
      整改措施：近期：清理督查事项；长效：建立计划管理制度。
      责任单位：督查室　责任人：钱芳
      整改时限：近期：2024年10月31日前；长效：长期坚持
      """;

  static final List<Map<String, Object>> EXPECTED =
      List.of(
          problem(
              "调查研究不够深入",
              "调查研究不够深入。走访基层次数偏少",
              List.of(),
              lines(3, 5, null),
              List.of(
                  measure("制定年度调研计划，明确调研课题", List.of("办公室"), "陈刚", "刘洋", "DEADLINE", "2024-09-30"),
                  measure("形成调研报告", List.of("办公室"), "陈刚", "刘洋", "DEADLINE", "2024-12-31"),
                  measure("建立领导干部联系基层制度", List.of("办公室"), "陈刚", "刘洋", "LONG_TERM", null))),
          problem(
              "文件会议精简不到位",
              "文件会议精简不到位。会议多、文件多",
              List.of(),
              lines(6, 10, null),
              List.of(
                  measure("清理规范各类会议。", List.of("办公室", "综合科"), null, "赵磊", "DEADLINE", "2024-08-31"),
                  measure("严控发文数量", List.of("办公室", "综合科"), null, "赵磊", "LONG_TERM", null))),
          problem(
              "督查检查过多",
              "督查检查过多",
              List.of(),
              lines(11, 14, null),
              List.of(
                  measure("清理督查事项", List.of("督查室"), null, "钱芳", "DEADLINE", "2024-10-31"),
                  measure("建立计划管理制度。", List.of("督查室"), null, "钱芳", "LONG_TERM", null))));

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void eachStageNamedByItsTermIsAMeasureWithItsOwnTime(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(EXPECTED, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  /**
   * A bracket after a term that reads as no time — who leads (财务科牵头), or 三个月内, which no date can be
   * read from — is no stage's time: the line is read as before 0424, one measure keeping its
   * brackets, its time the 整改时限. The control: 近期（2024年9月底前）： still gives its stage's own time.
   */
  static final String BRACKETS_NO_TIME =
      """
      整改方案
      一、存在的问题
      1.固定资产管理混乱。
      整改措施：近期（财务科牵头）：开展资产全面清查；长效（办公室配合）：建立资产管理制度。
      责任单位：财务科
      整改时限：2024年12月31日
      2.台账不清。
      整改措施：近期（三个月内）：清理历史台账。
      责任单位：办公室
      整改时限：2024年10月31日
      3.制度不全。
      整改措施：近期（2024年9月底前）：梳理制度；长效：建立评估机制，长期坚持。
      责任单位：办公室
      整改时限：2024年12月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aBracketThatReadsAsNoTimeStaysInTheMeasure(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, BRACKETS_NO_TIME);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "固定资产管理混乱",
                "固定资产管理混乱。",
                List.of(),
                lines(3, 6, null),
                List.of(
                    measure(
                        "近期（财务科牵头）：开展资产全面清查；长效（办公室配合）：建立资产管理制度。",
                        List.of("财务科"),
                        null,
                        null,
                        "DEADLINE",
                        "2024-12-31"))),
            problem(
                "台账不清",
                "台账不清。",
                List.of(),
                lines(7, 10, null),
                List.of(
                    measure(
                        "近期（三个月内）：清理历史台账。", List.of("办公室"), null, null, "DEADLINE", "2024-10-31"))),
            problem(
                "制度不全",
                "制度不全。",
                List.of(),
                lines(11, 14, null),
                List.of(
                    measure("梳理制度", List.of("办公室"), null, null, "DEADLINE", "2024-09-30"),
                    measure("建立评估机制", List.of("办公室"), null, null, "LONG_TERM", null))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "Problem 「制度不全」, measure 「梳理制度」: its stage gives its own time limit 「2024年9月底前」; the"
                + " 整改时限 「2024年12月31日」 beside it was not read for it.",
            "Problem 「制度不全」, measure 「建立评估机制」: its stage gives its own time limit 「长期坚持」; the"
                + " 整改时限 「2024年12月31日」 beside it was not read for it."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
