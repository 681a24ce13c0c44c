package org.bihuan.problem.support;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems that differ only in their duties (责任单位, 配合单位, 责任人), each with one measure, written as a
 * plan (a problem's lines: its item, 整改措施, 责任单位, 配合单位 and 责任人 when given, 整改时限) and as a table (序号
 * 存在问题 整改措施 责任单位 配合单位 具体责任人 完成时限), and the dry run of each compared with every field of every
 * problem and measure and every warning.
 */
public final class UnitDutyCases {

  private UnitDutyCases() {}

  /**
   * The duties as written ({@code coUnits} and {@code person} null when not given) and what the dry
   * run must give: the units, the helping units, the person, and the warnings of the measure, each
   * after its 「Problem …, measure …: 」.
   */
  public record Case(
      String units,
      String coUnits,
      String person,
      List<String> answer,
      List<String> helping,
      String stored,
      List<String> notes) {}

  /** A case without a 配合单位. */
  public static Case of(
      String units, String person, List<String> answer, String stored, String... notes) {
    return new Case(units, null, person, answer, List.of(), stored, List.of(notes));
  }

  private static String title(int n) {
    return "第" + n + "项工作落实不到位";
  }

  private static String measureText(int n) {
    return "落实第" + n + "项工作。";
  }

  private static Map<String, Object> expectedMeasure(int n, Case c) {
    Map<String, Object> m =
        new LinkedHashMap<>(
            measure(measureText(n), c.answer(), null, c.stored(), "DEADLINE", "2025-06-30"));
    m.put("coResponsibleUnits", c.helping());
    return m;
  }

  private static void notesOf(int n, Case c, List<String> into) {
    for (String note : c.notes()) {
      into.add("Problem 「" + title(n) + "」, measure 「" + measureText(n) + "」: " + note);
    }
  }

  /** The plan of the cases read as {@code format} (text or docx), compared. */
  public static void assertPlan(String format, List<Case> cases) throws IOException {
    StringBuilder plan = new StringBuilder("××县卫生健康局巡察整改方案\n一、存在问题及整改措施\n");
    List<Map<String, Object>> expected = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int line = 3;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      int n = i + 1;
      int first = line;
      plan.append(n + "." + title(n) + "。\n")
          .append("整改措施：" + measureText(n) + "\n")
          .append("责任单位：" + c.units() + "\n");
      line += 3;
      if (c.coUnits() != null) {
        plan.append("配合单位：" + c.coUnits() + "\n");
        line++;
      }
      if (c.person() != null) {
        plan.append("责任人：" + c.person() + "\n");
        line++;
      }
      plan.append("整改时限：2025年6月30日\n");
      expected.add(
          problem(
              title(n),
              title(n) + "。",
              List.of(),
              lines(first, line, null),
              List.of(expectedMeasure(n, c))));
      line++;
      notesOf(n, c, warnings);
    }
    JsonPath answer = dryRunPlan(format, plan.toString());
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(warnings, answer.getList("warnings"), answer.prettify());
  }

  /** The table of the cases written as {@code format} (docx or xlsx), compared. */
  public static void assertTable(String format, List<Case> cases) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("序号", "存在问题", "整改措施", "责任单位", "配合单位", "具体责任人", "完成时限"));
    List<Map<String, Object>> expected = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      int n = i + 1;
      rows.add(
          row(n, title(n) + "。", measureText(n), c.units(), c.coUnits(), c.person(), "2025年6月30日"));
      expected.add(
          problem(
              title(n),
              title(n) + "。",
              List.of(),
              tableOrSheetRows(format, n + 1, n + 1),
              List.of(expectedMeasure(n, c))));
      notesOf(n, c, warnings);
    }
    byte[] file = Ledgers.docxOrXlsx(format, "整改任务清单", new Ledgers.Table("台账", rows, List.of(), 7));
    JsonPath answer = dryRunTableFile(format, file);
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(warnings, answer.getList("warnings"), answer.prettify());
  }
}
