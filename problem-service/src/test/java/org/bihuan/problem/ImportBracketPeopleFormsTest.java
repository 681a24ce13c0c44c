package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms a person takes in a bracket after a unit: two bracketed units parted by a plain space
 * (医政股（张明） 法规科（郑丽）) are two units; a label or a post before the name (党政办（主任：张三）, 保卫科（负责人：郑军）,
 * 护理部（护士长李娟）, 纪检组（组长王强）), a phone number after it (张明 13812345678) and a closing 同志 are left out of
 * the name, and the unit is kept without the bracket; 【张明】 is a bracket as （张明） is; a single
 * numbered unit (①车管科, 1.车管科, （1）车管科) is kept without its number. A bracket of words that name no
 * person — a line of work (物业), a body (青年团, 妇联) — stays with the unit, or names the unit that
 * leads (财务科（牵头：妇联）, 0305). Plans (text, .docx) and tables (.docx, .xlsx) through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0320).
 */
@QuarkusTest
class ImportBracketPeopleFormsTest {

  /** Each problem's units line, its measure's units, co-units and person. */
  private record Case(String units, List<String> answer, List<String> helping, String person) {}

  private static final List<Case> CASES =
      List.of(
          new Case("医政股（张明） 法规科（郑丽）", List.of("医政股", "法规科"), List.of(), "张明、郑丽"),
          new Case("党政办（主任：张三）", List.of("党政办"), List.of(), "张三"),
          new Case("保卫科（负责人：郑军）", List.of("保卫科"), List.of(), "郑军"),
          new Case("护理部（护士长李娟）", List.of("护理部"), List.of(), "李娟"),
          new Case("医政股（张明 13812345678）", List.of("医政股"), List.of(), "张明"),
          new Case("纪检组（组长王强）", List.of("纪检组"), List.of(), "王强"),
          new Case("医政股（股长李长顺）", List.of("医政股"), List.of(), "李长顺"),
          new Case("①车管科（冯涛）", List.of("车管科"), List.of(), "冯涛"),
          new Case("1.车管科", List.of("车管科"), List.of(), null),
          new Case("（1）车管科", List.of("车管科"), List.of(), null),
          new Case("后勤处（物业）", List.of("后勤处（物业）"), List.of(), null),
          new Case("团委（青年团）", List.of("团委（青年团）"), List.of(), null),
          new Case("财务科（牵头：妇联）", List.of("妇联"), List.of("财务科"), null),
          new Case("医政股【张明】", List.of("医政股"), List.of(), "张明"),
          new Case("医政股（张明同志）", List.of("医政股"), List.of(), "张明"));

  private static Map<String, Object> measureOf(String text, Case c, String deadline) {
    Map<String, Object> m =
        new LinkedHashMap<>(measure(text, c.answer(), null, c.person(), "DEADLINE", deadline));
    m.put("coResponsibleUnits", c.helping());
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansBracketsNameTheirPeopleWithoutPostsLabelsOrPhones(String format) throws IOException {
    StringBuilder plan = new StringBuilder("××县卫生健康局巡察整改方案\n一、存在问题及整改措施\n");
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      int n = i + 1;
      plan.append(n + ".第" + n + "项工作落实不到位。\n")
          .append("整改措施：落实第" + n + "项工作。\n")
          .append("责任单位：" + c.units() + "\n")
          .append("整改时限：2025年6月30日\n");
      expected.add(
          problem(
              "第" + n + "项工作落实不到位",
              "第" + n + "项工作落实不到位。",
              List.of(),
              lines(3 + 4 * i, 6 + 4 * i, null),
              List.of(measureOf("落实第" + n + "项工作。", c, "2025-06-30"))));
    }
    JsonPath answer = dryRunPlan(format, plan.toString());
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aUnitsCellsBracketsNameTheirPeopleAsAPlansDo(String format) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("序号", "存在问题", "整改措施", "责任单位", "完成时限"));
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      int n = i + 1;
      rows.add(row(n, "第" + n + "项工作落实不到位。", "落实第" + n + "项工作。", c.units(), "2025年6月30日"));
      expected.add(
          problem(
              "第" + n + "项工作落实不到位",
              "第" + n + "项工作落实不到位。",
              List.of(),
              tableOrSheetRows(format, n + 1, n + 1),
              List.of(measureOf("落实第" + n + "项工作。", c, "2025-06-30"))));
    }
    byte[] file = Ledgers.docxOrXlsx(format, "整改任务清单", new Ledgers.Table("台账", rows, List.of(), 5));
    JsonPath answer = dryRunTableFile(format, file);
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
