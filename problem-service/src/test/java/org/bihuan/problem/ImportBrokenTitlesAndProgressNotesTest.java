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
 * A problem's title broken over two lines without punctuation at the break (…措施落实 / 不到位，…, or …监管 /
 * 不严 as its only text line) is one title; 整改情况：… after the duties is the measure's first progress
 * note, not the problem's text. From a text and a .docx of paragraphs through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0366).
 */
@QuarkusTest
class ImportBrokenTitlesAndProgressNotesTest {

  static final String PLAN =
      """
      县住建局巡察反馈问题整改方案
      一、问题清单及整改措施
      1.建筑工地扬尘治理措施落实
      不到位，部分工地未按要求覆盖。
      整改措施：开展扬尘专项整治。
      责任单位：质安站；整改时限：2024年9月30日
      整改情况：已完成首轮排查。
      2.物业服务企业监管
      不严
      整改措施：建立物业企业信用评价制度。
      责任单位：物业科；整改时限：2024年10月31日
      整改情况：正在起草评价办法。
      """;

  private static Map<String, Object> withProgress(
      Map<String, Object> measure, String progress, String hint) {
    measure.put("progress", progress);
    measure.put("statusHint", hint);
    return measure;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void oneTitleAndItsProgress(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "建筑工地扬尘治理措施落实不到位，部分工地未按要求覆盖",
                "建筑工地扬尘治理措施落实不到位，部分工地未按要求覆盖。",
                List.of(),
                lines(3, 7, null),
                List.of(
                    withProgress(
                        measure("开展扬尘专项整治。", List.of("质安站"), null, null, "DEADLINE", "2024-09-30"),
                        "已完成首轮排查",
                        "REPORTED_DONE"))),
            problem(
                "物业服务企业监管不严",
                "物业服务企业监管不严",
                List.of(),
                lines(8, 12, null),
                List.of(
                    withProgress(
                        measure(
                            "建立物业企业信用评价制度。", List.of("物业科"), null, null, "DEADLINE", "2024-10-31"),
                        "正在起草评价办法",
                        null)))),
        problems(answer),
        answer.prettify());
  }
}
