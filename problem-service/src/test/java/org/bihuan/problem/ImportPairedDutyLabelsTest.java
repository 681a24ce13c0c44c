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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One label naming two fields, its value one part for each: 责任单位/责任人：办公室/张三 gives the unit 办公室 and
 * the person 张三 (also with 、, ／ or a comma), 责任领导/责任单位：李四/财务科 the leader 李四 and the unit 财务科. A
 * value of units with their people in brackets reads as before (0311). Plans (text, .docx) through
 * {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0323).
 */
@QuarkusTest
class ImportPairedDutyLabelsTest {

  private record Case(String line, List<String> units, String leader, String person) {}

  private static final List<Case> CASES =
      List.of(
          new Case("责任单位/责任人：办公室/张三", List.of("办公室"), null, "张三"),
          new Case("责任单位、责任人：办公室、张三", List.of("办公室"), null, "张三"),
          new Case("责任单位/责任人：办公室／张三", List.of("办公室"), null, "张三"),
          new Case("责任单位及责任人：办公室，张三", List.of("办公室"), null, "张三"),
          new Case("责任领导/责任单位：李四/财务科", List.of("财务科"), "李四", null),
          new Case("责任领导、责任单位：李四、财务科", List.of("财务科"), "李四", null),
          new Case("责任领导／责任单位：李四／财务科", List.of("财务科"), "李四", null),
          new Case("责任单位及责任人：纪检组（王强）、医政股（张明）", List.of("纪检组", "医政股"), null, "王强、张明"));

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPairedLabelGivesEachFieldItsPart(String format) throws IOException {
    StringBuilder plan = new StringBuilder("××县卫生健康局巡察整改方案\n一、存在问题及整改措施\n");
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      int n = i + 1;
      plan.append(n + ".第" + n + "项工作落实不到位。\n")
          .append("整改措施：落实第" + n + "项工作。\n")
          .append(c.line() + "\n")
          .append("整改时限：2025年6月30日\n");
      expected.add(
          problem(
              "第" + n + "项工作落实不到位",
              "第" + n + "项工作落实不到位。",
              List.of(),
              lines(3 + 4 * i, 6 + 4 * i, null),
              List.of(
                  measure(
                      "落实第" + n + "项工作。",
                      c.units(),
                      c.leader(),
                      c.person(),
                      "DEADLINE",
                      "2025-06-30"))));
    }
    JsonPath answer = dryRunPlan(format, plan.toString());
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
