package org.bihuan.problem.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;

/**
 * The year a table's 完成时限 header names — 完成时限（2024年）, 整改时限(2024年度), 2024年完成时间 — in which its dates
 * written without a year (9月30日, 10月底前) are read: the author said so where the dates stand, which
 * the years most named in the problems' text (a finding of 2023) must not outvote
 * (docs/decisions/0411).
 */
final class HeaderYear {

  private HeaderYear() {}

  /** A year, alone or as 年度, in a header's name. */
  private static final Pattern YEAR =
      Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*年度?(?![0-9]|\\s*[0-9]{1,2}\\s*月)");

  /**
   * The year the 完成时限 header of the table names, else {@code otherwise}: the year the table's dates
   * and the lines above it name most often ({@link DeadlineText#documentYear}).
   */
  static Integer orElse(Header header, RowCells cells, Integer otherwise) {
    Column[] columns = header.columns();
    for (int c = 0; c < columns.length; c++) {
      if (columns[c] == Column.TIME_LIMIT) {
        Matcher m = YEAR.matcher(cells.headerName(c));
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    }
    return otherwise;
  }
}
