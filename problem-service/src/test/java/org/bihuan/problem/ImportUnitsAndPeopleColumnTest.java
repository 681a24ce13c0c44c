package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.UnitsAndPeopleTables;
import org.bihuan.problem.support.UnitsAndPeopleTables.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A column (or a plan's label) naming the units and their people at once — 责任单位及责任人, 责任单位/责任人,
 * 责任部门及联系人 — whose cells write 单位/姓名, 单位 姓名, 单位、姓名, 单位（姓名）, several units each with its person
 * (综合办/柏岚、规划科/滕川), a person of a rare surname (财务科/禚明, 法规股 眭晓) or a unit alone: the units are the
 * responsible units and the people the responsible person, never units themselves. Word tables and
 * Excel ledgers (.docx, .xlsx), text and Word plans, through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0338).
 */
@QuarkusTest
class ImportUnitsAndPeopleColumnTest {

  private static Map<String, Object> measureOf(int n, Cell c) {
    return measure(
        UnitsAndPeopleTables.measure(n), c.units(), null, c.person(), "DEADLINE", "2025-06-30");
  }

  private static String title(int n) {
    String p = UnitsAndPeopleTables.problem(n);
    return p.substring(0, p.length() - 1);
  }

  @ParameterizedTest
  @CsvSource({
    "docx, 责任单位及责任人",
    "xlsx, 责任单位及责任人",
    "docx, 责任单位/责任人",
    "xlsx, 责任单位/责任人",
    "docx, 责任部门及联系人",
    "xlsx, 责任部门及联系人"
  })
  void aCombinedCellGivesItsUnitsAndItsPeopleApart(String format, String header) {
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < UnitsAndPeopleTables.COMBINED.size(); i++) {
      int n = i + 1;
      expected.add(
          problem(
              title(n),
              UnitsAndPeopleTables.problem(n),
              List.of(),
              tableOrSheetRows(format, n + 1, n + 1),
              List.of(measureOf(n, UnitsAndPeopleTables.COMBINED.get(i)))));
    }
    byte[] file = UnitsAndPeopleTables.write(format, UnitsAndPeopleTables.combined(header));
    JsonPath answer = dryRunTableFile(format, file);
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aPlainUnitsColumnKeepsEachWordAUnit() {
    // a 责任单位 column names units only: 卫健/张三 there is two units, as it was
    byte[] file = UnitsAndPeopleTables.write("xlsx", UnitsAndPeopleTables.combined("责任单位"));
    JsonPath answer = dryRunTableFile("xlsx", file);
    assertEquals(
        List.of("综合办", "柏岚"),
        answer.getList("problems[0].measures[0].responsibleUnits"),
        answer.prettify());
    assertNull(answer.get("problems[0].measures[0].responsiblePerson"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansCombinedLabelGivesItsUnitsAndItsPeopleApart(String format) throws IOException {
    List<String> labels = List.of("责任单位及责任人", "责任单位/责任人", "责任部门及联系人");
    StringBuilder plan = new StringBuilder("××县规划局巡察整改方案\n一、存在问题及整改措施\n");
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < UnitsAndPeopleTables.COMBINED.size(); i++) {
      Cell c = UnitsAndPeopleTables.COMBINED.get(i);
      int n = i + 1;
      plan.append(n + "." + UnitsAndPeopleTables.problem(n) + "\n")
          .append("整改措施：" + UnitsAndPeopleTables.measure(n) + "\n")
          .append(labels.get(i % labels.size()) + "：" + c.written() + "\n")
          .append("整改时限：2025年6月30日\n");
      expected.add(
          problem(
              title(n),
              UnitsAndPeopleTables.problem(n),
              List.of(),
              lines(3 + 4 * i, 6 + 4 * i, null),
              List.of(measureOf(n, c))));
    }
    JsonPath answer = dryRunPlan(format, plan.toString());
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
