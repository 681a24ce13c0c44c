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
 * A wrap leaves no line break in a text or a field: 核减金额 / 8.5万元 in a problem's text, 已追回款项 / 5.2万元
 * in a progress note, 一是 alone on its line; a lone ； or 。 line ends the line above it and is no
 * text of its own (nothing added to a description or a measure, no warning). From a text and a
 * .docx of paragraphs through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0372).
 */
@QuarkusTest
class ImportWrappedLinesAndLoneMarksTest {

  static final String PLAN =
      """
      县审计局审计发现问题整改方案
      一、问题清单及整改措施
      1.合同管理不到位。
      存在问题：违规支付款项，核减金额
      8.5万元。
      整改措施：
      一是
      追回违规支付款项。
      ；
      责任单位：法规科；整改时限：2024年11月30日
      整改进展：已追回款项
      5.2万元。
      2.专项资金管理不规范。
      整改措施：开展专项资金清理，核减金额
      12.6万元。
      。
      责任单位：财务科；整改时限：2024年9月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void wrapsAndLoneMarksLeaveNoLineBreak(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    Map<String, Object> recovered =
        measure("追回违规支付款项。", List.of("法规科"), null, null, "DEADLINE", "2024-11-30");
    recovered.put("progress", "已追回款项5.2万元");
    assertEquals(
        List.of(
            problem(
                "合同管理不到位",
                "合同管理不到位。\n违规支付款项，核减金额8.5万元。",
                List.of(),
                lines(3, 11, null),
                List.of(recovered)),
            problem(
                "专项资金管理不规范",
                "专项资金管理不规范。",
                List.of(),
                lines(13, 17, null),
                List.of(
                    measure(
                        "开展专项资金清理，核减金额12.6万元。",
                        List.of("财务科"),
                        null,
                        null,
                        "DEADLINE",
                        "2024-09-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
