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
 * 单位负责人：吴芳 and 项目负责人：刘洋 on a measure's duty line, after a unit's label and a space or ，, name the
 * measure's 责任人 as 负责人：… does (0410); inside a measure's sentence (由项目负责人：刘洋牵头起草) they are its
 * words. From a text and a .docx of paragraphs through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0424).
 */
@QuarkusTest
class ImportUnitAndProjectLeaderLabelsTest {

  static final String PLAN =
      """
      关于专项审计发现问题的整改方案
      一、工程管理方面
      （一）工程结算审核不及时
      整改措施：
      1.建立工程结算台账，每月通报进度。
      责任单位：基建科 项目负责人：孙强 完成时限：2024年9月30日
      2.修订工程结算管理办法，由项目负责人：孙强牵头起草。
      责任单位：基建科，责任人：李娜，完成时限：2024年10月31日
      3.对近三年结算项目逐项复核。
      责任单位：审计科，单位负责人：吴芳，完成时限：2024年12月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void unitAndProjectLeadersOnADutyLineAreThePerson(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "工程结算审核不及时",
                "工程结算审核不及时",
                List.of("工程管理方面"),
                lines(3, 10, null),
                List.of(
                    measure(
                        "建立工程结算台账，每月通报进度。", List.of("基建科"), null, "孙强", "DEADLINE", "2024-09-30"),
                    measure(
                        "修订工程结算管理办法，由项目负责人：孙强牵头起草。",
                        List.of("基建科"),
                        null,
                        "李娜",
                        "DEADLINE",
                        "2024-10-31"),
                    measure(
                        "对近三年结算项目逐项复核。", List.of("审计科"), null, "吴芳", "DEADLINE", "2024-12-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  /**
   * The first duty line under a measure is its own: a field it lacks is not taken from the next
   * measure's line; a further line after that line still closes the measures above (the control).
   */
  static final String NEXT_LINE =
      """
      关于专项审计问题整改方案
      一、项目管理方面
      （一）项目资金拨付不及时
      整改措施：
      1.建立资金拨付进度周报制度。
      责任单位：财务科 责任人：刘洋 完成时限：2024年9月30日
      2.对滞拨资金逐项清理。
      责任单位：财务科 责任人：钱芳 责任领导：李建国 完成时限：2024年10月31日
      （二）项目验收把关不严
      整改措施：
      1.修订项目验收办法。
      责任单位：基建科 责任人：周涛 完成时限：2024年11月30日
      2.实行联合验收。
      责任单位：基建科 责任人：吴强 完成时限：2024年12月31日
      责任领导：王海
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aMeasureTakesNoFieldFromTheNextMeasuresLine(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, NEXT_LINE);
    assertEquals(
        List.of(
            problem(
                "项目资金拨付不及时",
                "项目资金拨付不及时",
                List.of("项目管理方面"),
                lines(3, 8, null),
                List.of(
                    measure("建立资金拨付进度周报制度。", List.of("财务科"), null, "刘洋", "DEADLINE", "2024-09-30"),
                    measure("对滞拨资金逐项清理。", List.of("财务科"), "李建国", "钱芳", "DEADLINE", "2024-10-31"))),
            problem(
                "项目验收把关不严",
                "项目验收把关不严",
                List.of("项目管理方面"),
                lines(9, 15, null),
                List.of(
                    measure("修订项目验收办法。", List.of("基建科"), "王海", "周涛", "DEADLINE", "2024-11-30"),
                    measure("实行联合验收。", List.of("基建科"), "王海", "吴强", "DEADLINE", "2024-12-31")))),
        problems(answer),
        answer.prettify());
  }
}
