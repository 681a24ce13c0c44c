package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fields of documents written by other offices, through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0388): an empty 问题5： row of a table is left out
 * and named as a plan's empty label is, and refused over its measures.
 */
@QuarkusTest
class ImportFieldMisreadingsTest {

  static Ledgers.Table labels(boolean measureBesideEmptyLabel) {
    return new Ledgers.Table(
        "台账",
        List.of(
            Ledgers.row("序号", "问题", "整改措施", "责任单位", "整改时限"),
            Ledgers.row("1", "问题1：会议记录不完整", "规范会议记录", "办公室", "2025年3月31日"),
            Ledgers.row("2", "问题2：", null, null, null),
            Ledgers.row("3", "问题3：资产登记不及时", "及时登记资产", "财务科", "2025年4月30日"),
            measureBesideEmptyLabel
                ? Ledgers.row("4", "问题4：", "建立用车台账", "后勤科", "2025年5月31日")
                : Ledgers.row(null, "问题4：", null, null, null)),
        List.of(),
        5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void anEmptyProblemLabelRowIsLeftOutAndNamed(String format) {
    JsonPath answer =
        ImportAnswers.dryRunTableFile(format, Ledgers.docxOrXlsx(format, "整改任务清单", labels(false)));
    assertEquals(
        List.of(
            problem(
                "会议记录不完整",
                "问题1：会议记录不完整",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(measure("规范会议记录", List.of("办公室"), null, null, "DEADLINE", "2025-03-31"))),
            problem(
                "资产登记不及时",
                "问题3：资产登记不及时",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(measure("及时登记资产", List.of("财务科"), null, null, "DEADLINE", "2025-04-30")))),
        problems(answer),
        answer.prettify());
    String where = format.equals("docx") ? "Table row " : "Sheet 「台账」 row ";
    assertEquals(
        List.of(
            where
                + "3 holds the problem label 「问题2：」 with no text and nothing beside it but its"
                + " 序号 (a label left in a template); it names no problem and was not imported.",
            where
                + "5 holds the problem label 「问题4：」 with no text and nothing beside it but its"
                + " 序号 (a label left in a template); it names no problem and was not imported."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void anEmptyProblemLabelBesideAMeasureIsRefused(String format) {
    Api.dryRunAnswer(
            Api.patient(),
            Api.source("没有标题的问题"),
            Ledgers.docxOrXlsx(format, "整改任务清单", labels(true)),
            format.equals("docx") ? DocumentText.DOCX : DocumentText.XLSX)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/import-title-missing"))
        .body("detail", startsWith("problems[2].title: the problem ("))
        .body("errors", hasSize(1))
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("problems[2].title"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void anEmptyProblemLabelOverAMeasureRowOfItsOwnIsRefusedNotGivenToTheProblemAbove(String format) {
    // 问题2： alone on its row, its measure on the row under it (no 序号, no 问题 text): left out,
    // the measure would go to problem 1
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                Ledgers.row("序号", "问题", "整改措施", "责任单位", "整改时限"),
                Ledgers.row("1", "问题1：会议记录不完整", "规范会议记录", "办公室", "2025年3月31日"),
                Ledgers.row("2", "问题2：", null, null, null),
                Ledgers.row(null, null, "建立档案台账", "档案室", "2025年6月30日")),
            List.of(),
            5);
    Api.dryRunAnswer(
            Api.patient(),
            Api.source("没有标题的问题"),
            Ledgers.docxOrXlsx(format, "整改任务清单", table),
            format.equals("docx") ? DocumentText.DOCX : DocumentText.XLSX)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/import-title-missing"))
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("problems[1].title"));
  }

  /** Leaders written each with his post after the name, in a plan's 责任领导 lines. */
  static final String POSTS_AFTER_NAMES =
      """
      一、存在的问题
      1.理论学习不深入，学习记录流于形式。
      整改措施：每月集中学习一次。
      责任领导：周立副主任、孙宏主任
      责任单位：办公室
      整改时限：2024年10月31日
      2.组织生活不规范，三会一课记录缺失。
      整改措施：规范组织生活。
      责任领导：周立副主任 孙宏主任
      责任单位：组织科
      整改时限：2024年11月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void leadersWrittenWithTheirPostsAfterTheirNamesAreEachStoredByName(String format)
      throws java.io.IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, POSTS_AFTER_NAMES);
    assertEquals(
        List.of(
            problem(
                "理论学习不深入，学习记录流于形式",
                "理论学习不深入，学习记录流于形式。",
                List.of(),
                ImportAnswers.lines(2, 6, null),
                List.of(
                    measure("每月集中学习一次。", List.of("办公室"), "周立、孙宏", null, "DEADLINE", "2024-10-31"))),
            problem(
                "组织生活不规范，三会一课记录缺失",
                "组织生活不规范，三会一课记录缺失。",
                List.of(),
                ImportAnswers.lines(7, 11, null),
                List.of(
                    measure("规范组织生活。", List.of("组织科"), "周立、孙宏", null, "DEADLINE", "2024-11-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "责任领导 written with a post are stored by name only, so that the reports count each"
                + " leader once: 「周立副主任」 → 「周立」, 「孙宏主任」 → 「孙宏」."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @org.junit.jupiter.api.Test
  void leadersWrittenWithTheirPostsAfterTheirNamesInATableCell() {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                Ledgers.row("序号", "问题", "整改措施", "责任领导", "责任单位", "整改时限"),
                Ledgers.row("1", "会议记录不完整", "规范会议记录", "周立副主任、孙宏主任", "办公室", "2025年3月31日"),
                Ledgers.row("2", "资产登记不及时", "及时登记资产", "周立副主任 孙宏主任", "财务科", "2025年4月30日")),
            List.of(),
            6);
    JsonPath answer =
        ImportAnswers.dryRunTableFile("docx", Ledgers.docxOrXlsx("docx", "整改任务清单", table));
    assertEquals(
        List.of(
            problem(
                "会议记录不完整",
                "会议记录不完整",
                List.of(),
                ImportAnswers.rows(1, 2, 2),
                List.of(
                    measure("规范会议记录", List.of("办公室"), "周立、孙宏", null, "DEADLINE", "2025-03-31"))),
            problem(
                "资产登记不及时",
                "资产登记不及时",
                List.of(),
                ImportAnswers.rows(1, 3, 3),
                List.of(
                    measure("及时登记资产", List.of("财务科"), "周立、孙宏", null, "DEADLINE", "2025-04-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "责任领导 written with a post are stored by name only, so that the reports count each"
                + " leader once: 「周立副主任」 → 「周立」, 「孙宏主任」 → 「孙宏」."),
        answer.getList("warnings"),
        answer.prettify());
  }

  /** A task list whose leader cell holds two paragraphs, 主任 孙宏 then 副主任 周立. */
  static byte[] twoLeaderParagraphs() throws java.io.IOException {
    try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
        new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
      document.createParagraph().createRun().setText("整改任务清单");
      List<List<String>> rows =
          List.of(
              List.of("序号", "问题", "整改措施", "责任领导", "责任单位", "整改时限"),
              List.of("1", "会议记录不完整", "规范会议记录", "主任 孙宏", "办公室", "2025年3月31日"));
      org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(2, 6);
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < 6; c++) {
          table.getRow(r).getCell(c).setText(rows.get(r).get(c));
        }
      }
      table.getRow(1).getCell(3).addParagraph().createRun().setText("副主任 周立");
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  @org.junit.jupiter.api.Test
  void aRuledPdfsLeaderCellOfTwoParagraphsGivesBothLeadersAsTheDocxDoes() throws Exception {
    List<Object> expected =
        List.of(
            problem(
                "会议记录不完整",
                "会议记录不完整",
                List.of(),
                ImportAnswers.rows(1, 2, 2),
                List.of(
                    measure("规范会议记录", List.of("办公室"), "孙宏、周立", null, "DEADLINE", "2025-03-31"))));
    JsonPath docx = ImportAnswers.dryRunTableFile("docx", twoLeaderParagraphs());
    assertEquals(expected, List.copyOf(problems(docx)), docx.prettify());
    byte[] pdf =
        org.bihuan.problem.support.RuledPdfs.ruled(
            List.of("整改任务清单"),
            List.of(
                List.of("序号", "问题", "整改措施", "责任领导", "责任单位", "整改时限"),
                List.of("1", "会议记录不完整", "规范会议记录", "主任 孙宏\n副主任 周立", "办公室", "2025年3月31日")),
            new float[] {30, 110, 110, 70, 70, 90},
            List.of());
    JsonPath printed = ImportAnswers.dryRunPath("外部文件", pdf, DocumentText.PDF);
    assertEquals(
        ImportAnswers.withoutOrigins(problems(docx)),
        ImportAnswers.withoutOrigins(problems(printed)),
        printed.prettify());
    assertEquals(
        List.of(Map.of("page", 1, "table", 1, "rows", List.of(2, 2))),
        printed.getList("problems.origin"),
        printed.prettify());
    List<String> leaders =
        List.of(
            "责任领导 written with a post are stored by name only, so that the reports count each"
                + " leader once: 「主任孙宏」 → 「孙宏」, 「副主任周立」 → 「周立」.");
    assertEquals(leaders, docx.getList("warnings"), docx.prettify());
    assertEquals(leaders, printed.getList("warnings"), printed.prettify());
  }

  /** Time limits written as 进度安排：/时间安排： with their date on the line, then the stages section. */
  static final String SCHEDULE_LABELS =
      """
      一、存在的问题
      1.理论学习不深入，学习记录流于形式。
      整改措施：每月集中学习一次。
      责任单位：办公室
      进度安排：2024年10月底前
      2.组织生活不规范，三会一课记录缺失。
      整改措施：规范组织生活。
      责任单位：组织科
      时间安排：2024年11月30日前完成
      3.公务用车管理不严。
      整改措施：建立用车台账。
      责任单位：后勤科
      进度安排：
      立行立改
      二、进度安排
      """
          + ImportPlanStageSectionsAndEmptyLabelsTest.STAGES;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void scheduleLabelsFollowedByADateAreTheTimeLimit(String format) throws java.io.IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, SCHEDULE_LABELS);
    assertEquals(
        List.of(
            problem(
                "理论学习不深入，学习记录流于形式",
                "理论学习不深入，学习记录流于形式。",
                List.of(),
                ImportAnswers.lines(2, 5, null),
                List.of(
                    measure("每月集中学习一次。", List.of("办公室"), null, null, "DEADLINE", "2024-10-31"))),
            problem(
                "组织生活不规范，三会一课记录缺失",
                "组织生活不规范，三会一课记录缺失。",
                List.of(),
                ImportAnswers.lines(6, 9, null),
                List.of(measure("规范组织生活。", List.of("组织科"), null, null, "DEADLINE", "2024-11-30"))),
            problem(
                "公务用车管理不严",
                "公务用车管理不严。\n进度安排：\n立行立改",
                List.of(),
                ImportAnswers.lines(10, 14, null),
                List.of(measure("建立用车台账。", List.of("后勤科"), null, null, null, null)))),
        problems(answer),
        answer.prettify());
  }
}
