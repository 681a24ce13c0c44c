package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.bihuan.problem.support.LedgerSheets.taskTable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.LedgerSheets;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * Problems written as paragraphs beside the tables of a Word file: their origin lines are the lines
 * of the text outside the tables (each paragraph a line, a table none), so that line N is the N-th
 * paragraph when the tables are skipped, before a table, after it and between two; each keeps the
 * heading above it as its category. A table that holds no problems (a 基本情况 table of figures) shifts
 * no line either. Word files written by POI, through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0332).
 */
@QuarkusTest
class ImportParagraphLinesBesideTablesTest {

  private static final LocalDate JULY = LocalDate.of(2024, 7, 31);

  private static JsonPath dryRun(List<Object> parts) {
    return ImportAnswers.dryRunPath("正文与表格", Ledgers.docx(parts), DocumentText.DOCX);
  }

  private static Map<String, Object> tableProblem(
      String title, List<String> category, int table, String measure, String unit, String person) {
    return problem(
        title,
        title + "。",
        category,
        rows(table, 2, 2),
        List.of(measure(measure, List.of(unit), null, person, "DEADLINE", "2024-07-31")));
  }

  private static String outside(String where, int own, int tables) {
    return own
        + " problem(s) were read from the text outside the tables ("
        + where
        + ") and "
        + tables
        + " from the tables; both are imported, in the document's order. Check the dry run if"
        + " the text only summarises the tables.";
  }

  @Test
  void paragraphsBeforeATableAreCountedFromTheTop() {
    JsonPath answer =
        dryRun(
            List.of(
                "××局巡察反馈问题整改方案",
                "一、党的建设方面",
                "1. 理论学习不够深入。部分党员学习流于形式。",
                "整改措施：制定学习计划。责任单位：办公室。责任人：张三。整改时限：2024年6月30日。",
                "2. 会议文件偏多。",
                "整改措施：精简会议。责任单位：办公室。责任人：李四。整改时限：2024年7月31日。",
                "二、选人用人方面",
                taskTable(row(1, "选人用人程序不规范。", "严格执行选任程序。", "组织科", "王五", JULY))));
    assertEquals(
        List.of(
            problem(
                "理论学习不够深入",
                "理论学习不够深入。部分党员学习流于形式。",
                List.of("党的建设方面"),
                lines(3, 4, null),
                List.of(measure("制定学习计划。", List.of("办公室"), null, "张三", "DEADLINE", "2024-06-30"))),
            problem(
                "会议文件偏多",
                "会议文件偏多。",
                List.of("党的建设方面"),
                lines(5, 6, null),
                List.of(measure("精简会议。", List.of("办公室"), null, "李四", "DEADLINE", "2024-07-31"))),
            tableProblem("选人用人程序不规范", List.of("选人用人方面"), 1, "严格执行选任程序。", "组织科", "王五")),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            outside(
                "「理论学习不够深入」 lines 3–4 (before table 1), 「会议文件偏多」 lines 5–6 (before table 1)",
                2,
                1)),
        answer.getList("warnings", String.class),
        answer.prettify());
  }

  @Test
  void paragraphsAfterATableAreCountedWithoutItsCells() {
    JsonPath answer =
        dryRun(
            List.of(
                "整改任务清单",
                "一、选人用人方面",
                taskTable(row(1, "选人用人程序不规范。", "严格执行选任程序。", "组织科", "王五", JULY)),
                "二、作风建设方面",
                "1. 公务用车管理不严。",
                "整改措施：建立用车台账。责任单位：办公室。责任人：钱七。整改时限：2024年7月31日。"));
    // 整改任务清单, 一、选人用人方面, (the table), 二、作风建设方面 (line 3), 1. 公务用车管理不严。 (line 4)
    assertEquals(
        List.of(
            tableProblem("选人用人程序不规范", List.of("选人用人方面"), 1, "严格执行选任程序。", "组织科", "王五"),
            problem(
                "公务用车管理不严",
                "公务用车管理不严。",
                List.of("作风建设方面"),
                lines(4, 5, null),
                List.of(measure("建立用车台账。", List.of("办公室"), null, "钱七", "DEADLINE", "2024-07-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(outside("「公务用车管理不严」 lines 4–5 (after table 1)", 1, 1)),
        answer.getList("warnings", String.class),
        answer.prettify());
  }

  @Test
  void paragraphsBetweenAndAfterTwoTablesAreCountedWithoutEitherTablesCells() {
    JsonPath answer =
        dryRun(
            List.of(
                "整改任务清单",
                "一、选人用人方面",
                taskTable(row(1, "选人用人程序不规范。", "严格执行选任程序。", "组织科", "王五", JULY)),
                "二、作风建设方面",
                "1. 公务用车管理不严。",
                "整改措施：建立用车台账。责任单位：办公室。责任人：钱七。整改时限：2024年7月31日。",
                "三、财务管理方面",
                taskTable(row(1, "公务接待超标准。", "修订接待制度。", "财务科", "赵六", JULY)),
                "四、意识形态方面",
                "1. 阵地管理不规范。",
                "整改措施：规范阵地管理。责任单位：宣传科。责任人：孙八。整改时限：2024年8月31日。"));
    assertEquals(
        List.of(
            tableProblem("选人用人程序不规范", List.of("选人用人方面"), 1, "严格执行选任程序。", "组织科", "王五"),
            problem(
                "公务用车管理不严",
                "公务用车管理不严。",
                List.of("作风建设方面"),
                lines(4, 5, null),
                List.of(measure("建立用车台账。", List.of("办公室"), null, "钱七", "DEADLINE", "2024-07-31"))),
            tableProblem("公务接待超标准", List.of("财务管理方面"), 2, "修订接待制度。", "财务科", "赵六"),
            problem(
                "阵地管理不规范",
                "阵地管理不规范。",
                List.of("意识形态方面"),
                lines(8, 9, null),
                List.of(measure("规范阵地管理。", List.of("宣传科"), null, "孙八", "DEADLINE", "2024-08-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            outside(
                "「公务用车管理不严」 lines 4–5 (between tables 1 and 2), 「阵地管理不规范」 lines 8–9 (after"
                    + " table 2)",
                2,
                2)),
        answer.getList("warnings", String.class),
        answer.prettify());
  }

  @Test
  void aTableOfFiguresAboveTheProblemsShiftsNoLine() {
    Ledgers.Table figures =
        LedgerSheets.table(
            null,
            List.of("项目", "次数", "备注"),
            List.of(row("集中学习", 12, "每月一次"), row("专题研讨", 4, "每季度一次")));
    JsonPath answer =
        dryRun(
            List.of(
                "××局党支部自查报告",
                "一、基本情况",
                "今年以来开展学习情况如下：",
                figures,
                "二、存在的问题",
                "（一）理论学习方面",
                "1.理论学习不够深入，学习流于形式。",
                "2.学用结合不紧。",
                "（二）作风建设方面",
                "1.会议文件偏多。"));
    assertEquals(
        List.of(
            problem(
                "理论学习不够深入，学习流于形式",
                "理论学习不够深入，学习流于形式。",
                List.of("理论学习方面"),
                lines(6, 6, null),
                List.of()),
            problem("学用结合不紧", "学用结合不紧。", List.of("理论学习方面"), lines(7, 7, null), List.of()),
            problem("会议文件偏多", "会议文件偏多。", List.of("作风建设方面"), lines(9, 9, null), List.of())),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Lines 2–3: the section 「一、基本情况」 holds no problems (such as 工作要求, 保障措施, 组织领导); it"
                + " was not imported."),
        answer.getList("warnings", String.class),
        answer.prettify());
  }
}
