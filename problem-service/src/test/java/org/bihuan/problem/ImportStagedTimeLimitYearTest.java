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
 * A 整改时限 in two stages whose later one names no year (2025年6月30日完成阶段性任务，年底前全面完成): the later stage
 * is in the earlier one's year, and the measure is due when it is fully done — the latest date —
 * with a warning naming the time limit and both its dates; never the stage date silently. From a
 * text and a .docx of paragraphs through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0343).
 */
@QuarkusTest
class ImportStagedTimeLimitYearTest {

  static final String PLAN =
      """
      县文旅局巡察反馈问题整改方案
      1.景区安全隐患排查不彻底。
      整改措施：开展景区安全隐患大排查大整治。
      责任单位：市场股　责任人：巫敏　整改时限：2025年6月30日完成阶段性任务，年底前全面完成
      2.文物保护单位标识缺失。
      整改措施：补设文物保护标识牌。
      责任单位：文物股　责任人：卓群　整改时限：2025年5月底前完成排查，8月底前完成整改
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void theLaterStageInTheEarlierYearIsTheDeadline(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "景区安全隐患排查不彻底",
                "景区安全隐患排查不彻底。",
                List.of(),
                lines(2, 4, null),
                List.of(
                    measure(
                        "开展景区安全隐患大排查大整治。", List.of("市场股"), null, "巫敏", "DEADLINE", "2025-12-31"))),
            problem(
                "文物保护单位标识缺失",
                "文物保护单位标识缺失。",
                List.of(),
                lines(5, 7, null),
                List.of(
                    measure("补设文物保护标识牌。", List.of("文物股"), null, "卓群", "DEADLINE", "2025-08-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Problem 「景区安全隐患排查不彻底」, measure 「开展景区安全隐患大排查大整治。」 (line 4): 「2025年6月30日完成阶段性任务，年底前全面完成」"
                + " names several dates; the latest, 2025-12-31, is the deadline.",
            "Problem 「文物保护单位标识缺失」, measure 「补设文物保护标识牌。」 (line 7): 「2025年5月底前完成排查，8月底前完成整改」"
                + " names several dates; the latest, 2025-08-31, is the deadline."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
