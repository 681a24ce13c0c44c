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
}
