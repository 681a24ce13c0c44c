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
 * Measures written inline after text before 针对 (为此，针对上述问题，我们采取以下措施：1.… 2.…) are the measures of the
 * problems above, as when the line starts with 针对: in a plan, shared by the group's problems with
 * the duty lines after them; in a report, the measures of the problem above each such line — never
 * problems of their own. Text and a .docx of paragraphs through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0347).
 */
@QuarkusTest
class ImportMeasuresAfterConnectiveTest {

  static final String PLAN =
      """
      ××街道党工委关于巡察反馈问题的整改方案
      一、社区治理方面
      1.社区网格化管理不精细。
      为此，针对上述问题，我们采取以下措施：1.开展网格员全员轮训；2.建立网格事项月通报制度。
      责任单位：社区治理办
      责任人：钭文静
      整改时限：2025年6月30日
      """;

  static final String REPORT =
      """
      ××街道党工委关于巡察整改情况的报告
      一、存在的问题
      （一）居民议事会议制度落实不到位。部分社区全年未召开议事会。
      为此，针对上述问题，我们采取以下措施：1.每季度召开一次居民议事会。2.议事结果在社区公开栏公示。
      （二）社区网格化管理不精细。
      为此，针对上述问题，我们采取以下措施：1.开展网格员全员轮训。2.建立网格事项月通报制度。
      """;

  private static Map<String, Object> plain(String text) {
    return measure(text, List.of(), null, null, null, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansMeasuresAfterForThisAreTheProblemsAbove(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "社区网格化管理不精细",
                "社区网格化管理不精细。",
                List.of("社区治理方面"),
                lines(3, 3, null),
                List.of(
                    measure("开展网格员全员轮训", List.of("社区治理办"), null, "钭文静", "DEADLINE", "2025-06-30"),
                    measure(
                        "建立网格事项月通报制度。", List.of("社区治理办"), null, "钭文静", "DEADLINE", "2025-06-30")))),
        problems(answer),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aReportsMeasuresAfterForThisAreTheProblemAbove(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, REPORT);
    assertEquals(
        List.of(
            problem(
                "居民议事会议制度落实不到位",
                "居民议事会议制度落实不到位。部分社区全年未召开议事会。",
                List.of(),
                lines(3, 3, null),
                List.of(plain("每季度召开一次居民议事会。"), plain("议事结果在社区公开栏公示。"))),
            problem(
                "社区网格化管理不精细",
                "社区网格化管理不精细。",
                List.of(),
                lines(5, 5, null),
                List.of(plain("开展网格员全员轮训。"), plain("建立网格事项月通报制度。")))),
        problems(answer),
        answer.prettify());
  }
}
