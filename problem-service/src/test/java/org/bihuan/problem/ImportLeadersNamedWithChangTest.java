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
 * A leader written with a post before a name that holds 长 — 副局长王长春华, 办公室主任欧长青, 副局长司马长风 — is stored
 * by the whole name; 党委书记校长刘春 is two posts and 刘春. Read from a text and a .docx plan through {@code
 * POST /sources/{id}/import?dryRun=true} (docs/decisions/0311).
 */
@QuarkusTest
class ImportLeadersNamedWithChangTest {

  private static final String PLAN =
      """
      ××县卫生健康局巡察整改方案
      一、存在问题及整改措施
      1.固定资产账实不符。
      整改措施：开展固定资产清查。
      责任领导：副局长王长春华
      责任单位：财务科
      整改时限：2025年6月30日
      2.公文运转不规范。
      整改措施：修订公文处理办法。
      责任领导：办公室主任欧长青
      责任单位：办公室
      整改时限：2025年7月31日
      3.执法记录不全。
      整改措施：开展执法案卷评查。
      责任领导：副局长司马长风
      责任单位：法规科
      整改时限：2025年8月31日
      4.校园安全排查不到位。
      整改措施：开展校园安全专项检查。
      责任领导：党委书记校长刘春
      责任单位：保卫处
      整改时限：2025年9月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aNameHoldingChangAfterAPostIsStoredWhole(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "固定资产账实不符",
                "固定资产账实不符。",
                List.of(),
                lines(3, 7, null),
                List.of(
                    measure("开展固定资产清查。", List.of("财务科"), "王长春华", null, "DEADLINE", "2025-06-30"))),
            problem(
                "公文运转不规范",
                "公文运转不规范。",
                List.of(),
                lines(8, 12, null),
                List.of(
                    measure("修订公文处理办法。", List.of("办公室"), "欧长青", null, "DEADLINE", "2025-07-31"))),
            problem(
                "执法记录不全",
                "执法记录不全。",
                List.of(),
                lines(13, 17, null),
                List.of(
                    measure("开展执法案卷评查。", List.of("法规科"), "司马长风", null, "DEADLINE", "2025-08-31"))),
            problem(
                "校园安全排查不到位",
                "校园安全排查不到位。",
                List.of(),
                lines(18, 22, null),
                List.of(
                    measure("开展校园安全专项检查。", List.of("保卫处"), "刘春", null, "DEADLINE", "2025-09-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "责任领导 written with a post are stored by name only, so that the reports count each"
                + " leader once: 「副局长王长春华」 → 「王长春华」, 「办公室主任欧长青」 → 「欧长青」, 「副局长司马长风」 →"
                + " 「司马长风」, 「党委书记校长刘春」 → 「刘春」."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
