package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Measures in a later section (二、整改措施 / （一）针对…问题, docs/decisions/0318) written with their own
 * 责任领导/责任单位/整改时限 lines are linked to their problems with those lines in their text, and each such
 * measure is named in a warning saying its units, leader and deadline were not read — never
 * silently left without them.
 */
@QuarkusTest
class ImportLaterSectionMeasuresWithDutyLinesTest {

  static final String TEXT =
      """
      区城管局专项整治整改方案
      一、存在的问题
      1.占道经营整治反复。
      2.渣土车管理不严。
      二、整改措施
      （一）针对占道经营整治反复问题
      1.加强日常巡查。
      责任领导：副局长钱伟
      责任单位：执法大队
      整改时限：2025年6月30日
      （二）针对渣土车管理不严问题
      1.建立渣土车准运证制度。
      """;

  @Test
  void aLinkedMeasureWithDutyLinesIsNamed() {
    JsonPath dry =
        JsonPath.from(
            Api.dryRun(
                "措施带责任行", TEXT.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"));
    assertEquals(List.of("占道经营整治反复", "渣土车管理不严"), dry.getList("problems.title"), dry.prettify());
    assertEquals(
        List.of(List.of("加强日常巡查。责任领导：副局长钱伟责任单位：执法大队整改时限：2025年6月30日"), List.of("建立渣土车准运证制度。")),
        dry.getList("problems.measures.measure"),
        dry.prettify());
    assertEquals(
        List.of(
            "Line 7: the measure 「加强日常巡查。责任领导：副局长钱伟责任单位：执法大队整改时限…」 under"
                + " 「针对占道经营整治反复问题」 carries its 责任/时限 lines in its text; its units, leader and"
                + " deadline were not read from them — check them before the tickets are made."),
        dry.getList("warnings", String.class).stream().filter(w -> w.contains("责任/时限")).toList(),
        dry.prettify());
  }
}
