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
 * A report with ONE problem numbered （一） and, after it, 为此，针对上述问题，我们采取以下措施：1.… 2.… on one line: the
 * inline items are the measures of that problem, as with two or more such problems (0347) — not
 * problems of their own under the lone （一） read as a group. Text and a .docx of paragraphs through
 * {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0358).
 */
@QuarkusTest
class ImportLoneGroupWithMeasuresAfterConnectiveTest {

  static final String REPORT =
      """
      ××街道党工委关于巡察整改情况的报告
      一、存在的问题
      （一）居民议事会议制度落实不到位。部分社区全年未召开议事会。
      为此，针对上述问题，我们采取以下措施：1.每季度召开一次居民议事会。2.议事结果在社区公开栏公示。
      """;

  private static Map<String, Object> plain(String text) {
    return measure(text, List.of(), null, null, null, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void theInlineItemsAfterALoneGroupAreItsMeasures(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, REPORT);
    assertEquals(
        List.of(
            problem(
                "居民议事会议制度落实不到位",
                "居民议事会议制度落实不到位。部分社区全年未召开议事会。",
                List.of(),
                lines(3, 3, null),
                List.of(plain("每季度召开一次居民议事会。"), plain("议事结果在社区公开栏公示。")))),
        problems(answer),
        answer.prettify());
  }
}
