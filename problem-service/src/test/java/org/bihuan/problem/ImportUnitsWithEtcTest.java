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
 * A units value ending in 等 and the kind of the units left unnamed (县财政局等相关单位, 财政局等3个单位,
 * 审计科、法规科等部门) names the units written before 等 and nothing made up; 高等教育科 keeps its 等. Text and a
 * .docx of paragraphs through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0347).
 */
@QuarkusTest
class ImportUnitsWithEtcTest {

  static final String PLAN =
      """
      ××县教育局巡察整改方案
      一、整改任务
      1.校舍维修资金使用不规范。
      整改措施：开展维修资金专项清理。
      责任单位：县财政局等相关单位；责任人：仉文博；完成时限：2025年6月30日
      2.营养改善计划资金拨付滞后。
      整改措施：按季度拨付营养改善计划资金。
      责任单位：财政局等3个单位；责任人：仉文博；完成时限：2025年9月30日
      3.学校收费公示不到位。
      整改措施：全面推行收费公示制度。
      责任单位：审计科、高等教育科等部门；责任人：仉文博；完成时限：2025年10月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void unitsBeforeEtcAreTheUnits(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "校舍维修资金使用不规范",
                "校舍维修资金使用不规范。",
                List.of(),
                lines(3, 5, null),
                List.of(
                    measure(
                        "开展维修资金专项清理。", List.of("县财政局"), null, "仉文博", "DEADLINE", "2025-06-30"))),
            problem(
                "营养改善计划资金拨付滞后",
                "营养改善计划资金拨付滞后。",
                List.of(),
                lines(6, 8, null),
                List.of(
                    measure(
                        "按季度拨付营养改善计划资金。", List.of("财政局"), null, "仉文博", "DEADLINE", "2025-09-30"))),
            problem(
                "学校收费公示不到位",
                "学校收费公示不到位。",
                List.of(),
                lines(9, 11, null),
                List.of(
                    measure(
                        "全面推行收费公示制度。",
                        List.of("审计科", "高等教育科"),
                        null,
                        "仉文博",
                        "DEADLINE",
                        "2025-10-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
