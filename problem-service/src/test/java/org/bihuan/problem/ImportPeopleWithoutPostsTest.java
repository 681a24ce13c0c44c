package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.UnitsAndPeopleTables;
import org.bihuan.problem.support.UnitsAndPeopleTables.Duties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * People written with their posts are stored by name: 责任人 王二（科长）, 王二科长, 科长王二 and 王二（副主任） are 王二, as
 * the 责任领导 副局长孙强 and 孙强（副局长） are 孙强, and a post of a unit with no name (办公室主任) stays as written; a
 * person in brackets after a unit whose surname is rare (财务科（禚明）, 综合股（仉亮）, 执法队（亓华）, 信息中心（缑亮）,
 * 档案室（宓静）, 规划处（邗平）, 法规股（眭晓）) is the unit's person, while a word of work in the bracket (社会救助科（会计）,
 * 办公室（综合）) stays part of the unit. Task lists (.docx, .xlsx), plans (text, .docx) and a
 * self-examination report's 整改措施 duty lines, through {@code POST /sources/{id}/import?dryRun=true},
 * every field and the warnings (docs/decisions/0338).
 */
@QuarkusTest
class ImportPeopleWithoutPostsTest {

  private static final String LEADERS =
      "责任领导 written with a post are stored by name only, so that the reports count each leader"
          + " once: 「副局长孙强」 → 「孙强」, 「孙强（副局长）」 → 「孙强」.";

  private static final String PEOPLE =
      "责任人 written with a post are stored by name only, so that each person is one person:"
          + " 「王二（科长）」 → 「王二」, 「王二科长」 → 「王二」, 「科长王二」 → 「王二」, 「王二（副主任）」 → 「王二」.";

  private static String title(int n) {
    String p = UnitsAndPeopleTables.problem(n);
    return p.substring(0, p.length() - 1);
  }

  private static Map<String, Object> measureOf(int n, Duties d) {
    return measure(
        UnitsAndPeopleTables.measure(n),
        d.unitsRead(),
        d.leaderRead(),
        d.personRead(),
        "DEADLINE",
        "2025-06-30");
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTaskListsPeopleAndLeadersLoseTheirPostsAndRareSurnamesAreNames(String format) {
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < UnitsAndPeopleTables.POSTS.size(); i++) {
      int n = i + 1;
      expected.add(
          problem(
              title(n),
              UnitsAndPeopleTables.problem(n),
              List.of(),
              tableOrSheetRows(format, n + 1, n + 1),
              List.of(measureOf(n, UnitsAndPeopleTables.POSTS.get(i)))));
    }
    JsonPath answer =
        dryRunTableFile(format, UnitsAndPeopleTables.write(format, UnitsAndPeopleTables.posts()));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(LEADERS, PEOPLE), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansDutyLinesGiveTheSameNames(String format) throws IOException {
    StringBuilder plan = new StringBuilder("××县规划局巡察整改方案\n一、存在问题及整改措施\n");
    List<Map<String, Object>> expected = new ArrayList<>();
    int line = 3;
    for (int i = 0; i < UnitsAndPeopleTables.POSTS.size(); i++) {
      Duties d = UnitsAndPeopleTables.POSTS.get(i);
      int n = i + 1;
      int first = line;
      plan.append(n + "." + UnitsAndPeopleTables.problem(n) + "\n")
          .append("整改措施：" + UnitsAndPeopleTables.measure(n) + "\n")
          .append("责任领导：" + d.leader() + "\n")
          .append("责任单位：" + d.units() + "\n");
      line += 4;
      if (d.person() != null) {
        plan.append("责任人：" + d.person() + "\n");
        line++;
      }
      plan.append("整改时限：2025年6月30日\n");
      line++;
      expected.add(
          problem(
              title(n),
              UnitsAndPeopleTables.problem(n),
              List.of(),
              lines(first, line - 1, null),
              List.of(measureOf(n, d))));
    }
    JsonPath answer = dryRunPlan(format, plan.toString());
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(LEADERS, PEOPLE), answer.getList("warnings"), answer.prettify());
  }

  private static final String REPORT =
      """
      ××局党支部巡察整改自查报告
      一、存在的问题
      1.理论学习不够深入，学习流于形式。
      2.会议文件偏多，文风不实。
      二、整改措施
      （一）加强理论学习。制定年度学习计划。
      责任领导：副局长孙强
      责任单位：办公室
      责任人：王二（科长）
      完成时限：2025年6月30日
      （二）改进工作作风。精简会议文件。
      责任领导：孙强（副局长）
      责任单位：财务科（禚明）
      完成时限：长期坚持
      """;

  private static Map<String, Object> proposal(
      String title,
      String description,
      List<String> units,
      String person,
      String timing,
      String deadline) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    p.put("description", description);
    p.put("responsibleUnits", units);
    p.put("coResponsibleUnits", List.of());
    p.put("leaderInCharge", "孙强");
    p.put("responsiblePerson", person);
    p.put("timing", timing);
    p.put("deadline", deadline);
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aSelfExaminationsMeasureDutiesGiveTheSameNames(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, REPORT);
    assertEquals(
        List.of(
            problem("理论学习不够深入，学习流于形式", "理论学习不够深入，学习流于形式。", List.of(), lines(3, 3, null), List.of()),
            problem("会议文件偏多，文风不实", "会议文件偏多，文风不实。", List.of(), lines(4, 4, null), List.of())),
        problems(answer),
        answer.prettify());
    List<Map<String, Object>> proposals = new ArrayList<>();
    for (Map<String, Object> p : answer.<Map<String, Object>>getList("proposedMeasures")) {
      Map<String, Object> q = new LinkedHashMap<>();
      for (String key :
          List.of(
              "title",
              "description",
              "responsibleUnits",
              "coResponsibleUnits",
              "leaderInCharge",
              "responsiblePerson",
              "timing",
              "deadline")) {
        q.put(key, p.get(key));
      }
      proposals.add(q);
    }
    assertEquals(
        List.of(
            proposal("加强理论学习", "制定年度学习计划。", List.of("办公室"), "王二", "DEADLINE", "2025-06-30"),
            proposal("改进工作作风", "精简会议文件。", List.of("财务科"), "禚明", "LONG_TERM", null)),
        proposals,
        answer.prettify());
    assertEquals(
        List.of(
            LEADERS,
            "责任人 written with a post are stored by name only, so that each person is one person:"
                + " 「王二（科长）」 → 「王二」."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
