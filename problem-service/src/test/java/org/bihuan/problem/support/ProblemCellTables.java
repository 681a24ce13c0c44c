package org.bihuan.problem.support;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A task list written by POI as a Word table (paragraphs in its cells) or an Excel sheet 台账 whose
 * problem cells are given, row n's other cells 整改措施n | 办公室 | 李明 | 2025年6月30日; and the problems the
 * dry run is expected to read from it.
 */
public final class ProblemCellTables {

  private ProblemCellTables() {}

  /** The file in {@code format} (docx or xlsx), a row for each of {@code problemCells}. */
  public static byte[] write(String format, List<String> problemCells) {
    List<List<String>> rows = rows(problemCells);
    if (format.equals("docx")) {
      return ParagraphCellTables.docx(List.of("整改任务清单", rows));
    }
    List<List<Object>> cells = new ArrayList<>();
    rows.forEach(r -> cells.add(new ArrayList<>(r)));
    return Ledgers.xlsx(List.of(new Ledgers.Table("台账", cells, List.of(), 6)));
  }

  /** The header and a row for each of {@code problemCells}, as {@link #write} writes them. */
  public static List<List<String>> rows(List<String> problemCells) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"));
    for (int i = 0; i < problemCells.size(); i++) {
      rows.add(
          List.of(
              String.valueOf(i + 1),
              problemCells.get(i),
              "整改措施" + (i + 1),
              "办公室",
              "李明",
              "2025年6月30日"));
    }
    return rows;
  }

  /**
   * The problems of such a file: row n titled {@code titles} n, described {@code descriptions} n.
   */
  public static List<Map<String, Object>> expected(
      String format, List<String> titles, List<String> descriptions) {
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      expected.add(
          problem(
              titles.get(i),
              descriptions.get(i),
              List.of(),
              tableOrSheetRows(format, i + 2, i + 2),
              List.of(
                  measure(
                      "整改措施" + (i + 1), List.of("办公室"), null, "李明", "DEADLINE", "2025-06-30"))));
    }
    return expected;
  }
}
