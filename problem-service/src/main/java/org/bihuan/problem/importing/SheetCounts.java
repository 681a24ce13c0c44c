package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;

/**
 * A summary sheet or table (汇总: 单位 | 问题数 | 已整改 | 未整改 | 整改率) beside a ledger: its 问题 column counts
 * problems, it names none. Read as a ledger, each count became a problem titled 3. Such a table is
 * left out, named in a warning (docs/decisions/0273). So is one whose 问题 cells are counts with
 * their unit (2个, 5项) or labels with nothing but counts beside them (统计 | 2个, 已完成 | 3): a 汇总/统计
 * sheet under a header naming a 问题 column (docs/decisions/0377).
 */
final class SheetCounts {

  /** A count, a share or a 序号: 3, 3.0, 75%, 75.5％, （3）. */
  private static final Pattern COUNT =
      Pattern.compile(
          "[（(]?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％]|\\s*[处份" + Numbering.COUNTER_WORDS + "])?[)）]?");

  /** A label of a summary row: a few characters, no sentence (统计, 已完成, 整改完成率). */
  private static final Pattern LABEL = Pattern.compile("[^\\s。；;，,：:、0-9０-９]{1,6}");

  private SheetCounts() {}

  /**
   * The table read ({@link TableReading#read}), or, when its 问题 column holds counts only, nothing
   * but a warning naming it.
   */
  static TableReading.Result read(Grid grid) {
    Header header = TableReading.header(grid);
    if (header == null || !countsOnly(grid, header)) {
      return TableReading.read(grid, header);
    }
    int column = header.index(Column.PROBLEM);
    String name = String.join(" ", TableHeaders.distinctTexts(grid.rows().get(header.lastRow())));
    String where =
        grid.sheet() != null
            ? "Sheet 「" + grid.sheet() + "」"
            : "Table " + (grid.table() > 0 ? grid.table() + " " : "");
    return new TableReading.Result(
        List.of(),
        List.of(
            where.strip()
                + " holds counts, not problems: its 问题 column (「"
                + OutlineParser.shorten(grid.rows().get(header.lastRow()).cell(column).text())
                + "」, under 「"
                + OutlineParser.shorten(name)
                + "」) holds counts and labels only; it was read as a summary and not imported."),
        header);
  }

  /**
   * Whether every filled 问题 cell under the header is a count, or a label with nothing but counts in
   * the row's other cells, and at least one count is.
   */
  private static boolean countsOnly(Grid grid, Header header) {
    int column = header.index(Column.PROBLEM);
    int counts = 0;
    for (int r = header.lastRow() + 1; r < grid.rows().size(); r++) {
      Grid.Row row = grid.rows().get(r);
      String text = row.cell(column).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (COUNT.matcher(text).matches()) {
        counts++;
      } else if (LABEL.matcher(text).matches() && countsBeside(row, header) > 0) {
        counts += countsBeside(row, header);
      } else {
        return false;
      }
    }
    return counts > 0;
  }

  /**
   * How many of the row's cells but its 问题 and 序号 are counts; -1 when one holds anything else (a 序号
   * beside a short problem text is no count).
   */
  private static int countsBeside(Grid.Row row, Header header) {
    int counts = 0;
    for (int c = 0; c < row.cells().size(); c++) {
      String text = row.cell(c).text().strip();
      if (c == header.index(Column.PROBLEM) || c == header.index(Column.SEQ) || text.isEmpty()) {
        continue;
      }
      if (!COUNT.matcher(text).matches()) {
        return -1;
      }
      counts++;
    }
    return counts;
  }
}
