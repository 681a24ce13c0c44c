package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * A 整改措施 cell that lists numbered measures (1.…；2.…, or one per line), duty lines inside a measure
 * cell (责任单位：办公室 / 责任人：张三), a deadline naming a holiday (2025年春节前), a 填表人 row between problem rows,
 * and a 汇总 sheet of counts beside the ledger (docs/decisions/0273): a workbook and a .docx written
 * by POI, through {@code POST /sources/{id}/import?dryRun=true}, every field of every problem and
 * measure.
 */
@QuarkusTest
class ImportTableCellsAndRowsTest {

  private static final List<List<Object>> ROWS =
      List.of(
          List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
          List.of("1", "问题甲。", "1.制定学习计划；2.开展专题研讨。", "办公室", "", "2024年9月30日"),
          List.of("2", "问题乙。", "1.建立台账\n2.定期盘点", "财务科", "王五", "2024年10月31日"),
          List.of("3", "问题丙。", "完善制度。", "办公室", "", "2025年春节前"),
          List.of("4", "问题丁。", "完成台账整理\n责任单位：办公室\n责任人：张三", "", "", "2024年12月31日"),
          List.of("填表人：李四", "", "", "", "", ""),
          List.of("5", "问题戊。", "修订制度。", "综合科", "赵六", "2024年11月30日"),
          List.of("5", "问题己。", "清理台账。", "综合科", "赵六", "2024年12月31日"));

  private static List<Map<String, Object>> expected(IntFunction<Map<String, Object>> origin) {
    return List.of(
        problem(
            "问题甲",
            "问题甲。",
            List.of(),
            origin.apply(2),
            List.of(
                measure("制定学习计划", List.of("办公室"), null, null, "DEADLINE", "2024-09-30"),
                measure("开展专题研讨。", List.of("办公室"), null, null, "DEADLINE", "2024-09-30"))),
        problem(
            "问题乙",
            "问题乙。",
            List.of(),
            origin.apply(3),
            List.of(
                measure("建立台账", List.of("财务科"), null, "王五", "DEADLINE", "2024-10-31"),
                measure("定期盘点", List.of("财务科"), null, "王五", "DEADLINE", "2024-10-31"))),
        problem(
            "问题丙",
            "问题丙。",
            List.of(),
            origin.apply(4),
            List.of(measure("完善制度。", List.of("办公室"), null, null, null, null))),
        problem(
            "问题丁",
            "问题丁。",
            List.of(),
            origin.apply(5),
            List.of(measure("完成台账整理", List.of("办公室"), null, "张三", "DEADLINE", "2024-12-31"))),
        problem(
            "问题戊",
            "问题戊。",
            List.of(),
            origin.apply(7),
            List.of(measure("修订制度。", List.of("综合科"), null, "赵六", "DEADLINE", "2024-11-30"))),
        problem(
            "问题己",
            "问题己。",
            List.of(),
            origin.apply(8),
            List.of(measure("清理台账。", List.of("综合科"), null, "赵六", "DEADLINE", "2024-12-31"))));
  }

  private static void assertWarned(JsonPath answer, String where) {
    List<String> warnings = answer.getList("warnings");
    for (String said :
        List.of(
            where + " row 2: the 整改措施 cell lists 2 numbered measures (「制定学习计划」 …)",
            where + " row 3: the 整改措施 cell lists 2 numbered measures (「建立台账」 …)",
            "Problem 「问题丙」, measure 「完善制度。」: 「2025年春节前」 names a time of the year (a holiday, a"
                + " season) that is not a date",
            where
                + " row 7 holds a problem below the sign-off row 6; the sign-off row does not end",
            where
                + " row 8 repeats the 序号 5 of the row above with another problem text (「问题己。」); it"
                + " was imported as a problem of its own.")) {
      assertTrue(warnings.stream().anyMatch(w -> w.contains(said)), said + " in " + warnings);
    }
    assertTrue(
        warnings.stream().noneMatch(w -> w.contains("were not imported")), warnings.toString());
  }

  @Test
  void aWorkbooksCellsRowsAndSummarySheetAreReadAsWritten() {
    byte[] xlsx =
        Ledgers.xlsx(
            List.of(
                new Ledgers.Table("整改台账", ROWS, List.of(), 6),
                new Ledgers.Table(
                    "汇总",
                    List.of(
                        List.of("责任单位", "问题数", "已整改", "未整改"),
                        List.of("办公室", 3, 2, 1),
                        List.of("财务科", 2, 1, 1),
                        List.of("合计", 5, 3, 2)),
                    List.of(),
                    4)));
    JsonPath answer = dryRunPath("台账单元格导入", xlsx, DocumentText.XLSX);
    assertEquals(
        expected(r -> Map.of("sheet", "整改台账", "rows", List.of(r, r))),
        problems(answer),
        answer.prettify());
    assertWarned(answer, "Sheet 「整改台账」");
    List<String> warnings = answer.getList("warnings");
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.startsWith("Sheet 「汇总」 holds counts, not problems: its 问题 column (「问题数」")
                        && w.endsWith("it was read as a summary and not imported.")),
        warnings.toString());
  }

  @Test
  void aWordTablesCellsAndRowsAreReadAsWritten() {
    byte[] docx = Ledgers.docx(List.of("整改任务清单", new Ledgers.Table(null, ROWS, List.of(), 6)));
    JsonPath answer = dryRunPath("清单单元格导入", docx, DocumentText.DOCX);
    assertEquals(expected(r -> rows(1, r, r)), problems(answer), answer.prettify());
    assertWarned(answer, "Table");
  }
}
