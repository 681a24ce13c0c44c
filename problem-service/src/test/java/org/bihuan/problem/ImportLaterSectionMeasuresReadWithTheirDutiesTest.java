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
 * Measures listed in a section after the problems, under 针对…问题 headings (0318), each followed by
 * its own 责任领导/责任单位/责任人/整改时限 lines: every measure takes its own lines — units (several), leader,
 * person, a date, 长期坚持, 立行立改 — and its text is the measure only; a heading's measures without such
 * lines stay text only, as 0318 links them. From a text and a .docx of paragraphs through {@code
 * POST /sources/{id}/import?dryRun=true} (docs/decisions/0324).
 */
@QuarkusTest
class ImportLaterSectionMeasuresReadWithTheirDutiesTest {

  static final String PLAN =
      """
      区城管局专项整治整改方案
      一、存在的问题
      1.占道经营整治反复。
      2.渣土车管理不严。
      3.户外广告审批不规范。
      二、整改措施
      （一）针对占道经营整治反复问题
      1.加强日常巡查。
      责任领导：钱伟
      责任单位：执法大队
      责任人：孙丽
      整改时限：2025年6月30日
      2.建立占道经营长效管控机制。
      责任领导：钱伟
      责任单位：市容科、执法大队
      责任人：周强
      整改时限：长期坚持
      （二）针对渣土车管理不严问题
      1.建立渣土车准运证制度。
      责任单位：渣土办
      责任人：吴敏
      整改时限：立行立改
      （三）针对户外广告审批不规范问题
      1.修订户外广告审批办法。
      """;

  static List<Map<String, Object>> expected() {
    return List.of(
        problem(
            "占道经营整治反复",
            "占道经营整治反复。",
            List.of(),
            lines(3, 3, null),
            List.of(
                measure("加强日常巡查。", List.of("执法大队"), "钱伟", "孙丽", "DEADLINE", "2025-06-30"),
                measure("建立占道经营长效管控机制。", List.of("市容科", "执法大队"), "钱伟", "周强", "LONG_TERM", null))),
        problem(
            "渣土车管理不严",
            "渣土车管理不严。",
            List.of(),
            lines(4, 4, null),
            List.of(measure("建立渣土车准运证制度。", List.of("渣土办"), null, "吴敏", "IMMEDIATE", null))),
        problem(
            "户外广告审批不规范",
            "户外广告审批不规范。",
            List.of(),
            lines(5, 5, null),
            List.of(measure("修订户外广告审批办法。", List.of(), null, null, null, null))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void eachLinkedMeasureTakesItsOwnDutyLines(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(expected(), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
