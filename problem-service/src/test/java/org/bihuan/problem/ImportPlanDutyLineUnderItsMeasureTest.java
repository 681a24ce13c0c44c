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
 * The first duty line under a plan's measure is that measure's: a measure whose own line names no
 * 责任人 or 责任领导 does not take those of the next measure's line (1.建立…制度。 / 责任单位：财务科 完成时限：… / 2.对…清理。
 * / 责任单位：财务科 具体负责人：钱芳 责任领导：李建国 …). The control: a further duty line after a measure's own (责任领导：…
 * closing the points) still fills what each measure above lacks (docs/decisions/0415), read through
 * {@code POST /sources/{id}/import?dryRun=true} as text and .docx.
 */
@QuarkusTest
class ImportPlanDutyLineUnderItsMeasureTest {

  private static final String PLAN =
      """
      关于专项审计问题整改方案
      一、项目管理方面
      （一）项目资金拨付不及时
      整改措施：
      1.建立项目资金拨付进度周报制度。
      责任单位：财务科 完成时限：2024年9月30日
      2.对滞拨资金逐项清理。
      责任单位：财务科 具体负责人：钱芳 责任领导：李建国 完成时限：2024年10月31日
      （二）项目验收把关不严
      整改措施：
      1.修订项目验收办法，实行联合验收。
      责任单位：基建科；责任人：周涛；完成时限：2024年11月30日
      2.建立验收问题整改台账。
      责任单位：基建科；责任人：吴敏；完成时限：2024年12月31日
      责任领导：王海
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aMeasuresFirstDutyLineIsItsOwnAndAFurtherOneFillsTheMeasuresAbove(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "项目资金拨付不及时",
                "项目资金拨付不及时",
                List.of("项目管理方面"),
                lines(3, 8, null),
                List.of(
                    measure(
                        "建立项目资金拨付进度周报制度。", List.of("财务科"), null, null, "DEADLINE", "2024-09-30"),
                    measure("对滞拨资金逐项清理。", List.of("财务科"), "李建国", "钱芳", "DEADLINE", "2024-10-31"))),
            problem(
                "项目验收把关不严",
                "项目验收把关不严",
                List.of("项目管理方面"),
                lines(9, 15, null),
                List.of(
                    measure(
                        "修订项目验收办法，实行联合验收。", List.of("基建科"), "王海", "周涛", "DEADLINE", "2024-11-30"),
                    measure("建立验收问题整改台账。", List.of("基建科"), "王海", "吴敏", "DEADLINE", "2024-12-31")))),
        problems(answer),
        answer.prettify());
  }
}
