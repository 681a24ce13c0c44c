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
 * 一、存在的问题 1.… 2.… then 二、整改措施 where an item names no problem among items headed 针对“X”问题: it is
 * never dropped nor paired with a problem by its position — it is a problem of its own (its heading
 * before ：), with its measure and duties, and the dry run names its line. Two shapes: in the middle
 * with duties; last without duty lines. Control: when no item names a problem in a self-check
 * report, the items stay proposed measures with their duties (0332; a plan's are problems, 0427).
 * From a text and a .docx of paragraphs through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0424, amended). Fails on trial: the items were lost without a warning.
 */
@QuarkusTest
class ImportPlanItemsNamingNoProblemTest {

  static final String ALL_UNNAMED =
      """
      ××局巡察整改自查报告
      一、存在的问题
      1.机关作风不够扎实。
      2.服务企业意识不强。
      二、整改措施
      1.开展机关作风专项整治，严肃查处推诿扯皮问题。责任单位：效能办；责任人：石静；完成时限：2024年9月30日。
      2.建立领导干部联系企业制度，每月走访一次。责任单位：工信局；责任人：顾涛；完成时限：2024年10月31日。
      """;

  static final String UNNAMED_MIDDLE =
      """
      整改方案
      一、存在的问题
      1.民主生活会批评与自我批评不够深入。
      2.选人用人程序执行不严格。
      二、整改措施
      1.针对“民主生活会批评与自我批评不够深入”问题：会前开展谈心谈话全覆盖，会上点名道姓开展批评。责任领导：周文；责任单位：组织部；责任人：冯佳；完成时限：2024年12月31日。
      2.健全整改工作机制：建立整改工作月调度制度。责任领导：周文；责任单位：办公室；责任人：许波；完成时限：2024年8月31日。
      3.针对“选人用人程序执行不严格”问题：严格执行干部选拔任用全程纪实制度。责任领导：周文；责任单位：组织部；责任人：冯佳；完成时限：2024年10月31日。
      """;

  static final String UNNAMED_LAST =
      """
      整改方案
      一、存在的问题
      1.信访积案化解不力。
      2.基层矛盾纠纷排查不到位。
      二、整改措施
      1.针对“信访积案化解不力”问题：实行领导包案化解制度。责任单位：信访局；责任人：卫东；完成时限：2024年9月30日。
      2.针对“基层矛盾纠纷排查不到位”问题：开展矛盾纠纷拉网式排查。责任单位：司法局；责任人：蒋琴；完成时限：2024年8月31日。
      3.强化整改结果运用：将整改情况纳入年度综合考核，对整改不力的严肃问责。
      """;

  private static String unnamed(int line, String text) {
    return "Line "
        + line
        + ": 「"
        + text
        + "」 names no problem of the document; it was read as a problem of its own, with its"
        + " measures — check whether it answers one of the problems above.";
  }

  /**
   * The control: when no item of a self-check report names a problem, the items stay proposed
   * measures with their duties (0332) — not problems, and not paired with the problems by position
   * (a plan's items are problems of their own: {@link ImportPlanOrReportMeasuresTest}, 0427).
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void itemsWhenNoneNamesAProblemStayProposedMeasuresWithTheirDuties(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, ALL_UNNAMED);
    assertEquals(
        List.of(
            problem("机关作风不够扎实", "机关作风不够扎实。", List.of(), lines(3, 3, null), List.of()),
            problem("服务企业意识不强", "服务企业意识不强。", List.of(), lines(4, 4, null), List.of())),
        problems(answer),
        answer.prettify());
    List<Map<String, Object>> proposed = answer.getList("proposedMeasures");
    assertEquals(
        List.of(
            List.of(List.of("效能办"), "石静", "2024-09-30"),
            List.of(List.of("工信局"), "顾涛", "2024-10-31")),
        proposed.stream()
            .map(
                m ->
                    List.of(
                        m.get("responsibleUnits"), m.get("responsiblePerson"), m.get("deadline")))
            .toList(),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void anItemNamingNoProblemAmongNamingOnesIsAProblemOfItsOwn(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, UNNAMED_MIDDLE);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "民主生活会批评与自我批评不够深入",
                "民主生活会批评与自我批评不够深入。",
                List.of(),
                lines(3, 3, null),
                List.of(
                    measure(
                        "会前开展谈心谈话全覆盖，会上点名道姓开展批评。",
                        List.of("组织部"),
                        "周文",
                        "冯佳",
                        "DEADLINE",
                        "2024-12-31"))),
            problem(
                "选人用人程序执行不严格",
                "选人用人程序执行不严格。",
                List.of(),
                lines(4, 4, null),
                List.of(
                    measure(
                        "严格执行干部选拔任用全程纪实制度。",
                        List.of("组织部"),
                        "周文",
                        "冯佳",
                        "DEADLINE",
                        "2024-10-31"))),
            problem(
                "健全整改工作机制",
                "健全整改工作机制",
                List.of(),
                lines(7, 7, null),
                List.of(
                    measure(
                        "建立整改工作月调度制度。", List.of("办公室"), "周文", "许波", "DEADLINE", "2024-08-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(
        List.of(unnamed(7, "健全整改工作机制：建立整改工作月调度制度。责任领导：周文；责…")),
        answer.getList("warnings"),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aLastItemNamingNoProblemWithoutDutiesIsAProblemOfItsOwn(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, UNNAMED_LAST);
    String last = "将整改情况纳入年度综合考核，对整改不力的严肃问责。";
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "信访积案化解不力",
                "信访积案化解不力。",
                List.of(),
                lines(3, 3, null),
                List.of(
                    measure("实行领导包案化解制度。", List.of("信访局"), null, "卫东", "DEADLINE", "2024-09-30"))),
            problem(
                "基层矛盾纠纷排查不到位",
                "基层矛盾纠纷排查不到位。",
                List.of(),
                lines(4, 4, null),
                List.of(
                    measure("开展矛盾纠纷拉网式排查。", List.of("司法局"), null, "蒋琴", "DEADLINE", "2024-08-31"))),
            problem(
                "强化整改结果运用",
                "强化整改结果运用",
                List.of(),
                lines(8, 8, null),
                List.of(measure(last, List.of(), null, null, null, null))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(
        List.of(
            unnamed(8, "强化整改结果运用：将整改情况纳入年度综合考核，对整改不力的严…"),
            "Problem 「强化整改结果运用」, measure 「"
                + last
                + "」: no 整改时限 is given; set a time limit before creating its ticket.",
            "Problem 「强化整改结果运用」, measure 「" + last + "」: no 责任单位 is given."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
