package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnLines.ROW_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.cells;
import static org.bihuan.problem.importing.PdfColumnLines.column;
import static org.bihuan.problem.importing.PdfColumnLines.size;

import java.util.List;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;

/**
 * A sheet's sign-off printed close under its table's last row, in the columns it was typed in
 * (填表人：林晓 审核人：周正 under 责任人/整改时限, 制表人：王五 under 问题类别), as near as a row's next line stands: it ends
 * the table instead of joining the last row's cells (docs/decisions/0407). A line is such a
 * sign-off when each of its cells is a sign-off label with its colon and value ({@link
 * TableFurniture#isSignOffCell}: a name alone, 审核 within a sentence, is none) and no row begins
 * below it before the table's gap (a row's own wrapped line 分管领导：王五 is no sign-off).
 */
final class PdfSignOffLines {

  private PdfSignOffLines() {}

  /** Whether a line's cells are each a sign-off label with its value. */
  static boolean signOff(List<Piece> cells) {
    return !cells.isEmpty() && cells.stream().allMatch(p -> TableFurniture.isSignOffCell(p.text()));
  }

  /**
   * Whether line {@code i} is a sign-off under the rows of a table: {@link #signOff}, and no line
   * below it, down to a gap of {@value PdfColumnLines#ROW_GAP} lines or the page's number, has text
   * in column {@code starts} (the 序号 column, or the first), where a row would begin.
   */
  static boolean endsRows(List<List<Glyph>> lines, int i, List<Piece> header, int starts) {
    if (!signOff(cells(lines.get(i), header))) {
      return false;
    }
    for (int k = i + 1; k < lines.size(); k++) {
      List<Glyph> line = lines.get(k);
      if (line.get(0).y() - lines.get(k - 1).get(0).y() > ROW_GAP * size(line.get(0))
          || PdfColumnLines.pageNumber(lines, k, header)) {
        return true;
      }
      for (Piece p : cells(line, header)) {
        if (column(p, header) == starts && !TableFurniture.isSignOffCell(p.text())) {
          return false;
        }
      }
    }
    return true;
  }
}
