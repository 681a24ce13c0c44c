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
 * A plan whose groups of problems are areas of the work named with 保障 — 民生保障方面, 安全保障方面存在的问题 —
 * beside a closing section 保障措施: the areas are groups (their problems imported under them), the
 * closing section alone holds none. Text and a .docx of paragraphs through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0403).
 */
@QuarkusTest
class ImportAreaGroupsNamedBaozhangTest {

  static final String PLAN =
      """
      ××镇关于巡察反馈问题的整改方案
      一、农村工作方面
      1.村级财务公开不及时。
      整改措施：按季度公开村级财务收支明细。
      责任单位：农业农村办；完成时限：2025年6月30日
      二、民生保障方面
      1.低保对象动态管理不到位。
      整改措施：开展低保对象入户核查。
      责任单位：社会事务办；完成时限：2025年7月31日
      三、安全保障方面存在的问题
      1.消防设施维护不及时。
      整改措施：更换过期灭火器并建立巡检台账。
      责任单位：应急管理办；完成时限：2025年5月31日
      四、保障措施
      镇党委统筹推进整改工作，定期听取整改进展汇报。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void areasNamedWithBaozhangAreGroupsOfProblems(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "村级财务公开不及时",
                "村级财务公开不及时。",
                List.of("农村工作方面"),
                lines(3, 5, null),
                List.of(
                    measure(
                        "按季度公开村级财务收支明细。", List.of("农业农村办"), null, null, "DEADLINE", "2025-06-30"))),
            problem(
                "低保对象动态管理不到位",
                "低保对象动态管理不到位。",
                List.of("民生保障方面"),
                lines(7, 9, null),
                List.of(
                    measure(
                        "开展低保对象入户核查。", List.of("社会事务办"), null, null, "DEADLINE", "2025-07-31"))),
            problem(
                "消防设施维护不及时",
                "消防设施维护不及时。",
                List.of("安全保障问题"),
                lines(11, 13, null),
                List.of(
                    measure(
                        "更换过期灭火器并建立巡检台账。",
                        List.of("应急管理办"),
                        null,
                        null,
                        "DEADLINE",
                        "2025-05-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Lines 14–15: the section 「四、保障措施」 holds no problems (such as 工作要求, 保障措施, 组织领导); it"
                + " was not imported."),
        answer.getList("warnings"),
        answer.prettify());
  }

  static final String CLOSING_AREAS =
      """
      某局巡察反馈问题整改方案
      一、民生保障方面
      1、低保对象动态管理不到位。
      整改措施：开展低保对象复核。
      责任单位：民政局；完成时限：2025年6月30日
      二、组织保障方面
      1、加强组织领导。
      整改措施：成立整改工作领导小组。
      三、保障措施方面
      1、强化督导检查。
      整改措施：纪检组全程跟踪督办。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void closingSectionsWrittenAsAreasStillHoldNoProblems(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, CLOSING_AREAS);
    assertEquals(
        List.of(
            problem(
                "低保对象动态管理不到位",
                "低保对象动态管理不到位。",
                List.of("民生保障方面"),
                lines(3, 5, null),
                List.of(
                    measure("开展低保对象复核。", List.of("民政局"), null, null, "DEADLINE", "2025-06-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Lines 6–8: the section 「二、组织保障方面」 holds no problems (such as 工作要求, 保障措施, 组织领导); it"
                + " was not imported.",
            "Lines 9–11: the section 「三、保障措施方面」 holds no problems (such as 工作要求, 保障措施, 组织领导); it"
                + " was not imported."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
