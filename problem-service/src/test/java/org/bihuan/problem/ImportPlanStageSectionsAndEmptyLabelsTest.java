package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plans and ledgers as other offices write them, through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0382): a section of the work's stages (三、整改步骤
 * over （一）动员部署阶段…) ends the problems and is named, never read as problems or measures, while 阶段 in
 * a measure or a group's name is left alone; an empty 问题5： is left out and named, as an empty 3.
 * is, and refused only over its measures; a ledger row holding only its 序号 is left out and named.
 */
@QuarkusTest
class ImportPlanStageSectionsAndEmptyLabelsTest {

  static final String STAGES =
      """
      （一）动员部署阶段（2024年3月1日—3月15日）。召开动员会，制定整改方案。
      （二）集中整改阶段（2024年3月16日—5月31日）。逐项整改，建立台账。
      （三）巩固提升阶段（2024年6月1日—6月30日）。总结经验，建立长效机制。
      """;

  /** Problems numbered 一、 二、, the stages numbered on as 三、. */
  static final String NUMBERED_ON =
      """
      关于巡察反馈问题的整改方案
      一、理论学习不深入，学习记录流于形式。
      整改措施：分阶段推进专题学习，每月集中学习一次。
      责任单位：办公室
      整改时限：2024年6月30日
      二、组织生活不规范，三会一课记录缺失。
      整改措施：规范组织生活。
      责任单位：组织科
      整改时限：2024年5月31日
      三、整改步骤
      """
          + STAGES
          + """
          四、工作要求
          各单位要高度重视，确保整改取得实效。
          """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aStagesSectionNumberedOnFromTheProblemsEndsThem(String format) throws IOException {
    for (String heading : List.of("整改步骤", "工作步骤", "实施步骤", "方法步骤", "时间安排", "进度安排")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, NUMBERED_ON.replace("整改步骤", heading));
      assertEquals(
          List.of(
              problem(
                  "理论学习不深入，学习记录流于形式",
                  "理论学习不深入，学习记录流于形式。",
                  List.of(),
                  lines(2, 5, null),
                  List.of(
                      measure(
                          "分阶段推进专题学习，每月集中学习一次。",
                          List.of("办公室"),
                          null,
                          null,
                          "DEADLINE",
                          "2024-06-30"))),
              problem(
                  "组织生活不规范，三会一课记录缺失",
                  "组织生活不规范，三会一课记录缺失。",
                  List.of(),
                  lines(6, 9, null),
                  List.of(
                      measure("规范组织生活。", List.of("组织科"), null, null, "DEADLINE", "2024-05-31")))),
          problems(answer),
          heading + "\n" + answer.prettify());
      assertEquals(
          List.of(
              "Lines 10–13: the section 「三、"
                  + heading
                  + "」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was not imported.",
              "Lines 14–15: the section 「四、工作要求」 holds no problems (such as 工作要求, 保障措施,"
                  + " 组织领导); it was not imported."),
          answer.getList("warnings"),
          heading + "\n" + answer.prettify());
    }
  }

  /** A bare heading after the problems section, whose group is named with 阶段. */
  static final String BARE_AFTER_PROBLEMS =
      """
      一、存在的问题
      （一）项目建设阶段方面
      1.工程招标程序不规范，部分项目未公开招标。
      整改措施：分阶段推进招标制度修订。
      责任单位：基建科
      整改时限：2024年6月30日
      2.工程款拨付审核不严。
      整改措施：严格审核工程款拨付。
      责任单位：财务科
      整改时限：2024年5月31日
      整改步骤
      """
          + STAGES;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aBareStagesHeadingAfterTheProblemsEndsThem(String format) throws IOException {
    for (String heading : List.of("整改步骤", "实施步骤", "进度安排")) {
      JsonPath answer =
          ImportAnswers.dryRunPlan(format, BARE_AFTER_PROBLEMS.replace("整改步骤", heading));
      assertEquals(
          List.of(
              problem(
                  "工程招标程序不规范，部分项目未公开招标",
                  "工程招标程序不规范，部分项目未公开招标。",
                  List.of("项目建设阶段方面"),
                  lines(3, 6, null),
                  List.of(
                      measure(
                          "分阶段推进招标制度修订。", List.of("基建科"), null, null, "DEADLINE", "2024-06-30"))),
              problem(
                  "工程款拨付审核不严",
                  "工程款拨付审核不严。",
                  List.of("项目建设阶段方面"),
                  lines(7, 10, null),
                  List.of(
                      measure(
                          "严格审核工程款拨付。", List.of("财务科"), null, null, "DEADLINE", "2024-05-31")))),
          problems(answer),
          heading + "\n" + answer.prettify());
      assertEquals(
          List.of(
              "Lines 11–14: the section 「"
                  + heading
                  + "」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was not imported."),
          answer.getList("warnings"),
          heading + "\n" + answer.prettify());
    }
  }

  static final String EMPTY_LABELS =
      """
      一、存在的问题
      问题1：会议记录不完整。
      整改措施：规范会议记录。
      责任单位：办公室
      整改时限：2025年3月31日
      问题2：
      问题3：资产登记不及时。
      整改措施：及时登记资产。
      责任单位：财务科
      整改时限：2025年4月30日
      问题4：
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void anEmptyProblemLabelWithNothingUnderItIsLeftOutAndNamed(String format) throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, EMPTY_LABELS);
    assertEquals(
        List.of(
            problem(
                "会议记录不完整",
                "会议记录不完整。",
                List.of(),
                lines(2, 5, null),
                List.of(measure("规范会议记录。", List.of("办公室"), null, null, "DEADLINE", "2025-03-31"))),
            problem(
                "资产登记不及时",
                "资产登记不及时。",
                List.of(),
                lines(7, 10, null),
                List.of(measure("及时登记资产。", List.of("财务科"), null, null, "DEADLINE", "2025-04-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Line 6: the problem label 「问题2：」 has no text and nothing under it (a label left in a"
                + " template); it names no problem and was not imported.",
            "Line 11: the problem label 「问题4：」 has no text and nothing under it (a label left in a"
                + " template); it names no problem and was not imported."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void anEmptyProblemLabelOverItsMeasuresIsRefusedNamingItsLines(String format) throws IOException {
    String plan =
        """
        一、存在的问题
        问题1：会议记录不完整。
        整改措施：规范会议记录。
        责任单位：办公室
        整改时限：2025年3月31日
        问题2：
        整改措施：及时登记资产。
        责任单位：财务科
        整改时限：2025年4月30日
        问题3：
        """;
    byte[] body =
        format.equals("text")
            ? plan.getBytes(StandardCharsets.UTF_8)
            : FormatFiles.paragraphs(plan);
    Api.dryRunAnswer(
            Api.patient(),
            Api.source("没有标题的问题"),
            body,
            format.equals("text") ? "text/plain; charset=UTF-8" : DocumentText.DOCX)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/import-title-missing"))
        .body(
            "detail",
            equalTo(
                "problems[1].title: the problem (lines 6–9) has no visible title (a number with no"
                    + " words after it, or only spaces or invisible characters such as U+200B); a"
                    + " problem can be saved only with one. Give each problem named a title in the"
                    + " document, or remove its number; nothing was imported."))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("problems[1].title"));
  }

  static Ledgers.Table ledger(String sheet) {
    return new Ledgers.Table(
        sheet,
        List.of(
            Ledgers.row("序号", "问题", "整改措施", "责任单位", "整改时限"),
            Ledgers.row("1", "会议记录不完整", "规范会议记录", "办公室", "2025年3月31日"),
            Ledgers.row("2", "资产登记不及时", "及时登记资产", "财务科", "2025年4月30日"),
            Ledgers.row("3", null, null, null, null),
            Ledgers.row("4", "公务用车管理不严", "建立用车台账", "后勤科", "2025年5月31日")),
        List.of(),
        5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void aLedgerRowHoldingOnlyItsNumberIsLeftOutAndNamed(String format) {
    JsonPath answer =
        ImportAnswers.dryRunTableFile(format, Ledgers.docxOrXlsx(format, "整改任务清单", ledger("台账")));
    assertEquals(
        List.of(
            problem(
                "会议记录不完整",
                "会议记录不完整",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(measure("规范会议记录", List.of("办公室"), null, null, "DEADLINE", "2025-03-31"))),
            problem(
                "资产登记不及时",
                "资产登记不及时",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(measure("及时登记资产", List.of("财务科"), null, null, "DEADLINE", "2025-04-30"))),
            problem(
                "公务用车管理不严",
                "公务用车管理不严",
                List.of(),
                tableOrSheetRows(format, 5, 5),
                List.of(measure("建立用车台账", List.of("后勤科"), null, null, "DEADLINE", "2025-05-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            (format.equals("docx") ? "Table row 4" : "Sheet 「台账」 row 4")
                + " holds only its 序号 (3) and no other cell; it names no problem and was not"
                + " imported."),
        answer.getList("warnings"),
        answer.prettify());
  }

  /** A time limit's label alone on its line, the date on the next, inside a problem. */
  static final String LABEL_ALONE =
      """
      一、存在的问题
      1.理论学习不深入，学习记录流于形式。
      整改措施：每月集中学习一次。
      责任单位：办公室
      时间节点：
      2024年6月30日
      2.组织生活不规范，三会一课记录缺失。
      整改措施：规范组织生活。
      责任单位：组织科
      时间节点：
      2024年5月31日
      二、工作要求
      各单位要高度重视。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aTimeLimitLabelAloneOnItsLineEndsNoProblems(String format) throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, LABEL_ALONE);
    {
      assertEquals(
          List.of(
              problem(
                  "理论学习不深入，学习记录流于形式",
                  "理论学习不深入，学习记录流于形式。",
                  List.of(),
                  lines(2, 5, null),
                  List.of(
                      measure("每月集中学习一次。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"))),
              problem(
                  "组织生活不规范，三会一课记录缺失",
                  "组织生活不规范，三会一课记录缺失。",
                  List.of(),
                  lines(7, 10, null),
                  List.of(
                      measure("规范组织生活。", List.of("组织科"), null, null, "DEADLINE", "2024-05-31")))),
          problems(answer),
          answer.prettify());
      assertEquals(
          List.of(
              "Lines 12–13: the section 「二、工作要求」 holds no problems (such as 工作要求, 保障措施,"
                  + " 组织领导); it was not imported."),
          answer.getList("warnings"),
          answer.prettify());
    }
    // 时间安排： and 进度安排： written so (no label of a time limit) end no problem either
    for (String label : List.of("时间安排", "进度安排")) {
      JsonPath schedule = ImportAnswers.dryRunPlan(format, LABEL_ALONE.replace("时间节点", label));
      assertEquals(
          List.of("理论学习不深入，学习记录流于形式", "组织生活不规范，三会一课记录缺失"),
          schedule.getList("problems.title"),
          label + "\n" + schedule.prettify());
      assertEquals(
          List.of(List.of(2, 6), List.of(7, 10)),
          schedule.getList("problems.origin.lines"),
          label + "\n" + schedule.prettify());
    }
  }

  /**
   * Items numbered 1. 2. 3. inside each problem, the third 时间节点： with its date on the next line.
   */
  static final String NUMBERED_LABEL_ITEM =
      """
      一、理论学习不深入，学习记录流于形式。
      1.整改措施：每月集中学习一次。
      2.责任单位：办公室
      3.时间节点：
      2024年6月30日
      二、组织生活不规范，三会一课记录缺失。
      1.整改措施：规范组织生活。
      2.责任单位：组织科
      3.时间节点：
      2024年5月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aNumberedTimeLabelItemInsideAProblemEndsNoProblems(String format) throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, NUMBERED_LABEL_ITEM);
    assertEquals(
        List.of(List.of("每月集中学习一次。"), List.of("规范组织生活。")),
        answer.getList("problems.measures.measure"),
        answer.prettify());
    assertEquals(
        List.of(List.of(List.of("办公室")), List.of(List.of("组织科"))),
        answer.getList("problems.measures.responsibleUnits"),
        answer.prettify());
    for (String label : List.of("时间节点", "时间安排")) {
      JsonPath item = ImportAnswers.dryRunPlan(format, NUMBERED_LABEL_ITEM.replace("时间节点", label));
      assertEquals(
          List.of("理论学习不深入，学习记录流于形式", "组织生活不规范，三会一课记录缺失"),
          item.getList("problems.title"),
          label + "\n" + item.prettify());
      assertEquals(
          List.of(List.of(1, 5), List.of(6, 9)),
          item.getList("problems.origin.lines"),
          label + "\n" + item.prettify());
    }
  }

  /** Tables under headings naming their category, one of them with 进度安排 in it. */
  @Test
  void tablesUnderHeadingsNamedWithScheduleWordsHoldProblems() {
    Ledgers.Table quality =
        new Ledgers.Table(
            "质量",
            List.of(
                Ledgers.row("序号", "问题", "整改措施", "责任单位", "整改时限"),
                Ledgers.row("1", "工程验收不严格", "严格工程验收", "基建科", "2024年6月30日")),
            List.of(),
            5);
    Ledgers.Table pace =
        new Ledgers.Table(
            "进度",
            List.of(
                Ledgers.row("序号", "问题", "整改措施", "责任单位", "整改时限"),
                Ledgers.row("1", "工程进度滞后于计划", "倒排工期", "基建科", "2024年9月30日")),
            List.of(),
            5);
    JsonPath answer =
        ImportAnswers.dryRunTableFile(
            "docx",
            Ledgers.docx(List.of("整改任务清单", "一、工程质量方面存在的问题", quality, "二、工程进度安排方面存在的问题", pace)));
    assertEquals(
        List.of(List.of("工程质量方面存在的问题"), List.of("工程进度安排方面存在的问题")),
        answer.getList("problems.categoryPath"),
        answer.prettify());
    assertEquals(
        List.of("工程验收不严格", "工程进度滞后于计划"), answer.getList("problems.title"), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  /** Bare section headings; the stages under a bare 方法步骤及进度. */
  static final String BARE_SECTIONS =
      """
      存在的问题
      1.工程验收不严格。
      整改措施：严格工程验收。
      责任单位：基建科
      整改时限：2024年6月30日
      2.工程款拨付审核不严。
      整改措施：严格审核工程款拨付。
      责任单位：财务科
      整改时限：2024年5月31日
      方法步骤及进度
      """
          + STAGES;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aBareHeadingOfStepsAndPaceEndsTheProblems(String format) throws IOException {
    for (String heading : List.of("方法步骤及进度", "工作步骤和时限")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, BARE_SECTIONS.replace("方法步骤及进度", heading));
      assertEquals(
          List.of(
              problem(
                  "工程验收不严格",
                  "工程验收不严格。",
                  List.of(),
                  lines(2, 5, null),
                  List.of(
                      measure("严格工程验收。", List.of("基建科"), null, null, "DEADLINE", "2024-06-30"))),
              problem(
                  "工程款拨付审核不严",
                  "工程款拨付审核不严。",
                  List.of(),
                  lines(6, 9, null),
                  List.of(
                      measure(
                          "严格审核工程款拨付。", List.of("财务科"), null, null, "DEADLINE", "2024-05-31")))),
          problems(answer),
          heading + "\n" + answer.prettify());
      assertEquals(
          List.of(
              "Lines 10–13: the section 「"
                  + heading
                  + "」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was not imported."),
          answer.getList("warnings"),
          heading + "\n" + answer.prettify());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void aFormNumberedInAdvanceIsNamedOnceForItsEmptyRows(String format) {
    List<List<Object>> rows = new java.util.ArrayList<>();
    rows.add(Ledgers.row("序号", "问题", "整改措施", "责任单位", "整改时限"));
    rows.add(Ledgers.row("1", "会议记录不完整", "规范会议记录", "办公室", "2025年3月31日"));
    rows.add(Ledgers.row("2", "资产登记不及时", "及时登记资产", "财务科", "2025年4月30日"));
    rows.add(Ledgers.row("3", "公务用车管理不严", "建立用车台账", "后勤科", "2025年5月31日"));
    for (int n = 4; n <= 50; n++) {
      rows.add(Ledgers.row(String.valueOf(n), null, null, null, null));
    }
    JsonPath answer =
        ImportAnswers.dryRunTableFile(
            format,
            Ledgers.docxOrXlsx(format, "整改任务清单", new Ledgers.Table("台账", rows, List.of(), 5)));
    assertEquals(
        List.of("会议记录不完整", "资产登记不及时", "公务用车管理不严"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(
            (format.equals("docx") ? "Table rows 5–51" : "Sheet 「台账」 rows 5–51")
                + " hold only their 序号 (4–50) and no other cell; they name no problem and were not"
                + " imported."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
