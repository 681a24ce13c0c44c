package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan whose sections are groups (一、…方面 二、…方面) and whose last one names a kind of problem
 * (三、教育收费问题, 三、其他方面存在的问题): every section is its problems' category — the groups as headed, the kind
 * as 0321 names it — as when the kind's section is missing. Through {@code POST
 * /sources/{id}/import?dryRun=true}, text and .docx.
 */
@QuarkusTest
class ImportKindSectionBesideGroupsTest {

  private static final String PLAN =
      """
      关于巡察反馈意见的整改方案
      一、贯彻落实党的路线方针政策方面
      （一）学习贯彻上级精神不深入。
      整改措施：健全理论学习中心组学习制度。
      责任单位：办公室
      整改时限：2025年6月30日
      （二）重点工作推进缓慢。
      整改措施：建立重点工作协调机制。
      责任单位：督查室
      整改时限：2025年9月30日
      二、落实全面从严治党方面
      （一）主体责任落实不到位。
      整改措施：制定主体责任清单。
      责任单位：机关党委
      整改时限：2025年7月31日
      %s
      （一）个别学校违规收取资料费。
      整改措施：全面清退违规收费。
      责任单位：财务股
      整改时限：2025年5月31日
      """;

  @ParameterizedTest
  @CsvSource({
    "text, 三、教育收费问题, 教育收费问题",
    "docx, 三、教育收费问题, 教育收费问题",
    "text, 三、其他方面存在的问题, 其他问题",
    "docx, 三、其他方面存在的问题, 其他问题"
  })
  void everySectionIsItsProblemsCategory(String format, String heading, String kind)
      throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN.formatted(heading));
    assertEquals(
        List.of("学习贯彻上级精神不深入", "重点工作推进缓慢", "主体责任落实不到位", "个别学校违规收取资料费"),
        answer.getList("problems.title"));
    assertEquals(
        List.of(
            List.of("贯彻落实党的路线方针政策方面"),
            List.of("贯彻落实党的路线方针政策方面"),
            List.of("落实全面从严治党方面"),
            List.of(kind)),
        answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(
            List.of("健全理论学习中心组学习制度。"),
            List.of("建立重点工作协调机制。"),
            List.of("制定主体责任清单。"),
            List.of("全面清退违规收费。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(
            List.of(List.of("办公室")),
            List.of(List.of("督查室")),
            List.of(List.of("机关党委")),
            List.of(List.of("财务股"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(
            List.of("2025-06-30"),
            List.of("2025-09-30"),
            List.of("2025-07-31"),
            List.of("2025-05-31")),
        answer.getList("problems.measures.deadline"));
    assertEquals(List.of(), answer.getList("warnings"));
  }
}
