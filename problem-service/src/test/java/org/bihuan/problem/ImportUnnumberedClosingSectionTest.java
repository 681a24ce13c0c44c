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
 * A plan whose sections are headed without numbers (存在问题及整改措施 … 工作要求): its closing section 工作要求,
 * written as bare as the others, holds no problems and is not imported, as 三、工作要求 is not — its
 * points are no measures of the last problem, its heading no part of that problem's description.
 * From a text and a .docx of paragraphs through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0205, 0343).
 */
@QuarkusTest
class ImportUnnumberedClosingSectionTest {

  static final String PLAN =
      """
      县水务局关于审计反馈问题整改方案
      存在问题及整改措施
      1.河道采砂监管存在盲区。
      整改措施：开展河道采砂专项巡查。
      责任单位：河道所　责任人：滕飞　整改时限：2025年4月30日
      2.农村供水水质检测频次不足。
      整改措施：按月抽检农村供水水质。
      责任单位：供水站　责任人：祁静　整改时限：2025年5月31日
      工作要求
      1.提高思想认识，把整改作为重要政治任务。
      2.强化跟踪问效，定期通报整改进度。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void theBareClosingSectionIsNotImported(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "河道采砂监管存在盲区",
                "河道采砂监管存在盲区。",
                List.of(),
                lines(3, 5, null),
                List.of(
                    measure("开展河道采砂专项巡查。", List.of("河道所"), null, "滕飞", "DEADLINE", "2025-04-30"))),
            problem(
                "农村供水水质检测频次不足",
                "农村供水水质检测频次不足。",
                List.of(),
                lines(6, 8, null),
                List.of(
                    measure("按月抽检农村供水水质。", List.of("供水站"), null, "祁静", "DEADLINE", "2025-05-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Lines 9–11: the section 「工作要求」 holds no problems (such as 工作要求, 保障措施, 组织领导);"
                + " it was not imported."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
