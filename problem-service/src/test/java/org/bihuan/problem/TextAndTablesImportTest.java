package org.bihuan.problem;

import static org.bihuan.problem.support.LedgerSheets.row;
import static org.bihuan.problem.support.LedgerSheets.taskTable;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * Word documents that list problems both in paragraphs and in a table (两个问题写在正文里，其余的「见下表」): every
 * problem is imported once, in the document's order; headings above a table and 注： lines are no
 * problems; a problem the text lists and the table lists again is imported once, from the table.
 */
@QuarkusTest
class TextAndTablesImportTest {

  private static final LocalDate JULY = LocalDate.of(2024, 7, 31);

  private static JsonPath dryRun(List<Object> parts) {
    return TableImportTest.dryRun(Ledgers.docx(parts), DocumentText.DOCX);
  }

  @Test
  void problemsInParagraphsBeforeATableAreImportedWithTheTablesProblemsInOrder() {
    JsonPath answer =
        dryRun(
            List.of(
                "××局巡察反馈问题整改方案",
                "1. 理论学习不够深入。部分党员学习流于形式。",
                "整改措施：制定学习计划。责任单位：办公室。责任人：张三。整改时限：2024年6月30日。",
                "2. 会议文件偏多。",
                "整改措施：精简会议。责任单位：办公室。责任人：李四。整改时限：2024年7月31日。",
                "其余问题的整改任务见下表。",
                taskTable(
                    row(1, "选人用人程序不规范。", "严格执行选任程序。", "组织科", "王五", JULY),
                    row(2, "公务接待超标准。", "修订接待制度。", "财务科", "赵六", JULY)),
                "注：完成时限为最迟完成时间。"));
    assertEquals(
        List.of("理论学习不够深入", "会议文件偏多", "选人用人程序不规范", "公务接待超标准"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("张三"), List.of("李四"), List.of("王五"), List.of("赵六")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(
            List.of("2024-06-30"),
            List.of("2024-07-31"),
            List.of("2024-07-31"),
            List.of("2024-07-31")),
        answer.getList("problems.measures.deadline"));
    // where each was read: lines of the document's text for the paragraphs, rows of table 1
    assertEquals(List.of(2, 3), answer.getList("problems[0].origin.lines"));
    assertEquals(List.of(4, 5), answer.getList("problems[1].origin.lines"), answer.prettify());
    assertEquals(1, answer.getInt("problems[2].origin.table"));
    assertEquals(List.of(2, 2), answer.getList("problems[2].origin.rows"));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(
            containsString(
                "2 problem(s) were read from the text outside the tables (「理论学习不够深入」 lines 2–3"
                    + " (before table 1), 「会议文件偏多」 lines 4–5 (before table 1)) and 2")));
  }

  @Test
  void problemsInParagraphsAfterATableComeAfterItsProblemsWithTheirLinesOutsideTheTable() {
    JsonPath answer =
        dryRun(
            List.of(
                "整改任务清单",
                taskTable(row(1, "选人用人程序不规范。", "严格执行选任程序。", "组织科", "王五", JULY)),
                "另有以下问题需要整改：",
                "1. 公务用车管理不严。",
                "整改措施：建立用车台账。责任单位：办公室。责任人：钱七。整改时限：2024年7月31日。"));
    assertEquals(
        List.of("选人用人程序不规范", "公务用车管理不严"), answer.getList("problems.title"), answer.prettify());
    // the table's cells are no lines: 1. 公务用车管理不严。 is the third paragraph outside it (0332)
    assertEquals(List.of(3, 4), answer.getList("problems[1].origin.lines"));
  }

  @Test
  void headingsAboveTablesAndANoteAreNoProblemsAndRaiseNoWarning() {
    JsonPath answer =
        dryRun(
            List.of(
                "整改任务清单",
                "一、政治建设方面",
                taskTable(row(1, "理论学习不够深入。", "制定学习计划。", "办公室", "张三", JULY)),
                "二、作风建设方面",
                "（一）会风文风",
                taskTable(row(1, "会议文件偏多。", "精简会议。", "办公室", "李四", JULY)),
                "注：1. 完成时限为最迟完成时间。2. 责任人为第一责任人。"));
    assertEquals(
        List.of("理论学习不够深入", "会议文件偏多"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("政治建设方面"), List.of("作风建设方面", "会风文风")),
        answer.getList("problems.categoryPath"));
    assertThat(answer.getList("warnings", String.class), everyItem(not(containsString("outside"))));
  }

  @Test
  void aProblemTheTextListsAndTheTableListsAgainIsImportedOnceFromTheTable() {
    JsonPath answer =
        dryRun(
            List.of(
                "巡察反馈问题整改方案",
                "经梳理，存在以下问题：",
                "1. 理论学习不够深入。",
                "2. 会议文件偏多。",
                "具体整改任务如下表：",
                taskTable(
                    row(1, "理论学习不够深入，学用结合不紧。", "制定学习计划。", "办公室", "张三", JULY),
                    row(2, "会议文件偏多。", "精简会议。", "办公室", "李四", JULY))));
    assertEquals(
        List.of("理论学习不够深入，学用结合不紧", "会议文件偏多"), answer.getList("problems.title"), answer.prettify());
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(containsString("2 problem(s) in the text outside the tables")));
  }

  @Test
  void paragraphsAroundTheTablesThatGiveNoProblemAreNamedWithTheirLines() {
    JsonPath answer =
        dryRun(
            List.of(
                "××局巡察反馈问题整改任务清单",
                "填报单位：××局办公室　填报时间：2024年7月1日",
                "为切实抓好巡察反馈问题整改，局党组研究制定本清单，各科室要对照清单逐项落实。",
                "根据巡察反馈意见，制定如下整改任务清单。",
                taskTable(
                    row(1, "理论学习不够深入。", "制定学习计划。", "办公室", "张三", JULY),
                    row(2, "会议文件偏多。", "精简会议。", "办公室", "李四", JULY)),
                "各责任单位要于每月25日前报送整改进展，整改完成后及时报送佐证材料。",
                "××局党组",
                "2024年7月1日"));
    assertEquals(
        List.of("理论学习不够深入", "会议文件偏多"), answer.getList("problems.title"), answer.prettify());
    List<String> warnings = answer.getList("warnings", String.class);
    // the title, the 填报单位 line, the line introducing the table, the signature and the date are
    // no paragraphs: the reader takes each for what it is
    assertThat(
        warnings,
        hasItem(
            "2 paragraph(s) of the text outside the tables (「为切实抓好巡察反馈问题整改，局党组研究制定本清单，各科室要对…」"
                + " line 3 (before table 1), 「各责任单位要于每月25日前报送整改进展，整改完成后及时报送佐…」"
                + " line 5 (after table 1)) gave no problem; they were read and not imported. If a"
                + " paragraph lists problems, number each problem (1. 2.) and give it its 整改措施 or"
                + " 责任单位, or put it in the table."));
    assertEquals(
        1,
        warnings.stream().filter(w -> w.contains("gave no problem")).count(),
        warnings.toString());
  }
}
