package org.bihuan.problem;

import static org.bihuan.problem.support.LedgerSheets.TASK_HEADINGS;
import static org.bihuan.problem.support.LedgerSheets.dryRunXlsx;
import static org.bihuan.problem.support.LedgerSheets.ledger;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.bihuan.problem.support.LedgerSheets.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * Group headings that units type into a table's 问题 cell instead of a row merged across (一、政治建设方面 in
 * the 问题 cell of an Excel 台账, or 一 │ 政治建设方面 in the 序号 and 问题 cells of a Word table): they are
 * categories of the rows below them, never problems, in .xlsx, .xls and .docx alike; a short
 * problem with its measure, or a table of problems alone, is still read row by row.
 */
@QuarkusTest
class TableHeadingRowsTest {

  private static final LocalDate JUNE = LocalDate.of(2024, 6, 30);

  private static Ledgers.Table headingsInProblemCells() {
    return ledger(
        TASK_HEADINGS,
        row(null, "一、政治建设方面", null, null, null, null),
        row(1, "理论学习不够深入，学用结合不紧。", "制定学习计划，每月集中学习一次。", "办公室", "张三", JUNE),
        row(2, "民主生活会批评质量不高。", "会前逐一谈心谈话。", "组织科", "李四", JUNE),
        row(null, "二、作风建设方面", null, null, null, null),
        row(3, "会议文件偏多。", "精简会议，控制发文。", "办公室", "王五", JUNE));
  }

  private static Ledgers.Table headingsAfterChineseSequenceNumbers() {
    return ledger(
        TASK_HEADINGS,
        row("一", "政治建设方面", null, null, null, null),
        row(1, "理论学习不够深入，学用结合不紧。", "制定学习计划，每月集中学习一次。", "办公室", "张三", JUNE),
        row(2, "民主生活会批评质量不高。", "会前逐一谈心谈话。", "组织科", "李四", JUNE),
        row("二、", "作风建设方面", null, null, null, null),
        row(3, "会议文件偏多。", "精简会议，控制发文。", "办公室", "王五", JUNE));
  }

  private static void assertGrouped(JsonPath answer) {
    assertEquals(
        List.of("理论学习不够深入，学用结合不紧", "民主生活会批评质量不高", "会议文件偏多"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("政治建设方面"), List.of("政治建设方面"), List.of("作风建设方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(List.of("张三"), List.of("李四"), List.of("王五")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(List.of("2024-06-30"), List.of("2024-06-30"), List.of("2024-06-30")),
        answer.getList("problems.measures.deadline"));
  }

  @Test
  void aHeadingTypedInTheProblemCellOfAnExcelLedgerIsACategory() {
    assertGrouped(dryRunXlsx(headingsInProblemCells()));
    assertGrouped(
        TableImportTest.dryRun(Ledgers.xls(List.of(headingsInProblemCells())), DocumentText.XLS));
  }

  @Test
  void aHeadingAfterAChineseSequenceNumberInAWordTableIsACategory() {
    assertGrouped(
        TableImportTest.dryRun(
            Ledgers.docx(List.of("整改任务清单"), headingsAfterChineseSequenceNumbers()),
            DocumentText.DOCX));
    assertGrouped(dryRunXlsx(headingsAfterChineseSequenceNumbers()));
  }

  @Test
  void aShortProblemWithItsMeasureOrAProblemListWithoutMeasuresIsStillReadAsProblems() {
    JsonPath withMeasure =
        dryRunXlsx(
            ledger(
                TASK_HEADINGS,
                row(1, "理论学习方面", "制定学习计划。", "办公室", "张三", JUNE),
                row(2, "会议偏多", null, null, null, null)));
    assertEquals(List.of("理论学习方面", "会议偏多"), withMeasure.getList("problems.title"));

    JsonPath listOnly =
        dryRunXlsx(
            table(
                "问题",
                row("序号", "存在问题", "备注"),
                List.of(row(1, "一、政治建设方面", null), row(2, "作风建设方面", null))));
    assertEquals(2, listOnly.getList("problems").size(), listOnly.prettify());
  }
}
