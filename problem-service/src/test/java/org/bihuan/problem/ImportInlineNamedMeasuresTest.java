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
 * Measures of a self-check report written on the line that names the problem they answer
 * (1.针对…的问题，制定…。责任人：…；完成时限：…): each is linked to the problem it names — by its words, by its number
 * (第2个问题, 问题三) — with its duties read, or named in a warning when it names none. From a text and a
 * .docx of paragraphs through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0318,
 * 0343).
 */
@QuarkusTest
class ImportInlineNamedMeasuresTest {

  static final String WITH_DUTIES =
      """
      第三党支部班子对照检查材料
      一、存在的主要问题
      1.党费收缴台账登记不及时。
      2.主题党日活动形式单一。
      3.发展党员程序把关不严。
      二、产生问题的原因
      1.制度执行有所松懈。
      三、整改措施
      1.针对党费收缴台账登记不及时的问题，建立党费按月登记核对制度。责任人：组织委员韩冰；完成时限：2025年3月底。
      2.针对第2个问题，每季度开展一次主题党日现场教学。责任人：宣传委员邱月；完成时限：2025年6月30日。
      3.针对问题三，严格执行发展党员全程纪实。责任人：支部书记聂川；完成时限：长期坚持。
      """;

  static final String WITHOUT_DUTIES =
      """
      第三党支部班子对照检查材料
      一、存在的主要问题
      1.党费收缴台账登记不及时。
      2.主题党日活动形式单一。
      3.发展党员程序把关不严。
      二、整改措施
      1.针对党费收缴台账登记不及时的问题，建立党费按月登记核对制度。
      2.针对第2个问题，每季度开展一次主题党日现场教学。
      3.针对档案管理问题，补齐缺失的党员档案材料。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void eachInlineMeasureGoesToTheProblemItNamesWithItsDuties(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, WITH_DUTIES);
    assertEquals(
        List.of(
            problem(
                "党费收缴台账登记不及时",
                "党费收缴台账登记不及时。",
                List.of(),
                lines(3, 3, null),
                List.of(measure("建立党费按月登记核对制度。", List.of(), null, "韩冰", "DEADLINE", "2025-03-31"))),
            problem(
                "主题党日活动形式单一",
                "主题党日活动形式单一。",
                List.of(),
                lines(4, 4, null),
                List.of(
                    measure("每季度开展一次主题党日现场教学。", List.of(), null, "邱月", "DEADLINE", "2025-06-30"))),
            problem(
                "发展党员程序把关不严",
                "发展党员程序把关不严。",
                List.of(),
                lines(5, 5, null),
                List.of(measure("严格执行发展党员全程纪实。", List.of(), null, "聂川", "LONG_TERM", null)))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Problem 「党费收缴台账登记不及时」, measure 「建立党费按月登记核对制度。」: no 责任单位 is given.",
            "Problem 「主题党日活动形式单一」, measure 「每季度开展一次主题党日现场教学。」: no 责任单位 is given.",
            "Problem 「发展党员程序把关不严」, measure 「严格执行发展党员全程纪实。」: no 责任单位 is given.",
            "责任人 written with a post are stored by name only, so that each person is one person:"
                + " 「组织委员韩冰」 → 「韩冰」, 「宣传委员邱月」 → 「邱月」, 「支部书记聂川」 → 「聂川」."),
        answer.getList("warnings"),
        answer.prettify());
    assertEquals(List.of(), answer.getList("proposedMeasures"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void anInlineMeasureNamingNoProblemIsSaidSo(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, WITHOUT_DUTIES);
    assertEquals(
        List.of(
            problem(
                "党费收缴台账登记不及时",
                "党费收缴台账登记不及时。",
                List.of(),
                lines(3, 3, null),
                List.of(measure("建立党费按月登记核对制度。", List.of(), null, null, null, null))),
            problem(
                "主题党日活动形式单一",
                "主题党日活动形式单一。",
                List.of(),
                lines(4, 4, null),
                List.of(measure("每季度开展一次主题党日现场教学。", List.of(), null, null, null, null))),
            problem("发展党员程序把关不严", "发展党员程序把关不严。", List.of(), lines(5, 5, null), List.of())),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Line 9: the measure 「针对档案管理问题，补齐缺失的党员档案材料」 under 「针对档案管理问题，补齐缺失的党员档案材料」 names"
                + " no problem of the document by its text or number; it is a proposed measure, linked to"
                + " no problem."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
