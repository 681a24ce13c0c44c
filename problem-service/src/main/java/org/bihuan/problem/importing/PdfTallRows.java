package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnLines.ROW_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.acrossThree;
import static org.bihuan.problem.importing.PdfColumnLines.cells;
import static org.bihuan.problem.importing.PdfColumnLines.column;
import static org.bihuan.problem.importing.PdfColumnLines.size;

import java.util.List;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * The rows of a table without rulings that are taller than their text: a sheet's row set taller by
 * hand, or as tall as a cell whose text Calc printed shorter, leaves blank lines below its text
 * (cells set at the top of their rows) or above it (at the bottom), so that the next row's first
 * line stands {@value PdfColumnLines#ROW_GAP} lines' height or more below the line above — the gap
 * that ends a table. The table goes on over such a gap when the lines below it, close together,
 * hold the 序号 that follows the last one above it in the 序号 column and run across no three columns
 * (a paragraph below the table, or a list numbered on, does not).
 */
final class PdfTallRows {

  private PdfTallRows() {}

  /** The largest gap (in font sizes) a taller row leaves: some three blank lines. */
  private static final float TALL_GAP = 7f;

  /** How much further apart (points) two rows as tall as each other may stand: rounding. */
  private static final float SAME_STEP = 0.5f;

  /**
   * Whether line {@code i}, standing more than {@value PdfColumnLines#ROW_GAP} lines below the line
   * above, still holds the rows of the table whose rows begin at line {@code from} under {@code
   * header}.
   */
  static boolean goesOn(List<List<Glyph>> lines, int from, int i, List<Piece> header) {
    List<Glyph> line = lines.get(i);
    if (i <= from || line.get(0).y() - lines.get(i - 1).get(0).y() > TALL_GAP * size(line.get(0))) {
      return false;
    }
    int seq = -1;
    for (int c = 0; c < header.size() && seq < 0; c++) {
      seq = TableReading.column(header.get(c).text()) == Column.SEQ ? c : -1;
    }
    if (seq < 0) {
      return false;
    }
    int last = -1;
    for (int k = from; k < i; k++) {
      int n = number(lines.get(k), header, seq);
      last = n >= 0 ? n : last;
    }
    // a row without a 序号 of its own (a further measure of the problem above) may come first, as
    // tall as the one above it: its gap below is no wider than the gap above it
    float step = line.get(0).y() - lines.get(i - 1).get(0).y() + SAME_STEP;
    for (int k = i; k < lines.size(); k++) {
      List<Glyph> next = lines.get(k);
      float gap = next.get(0).y() - lines.get(k - 1).get(0).y();
      if (k > i && gap > ROW_GAP * size(next.get(0)) && gap > step) {
        return false;
      }
      if (acrossThree(cells(next, header), header)) {
        return false;
      }
      int n = number(next, header, seq);
      if (n >= 0) {
        return last >= 0 && n == last + 1;
      }
    }
    return false;
  }

  /** The 序号 a line holds in column {@code seq} (digits, or 一 二 三 … alone), or -1. */
  private static int number(List<Glyph> line, List<Piece> header, int seq) {
    for (Piece p : cells(line, header)) {
      String t = p.text().strip();
      if (column(p, header) == seq && t.matches("[0-9]{1,4}")) {
        return Integer.parseInt(t);
      }
      if (column(p, header) == seq && t.matches("[一二三四五六七八九十百]{1,4}")) {
        return Numbering.chineseNumber(t);
      }
    }
    return -1;
  }
}
