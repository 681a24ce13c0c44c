package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;

/**
 * A summary sheet or table (汇总: 单位 | 问题数 | 已整改 | 未整改 | 整改率) beside a ledger: its 问题 column counts
 * problems, it names none. Read as a ledger, each count became a problem titled 3. Such a table is
 * left out, named in a warning (docs/decisions/0273).
 */
final class SheetCounts {

  /** A count, a share or a 序号: 3, 3.0, 75%, 75.5％, （3）. */
  private static final Pattern COUNT =
      Pattern.compile("[（(]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?[)）]?");

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
                + "」) holds numbers only; it was read as a summary and not imported."),
        header);
  }

  /** Whether every filled 问题 cell under the header is a count, and at least one is. */
  private static boolean countsOnly(Grid grid, Header header) {
    int column = header.index(Column.PROBLEM);
    int counts = 0;
    for (int r = header.lastRow() + 1; r < grid.rows().size(); r++) {
      String text = grid.rows().get(r).cell(column).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!COUNT.matcher(text).matches()) {
        return false;
      }
      counts++;
    }
    return counts > 0;
  }
}
