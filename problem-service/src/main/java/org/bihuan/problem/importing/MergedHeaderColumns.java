package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.TableReading.HEADER_SEARCH;

import java.util.List;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * A header cell merged over two columns that no sub-header names apart (docs/decisions/0369): a 问题
 * header over a column of short labels and one of problem texts, a 整改措施 header over two columns of
 * measures ({@link TableHeaders}).
 */
final class MergedHeaderColumns {

  private MergedHeaderColumns() {}

  /** How long, on average, a label column's cells are at most (组织建设, 作风纪律方面). */
  private static final int LABEL_LENGTH = 12;

  /**
   * A 问题 header merged over two columns that no sub-header names (巡察发现问题 over 组织建设 | 党支部…): the
   * column of short labels is a category column, the other the problem text (0369). Without it the
   * labels were read as the problems and the text column was not imported. When the header has a
   * category column already, the labels are the level under it.
   */
  static Column[] problemOverLabel(Grid grid, int last, Column[] columns) {
    Column[] out = columns.clone();
    for (int c = 0; c + 1 < out.length; c++) {
      if (out[c] != Column.PROBLEM || out[c + 1] != null) {
        continue;
      }
      double first = averageLength(grid, last, c);
      double second = averageLength(grid, last, c + 1);
      if (first <= LABEL_LENGTH && second > 2 * first) {
        out[c] = Column.CATEGORY;
        out[c + 1] = Column.PROBLEM;
      } else if (second > 0 && second <= LABEL_LENGTH && first > 2 * second) {
        out[c + 1] = Column.CATEGORY;
      }
      return out;
    }
    return out;
  }

  /** A 整改措施 header merged over two columns names both (0369). */
  static Column[] measureOverTwo(Column[] columns, Grid.Row names) {
    Column[] out = columns.clone();
    for (int c = 1; c < out.length; c++) {
      if (out[c] == null && measureOverTwo(out, c, names)) {
        out[c] = Column.MEASURE;
      }
    }
    return out;
  }

  /**
   * Whether column {@code c} is the second column of a 整改措施 header merged over two (近期：… | 长期：…):
   * its header cell is filled and the same as the measure column's before it. Both are read, each
   * cell its row's measures (0369).
   */
  static boolean measureOverTwo(Column[] columns, int c, Grid.Row names) {
    String name = names.cell(c).text();
    return c > 0
        && columns[c - 1] == Column.MEASURE
        && !name.isBlank()
        && name.equals(names.cell(c - 1).text());
  }

  /** The average length of the filled cells of column {@code c} in the rows under the header. */
  private static double averageLength(Grid grid, int last, int c) {
    List<Grid.Row> rows = grid.rows();
    int filled = 0;
    int length = 0;
    for (int r = last + 1; r < rows.size() && r <= last + HEADER_SEARCH * 4; r++) {
      Grid.Cell cell = rows.get(r).cell(c);
      if (!cell.text().isBlank() && !cell.continuesLeft()) {
        filled++;
        length += cell.text().strip().length();
      }
    }
    return filled == 0 ? 0 : (double) length / filled;
  }
}
