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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 主要责任人, 第一责任人, 直接责任人, 分管责任人 and 具体责任人 after a units value are person labels: the people are the
 * measure's 责任人 (several joined with 、), and the word before 责任人 is never a unit (主要, 第一). Plans
 * (text, .docx) through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0342).
 */
@QuarkusTest
class ImportPersonLabelsBesideUnitsTest {

  private static final String PLAN =
      """
      ××县自然资源局巡察整改方案
      一、存在问题及整改措施
      1.耕地保护巡查不到位。
      整改措施：开展耕地保护专项巡查。
      责任单位：耕保股；主要责任人：曹阳；整改时限：2025年6月30日
      2.测绘资质审查不严。
      整改措施：修订资质审查规程。
      责任单位：测绘股；第一责任人：曹阳；直接责任人：田甜；整改时限：2025年7月31日
      3.专项资金拨付滞后。
      整改措施：建立资金拨付台账。
      责任单位：规划股；配合部门：财务股、审批股；主要责任人：曹阳；整改时限：2025年8月31日
      4.违法用地查处不及时。
      整改措施：开展违法用地专项整治。
      责任单位：执法大队；分管责任人：田甜；具体责任人：曹阳；整改时限：2025年9月30日
      """;

  private static Map<String, Object> helped(Map<String, Object> measure, List<String> coUnits) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("coResponsibleUnits", coUnits);
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void peopleLabelledByTheirPartAreTheMeasuresPeopleAndNoUnit(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "耕地保护巡查不到位",
                "耕地保护巡查不到位。",
                List.of(),
                lines(3, 5, null),
                List.of(
                    measure("开展耕地保护专项巡查。", List.of("耕保股"), null, "曹阳", "DEADLINE", "2025-06-30"))),
            problem(
                "测绘资质审查不严",
                "测绘资质审查不严。",
                List.of(),
                lines(6, 8, null),
                List.of(
                    measure("修订资质审查规程。", List.of("测绘股"), null, "曹阳、田甜", "DEADLINE", "2025-07-31"))),
            problem(
                "专项资金拨付滞后",
                "专项资金拨付滞后。",
                List.of(),
                lines(9, 11, null),
                List.of(
                    helped(
                        measure("建立资金拨付台账。", List.of("规划股"), null, "曹阳", "DEADLINE", "2025-08-31"),
                        List.of("财务股", "审批股")))),
            problem(
                "违法用地查处不及时",
                "违法用地查处不及时。",
                List.of(),
                lines(12, 14, null),
                List.of(
                    measure(
                        "开展违法用地专项整治。", List.of("执法大队"), null, "田甜、曹阳", "DEADLINE", "2025-09-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
