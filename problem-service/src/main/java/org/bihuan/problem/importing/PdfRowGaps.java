package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnLines.acrossThree;
import static org.bihuan.problem.importing.PdfColumnLines.cells;
import static org.bihuan.problem.importing.PdfColumnLines.column;
import static org.bihuan.problem.importing.PdfColumnLines.pastRows;

import java.util.List;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * The rows of a Word table without borders whose 问题 (and 序号) cell is merged down over several
 * measure rows, its cells set at the top: the rows below the first give no 序号 and no 问题, and their
 * 整改措施 need not end a sentence. Word sets a cell's wrapped lines a line's height apart and ends
 * each cell's paragraph with the spacing after it (Normal: 10 pt), so a row begins that much
 * further below the last line of the row above. Where every numbered row begins {@value #ROW_STEP}
 * line steps or more below the last line above holding a measure row's cell (a merged title may run
 * on below its first row), a line without a 序号 as far below, filling every column every numbered
 * row fills on its first line (its 序号, 问题 and 配合单位 aside), begins a further row of the problem
 * merged above (0394).
 */
final class PdfRowGaps {

  private PdfRowGaps() {}

  /** How much further than a cell's line step a row begins below the line above it, at least. */
  private static final float ROW_STEP = 1.3f;

  /**
   * How the rows under a header whose first row line is {@code from} (序号 in column {@code seq}) are
   * set apart when they step as a Word table's rows do — a line's height within cells, more between
   * every two numbered rows — and the columns every numbered row fills on its first line; null
   * otherwise.
   */
  static Rows rows(List<List<Glyph>> lines, int from, List<Piece> header, Column[] kinds, int seq) {
    float line = Float.MAX_VALUE; // a cell's line step: the least step of a line's height or more
    float least = Float.MAX_VALUE; // the least gap above a line with a 序号, the first row's aside
    boolean[] filled = null;
    for (int i = from; i < lines.size(); i++) {
      if (i > from
          && (pastRows(lines, from, i, header)
              || acrossThree(cells(lines.get(i), header), header)
              || PdfColumnLines.pageNumber(lines, i, header))) {
        break;
      }
      boolean[] own = columns(lines.get(i), header);
      if (!own[seq]) {
        if (i > from) {
          line = Math.min(line, step(lines, i));
        }
        continue;
      }
      if (i > from) {
        line = Math.min(line, step(lines, i));
        least = Math.min(least, gap(lines, i, header, kinds));
      }
      if (filled == null) {
        filled = own;
      } else {
        for (int c = 0; c < own.length; c++) {
          filled[c] &= own[c];
        }
      }
    }
    if (filled == null || least == Float.MAX_VALUE || line == Float.MAX_VALUE) {
      return null;
    }
    float row = ROW_STEP * line;
    boolean measure = false;
    for (int c = 0; c < kinds.length; c++) {
      // a further row fills what every numbered row fills, but its 序号 and 问题 (merged above) and
      // a 配合单位 (a measure may have none)
      filled[c] &= !merged(kinds[c]) && kinds[c] != Column.CO_UNITS;
      measure |= filled[c] && kinds[c] == Column.MEASURE;
    }
    return least >= row && measure ? new Rows(row, filled, header, kinds) : null;
  }

  /**
   * How far below the line above a row begins at least ({@code step}), and the columns a row's
   * first line fills ({@code filled}).
   */
  record Rows(float step, boolean[] filled, List<Piece> header, Column[] kinds) {

    /**
     * Whether line {@code i}, without a 序号, begins a further row of the problem above: it stands at
     * least {@link #step} below the line above and fills every column a numbered row fills.
     */
    boolean startsRow(List<List<Glyph>> lines, int i, String[] cells) {
      if (gap(lines, i, header, kinds) < step) {
        return false;
      }
      for (int c = 0; c < filled.length; c++) {
        if (filled[c] && (cells[c] == null || cells[c].isBlank())) {
          return false;
        }
      }
      return true;
    }
  }

  /** How far line {@code i} stands below the line above, when a line's height or more. */
  private static float step(List<List<Glyph>> lines, int i) {
    float step = lines.get(i).get(0).y() - lines.get(i - 1).get(0).y();
    return step >= PdfColumnLines.size(lines.get(i).get(0)) ? step : Float.MAX_VALUE;
  }

  private static boolean merged(Column kind) {
    return kind == Column.SEQ || kind == Column.PROBLEM;
  }

  /**
   * How far line {@code i} stands below the last line above it holding a cell of the measure rows
   * (the text of a 问题 merged down over them runs on past its first row).
   */
  private static float gap(List<List<Glyph>> lines, int i, List<Piece> header, Column[] kinds) {
    for (int k = i - 1; k >= 0; k--) {
      boolean[] own = columns(lines.get(k), header);
      for (int c = 0; c < own.length; c++) {
        if (own[c] && !merged(kinds[c])) {
          return lines.get(i).get(0).y() - lines.get(k).get(0).y();
        }
      }
    }
    return 0;
  }

  private static boolean[] columns(List<Glyph> line, List<Piece> header) {
    boolean[] own = new boolean[header.size()];
    for (Piece p : cells(line, header)) {
      own[column(p, header)] |= !p.text().isBlank();
    }
    return own;
  }
}
