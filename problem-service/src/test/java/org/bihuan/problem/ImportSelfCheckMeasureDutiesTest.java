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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A self-examination report's 三、整改措施 section whose measures carry their duty lines (责任单位：… 责任人：…
 * 完成时限：…): each proposed measure takes its duties as a plan's measure does — its own lines, or the
 * block after several measures — and its text holds none of them; a contact in a unit's bracket
 * (人事科（联系人：冯二）) is the unit's contact person, not a line of its own. Text and Word paragraphs
 * through {@code POST /sources/{id}/import?dryRun=true}, and the real import's stored answer
 * (docs/decisions/0332).
 */
@QuarkusTest
class ImportSelfCheckMeasureDutiesTest {

  private static final String OWN_LINES =
      """
      ××局党支部巡察整改自查报告
      一、基本情况
      今年以来，局党支部按照巡察反馈意见，认真开展自查。
      二、存在的问题
      （一）理论学习方面
      1.理论学习不够深入，学习流于形式。
      2.学用结合不紧，解决实际问题不够。
      （二）作风建设方面
      1.会议文件偏多，文风不实。
      三、整改措施
      （一）加强理论学习。制定年度学习计划，每月集中学习一次。
      责任单位：办公室
      责任人：张三
      完成时限：2025年6月30日
      （二）改进工作作风。精简会议文件。
      责任单位：人事科（联系人：冯二）
      责任人：李四
      完成时限：长期坚持
      """;

  private static final String ONE_BLOCK =
      """
      ××中心2025年度巡察整改自查报告
      一、存在的问题
      1.理论学习不够深入。
      2.制度执行不严格。
      二、整改措施
      1.加强理论学习。每月集中学习一次。
      2.严格制度执行。开展制度执行情况检查。
      3.完善内控制度。
      责任单位：综合科（联系人：冯二）、财务科
      责任人：王五
      完成时限：2025年12月31日
      """;

  private static final String POINTS =
      """
      ××局自查报告
      一、存在的问题
      1.理论学习不够深入。
      2.财务管理不规范。
      二、整改措施
      1、加强理论学习。
      责任单位：办公室
      完成时限：立行立改
      2、规范财务管理。
      （1）清理往来账款。
      责任单位：财务科（负责人：赵敏）
      责任人：钱伟
      完成时限：2025年9月30日
      （2）建立报销审核制度。
      责任单位：财务科
      完成时限：长期坚持
      """;

  static Map<String, Object> proposal(
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
    p.put("leaderInCharge", null);
    p.put("responsiblePerson", person);
    p.put("timing", timing);
    p.put("deadline", deadline);
    return p;
  }

  /** The proposals of an answer with every field compared (ids left out). */
  static List<Map<String, Object>> proposals(JsonPath answer) {
    List<Map<String, Object>> out = new ArrayList<>();
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
      out.add(q);
    }
    return out;
  }

  private static String contact(String measure, String name, String person) {
    return "The proposed measure 「"
        + measure
        + "」: 「"
        + name
        + "」, named in brackets after a responsible unit, was not stored: the 责任人 given, 「"
        + person
        + "」, is the measure's responsible person, and a ticket keeps one.";
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void measuresEachWithTheirOwnDutyLinesTakeThemAndKeepNoneInTheirText(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, OWN_LINES);
    assertEquals(
        List.of(
            problem(
                "理论学习不够深入，学习流于形式",
                "理论学习不够深入，学习流于形式。",
                List.of("理论学习方面"),
                lines(6, 6, null),
                List.of()),
            problem(
                "学用结合不紧，解决实际问题不够",
                "学用结合不紧，解决实际问题不够。",
                List.of("理论学习方面"),
                lines(7, 7, null),
                List.of()),
            problem(
                "会议文件偏多，文风不实", "会议文件偏多，文风不实。", List.of("作风建设方面"), lines(9, 9, null), List.of())),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            proposal(
                "加强理论学习", "制定年度学习计划，每月集中学习一次。", List.of("办公室"), "张三", "DEADLINE", "2025-06-30"),
            proposal("改进工作作风", "精简会议文件。", List.of("人事科"), "李四", "LONG_TERM", null)),
        proposals(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Lines 2–3: the section 「一、基本情况」 holds no problems (such as 工作要求, 保障措施, 组织领导); it"
                + " was not imported.",
            contact("改进工作作风。精简会议文件。", "冯二", "李四")),
        answer.getList("warnings", String.class),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void oneDutyBlockAfterAllMeasuresIsTheDutiesOfEach(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, ONE_BLOCK);
    assertEquals(
        List.of("理论学习不够深入", "制度执行不严格"), answer.getList("problems.title"), answer.prettify());
    List<String> units = List.of("综合科", "财务科");
    assertEquals(
        List.of(
            proposal("加强理论学习", "每月集中学习一次。", units, "王五", "DEADLINE", "2025-12-31"),
            proposal("严格制度执行", "开展制度执行情况检查。", units, "王五", "DEADLINE", "2025-12-31"),
            proposal("完善内控制度", "完善内控制度。", units, "王五", "DEADLINE", "2025-12-31")),
        proposals(answer),
        answer.prettify());
    assertEquals(
        List.of(
            contact("加强理论学习。每月集中学习一次。", "冯二", "王五"),
            contact("严格制度执行。开展制度执行情况检查。", "冯二", "王五"),
            contact("完善内控制度。", "冯二", "王五")),
        answer.getList("warnings", String.class),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void pointsOfAMeasureEachWithTheirDutiesAreProposalsUnderItsTitle(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, POINTS);
    assertEquals(
        List.of(
            proposal("加强理论学习", "加强理论学习。", List.of("办公室"), null, "IMMEDIATE", null),
            proposal("规范财务管理", "清理往来账款。", List.of("财务科"), "钱伟", "DEADLINE", "2025-09-30"),
            proposal("规范财务管理", "建立报销审核制度。", List.of("财务科"), null, "LONG_TERM", null)),
        proposals(answer),
        answer.prettify());
    assertEquals(
        List.of(contact("清理往来账款。", "赵敏", "钱伟")),
        answer.getList("warnings", String.class),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text"})
  void theImportStoresTheDutiesAndAnswersThemAgain(String format) {
    String source = Api.source("自查报告整改措施");
    JsonPath stored =
        Api.importAnswer(
                Api.patient(),
                source,
                ONE_BLOCK.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    List<Map<String, Object>> written = proposals(stored);
    assertEquals(3, written.size(), stored.prettify());
    assertEquals(List.of("综合科", "财务科"), written.get(2).get("responsibleUnits"), stored.prettify());
    JsonPath again =
        Api.asAdmin()
            .get("/api/v1/sources/" + source + "/imports/" + stored.getString("importId"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(written, proposals(again), again.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansUnitWithItsContactInBracketsKeepsTheContactWithTheUnit(String format)
      throws IOException {
    JsonPath answer =
        dryRunPlan(
            format,
            """
            ××局整改方案
            一、存在问题
            1.会议文件偏多。
            整改措施：精简会议文件。
            责任单位：人事科（联系人：冯二）
            责任人：李四
            完成时限：长期坚持
            2.档案管理混乱。
            整改措施：清理档案。
            责任单位：档案室（联系人：陈五）
            完成时限：2025年6月30日
            """);
    assertEquals(
        List.of(
            problem(
                "会议文件偏多",
                "会议文件偏多。",
                List.of(),
                lines(3, 7, null),
                List.of(measure("精简会议文件。", List.of("人事科"), null, "李四", "LONG_TERM", null))),
            problem(
                "档案管理混乱",
                "档案管理混乱。",
                List.of(),
                lines(8, 11, null),
                List.of(measure("清理档案。", List.of("档案室"), null, "陈五", "DEADLINE", "2025-06-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Problem 「会议文件偏多」, measure 「精简会议文件。」: 「冯二」, named in brackets after a"
                + " responsible unit, was not stored: the 责任人 given, 「李四」, is the measure's"
                + " responsible person, and a ticket keeps one."),
        answer.getList("warnings", String.class),
        answer.prettify());
  }
}
