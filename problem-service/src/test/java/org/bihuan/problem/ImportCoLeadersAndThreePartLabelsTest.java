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
 * 分管领导：李明、配合领导：周强 gives the leader 李明 (a measure has no co-leader: 配合领导 is named in a warning and
 * kept with the problem's text), and a three-part label 责任领导/责任单位/责任人：张三/办公室/李四 the leader, the
 * unit and the person; a unit list wrapped after 、 keeps its last unit, and 第3项： numbers a problem.
 * From a text and a .docx of paragraphs through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0366).
 */
@QuarkusTest
class ImportCoLeadersAndThreePartLabelsTest {

  static final String PLAN =
      """
      县民政局巡察反馈问题整改方案
      一、问题清单及整改措施
      1.低保动态管理不到位。
      整改措施：开展低保对象全面复核。
      分管领导：李明、配合领导：周强
      责任单位：办公室、财务科、
      人事科
      责任人：王五；整改时限：2024年10月31日
      2.社会组织登记审查不严。
      整改措施：规范登记审查流程。
      责任领导/责任单位/责任人：张三/办公室/李四
      整改时限：2024年11月30日
      第3项：养老机构安全隐患排查不彻底。
      整改措施：开展养老机构安全大排查。
      责任单位：养老股；整改时限：2024年12月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void everyPartOfALabelGoesToItsField(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "低保动态管理不到位",
                "低保动态管理不到位。\n配合领导：周强",
                List.of(),
                lines(3, 8, null),
                List.of(
                    measure(
                        "开展低保对象全面复核。",
                        List.of("办公室", "财务科", "人事科"),
                        "李明",
                        "王五",
                        "DEADLINE",
                        "2024-10-31"))),
            problem(
                "社会组织登记审查不严",
                "社会组织登记审查不严。",
                List.of(),
                lines(9, 12, null),
                List.of(
                    measure("规范登记审查流程。", List.of("办公室"), "张三", "李四", "DEADLINE", "2024-11-30"))),
            problem(
                "养老机构安全隐患排查不彻底",
                "养老机构安全隐患排查不彻底。",
                List.of(),
                lines(13, 15, null),
                List.of(
                    measure(
                        "开展养老机构安全大排查。", List.of("养老股"), null, null, "DEADLINE", "2024-12-31")))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(
        List.of(
            "Line 5 「配合领导：周强」 is not a field of a measure (整改措施, 责任领导, 责任单位, 配合单位, 责任人, 整改时限,"
                + " 整改进展); its text was added to the description of the problem 「低保动态管理不到位」."),
        warnings.stream().filter(w -> w.contains("配合领导")).toList(),
        answer.prettify());
  }
}
