package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Measures in a later section (二、整改措施 / （一）针对…问题, docs/decisions/0318) written with their own
 * 责任领导/责任单位/整改时限 lines are linked to their problems with those lines read into their units, leader
 * and time limit, as a plan's measure's are (0324): the text is the measure only, and no warning
 * says the duties were not read.
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
  void aLinkedMeasuresDutyLinesAreItsOwn() {
    JsonPath dry =
        JsonPath.from(
            Api.dryRun(
                "措施带责任行", TEXT.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"));
    assertEquals(
        List.of(
            problem(
                "占道经营整治反复",
                "占道经营整治反复。",
                List.of(),
                lines(3, 3, null),
                List.of(measure("加强日常巡查。", List.of("执法大队"), "钱伟", null, "DEADLINE", "2025-06-30"))),
            problem(
                "渣土车管理不严",
                "渣土车管理不严。",
                List.of(),
                lines(4, 4, null),
                List.of(measure("建立渣土车准运证制度。", List.of(), null, null, null, null)))),
        problems(dry),
        dry.prettify());
    assertEquals(
        List.of(
            "责任领导 written with a post are stored by name only, so that the reports count each leader"
                + " once: 「副局长钱伟」 → 「钱伟」."),
        dry.getList("warnings", String.class),
        dry.prettify());
  }
}
