package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnLines.cells;
import static org.bihuan.problem.importing.PdfColumnLines.column;
import static org.bihuan.problem.importing.PdfColumnLines.size;

import java.util.List;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;

/**
 * A borderless table's row whose short cells are centred down its height (LibreOffice's export of a
 * table with cells aligned to the middle): the 序号 1 and 信息中心 stand half a line below the row's
 * first line, between the lines of its wrapped 问题 and 整改措施. A line less than a font size below the
 * line above stands beside it in the same row, so its 序号 starts no row; a line whose next line
 * stands that close and holds the 序号 is the first line of that 序号's row.
 */
final class PdfCentredCells {

  private PdfCentredCells() {}

  /** Whether line {@code i} stands less than a font size below the line above it. */
  static boolean beside(List<List<Glyph>> lines, int i) {
    if (i == 0) {
      return false;
    }
    List<Glyph> line = lines.get(i);
    return line.get(0).y() - lines.get(i - 1).get(0).y() < size(line.get(0));
  }

  /**
   * Whether line {@code i} starts a row whose 序号 (column {@code starts}) is centred beside it: the
   * next line stands beside it and holds text in that column, and line {@code i} none.
   */
  static boolean startsRow(List<List<Glyph>> lines, int i, List<Piece> header, int starts) {
    if (beside(lines, i) || i + 1 >= lines.size() || !beside(lines, i + 1)) {
      return false;
    }
    return !inColumn(lines.get(i), header, starts) && inColumn(lines.get(i + 1), header, starts);
  }

  private static boolean inColumn(List<Glyph> line, List<Piece> header, int c) {
    for (Piece p : cells(line, header)) {
      if (column(p, header) == c) {
        return true;
      }
    }
    return false;
  }
}
