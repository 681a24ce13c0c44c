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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan whose problem is titled by its numbered first line, ending without punctuation, with an
 * unnumbered line below it: the line below is the problem's description (as {@code ProblemText}
 * reads a title line over text, 0105), never a problem of its own and never lost. Text and a .docx
 * of paragraphs through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0358).
 */
@QuarkusTest
class ImportTitleLineWithUnnumberedContinuationTest {

  static final String PLAN =
      """
      县市场监管局关于巡察反馈问题的整改方案
      一、安全监管方面
      1.特种设备隐患排查不彻底
      部分电梯维保记录缺失，隐患台账未及时更新。
      整改措施：开展特种设备隐患专项排查。
      责任单位：特设科　责任人：鲁平　完成时限：2025年6月30日
      2.食品抽检覆盖面不足。
      整改措施：扩大食品抽检范围。
      责任单位：食品科　责任人：柏青　完成时限：2025年7月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void theLineBelowATitleLineIsItsDescription(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "特种设备隐患排查不彻底",
                "部分电梯维保记录缺失，隐患台账未及时更新。",
                List.of("安全监管方面"),
                lines(3, 6, null),
                List.of(
                    measure(
                        "开展特种设备隐患专项排查。", List.of("特设科"), null, "鲁平", "DEADLINE", "2025-06-30"))),
            problem(
                "食品抽检覆盖面不足",
                "食品抽检覆盖面不足。",
                List.of("安全监管方面"),
                lines(7, 9, null),
                List.of(
                    measure("扩大食品抽检范围。", List.of("食品科"), null, "柏青", "DEADLINE", "2025-07-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
