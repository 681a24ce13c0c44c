package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnLines.ROW_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.TIGHT_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.pieces;
import static org.bihuan.problem.importing.PdfColumnLines.size;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;

/**
 * The cells of a borderless table whose columns stand closer than {@value PdfColumnLines#TIGHT_GAP}
 * characters apart (a LibreOffice export of a table with narrow cell padding: 序号 and 存在问题 half a
 * character apart): a line is cut, besides its gaps of {@value PdfColumnLines#TIGHT_GAP}
 * characters, before a glyph that stands a little apart from the one before it and starts where a
 * column starts — a header's cell, or a piece of the rows below the header (the rows' cells start
 * at their columns' left edge as the header's do).
 */
final class PdfAlignedCuts {

  private PdfAlignedCuts() {}

  /**
   * How far (in font sizes) a glyph's left edge may stand from a column's for it to start there.
   */
  private static final float ALIGNED = 0.15f;

  /**
   * The least gap (in font sizes) before a glyph that is cut there: glyphs set apart, not touching
   * (a CJK text's glyphs stand a hundredth of a character apart at the most). Calc sets a number
   * flush right in its cell 0.19 of a character from the text of the cell beside it (the two cells'
   * padding): the 序号 1 right against 理论学习… is cut from it.
   */
  private static final float APART = 0.15f;

  /** How many lines under a header are looked at for where its rows' cells start. */
  private static final int ROWS_LOOKED_AT = 12;

  /**
   * Line {@code i} cut where the pieces of the lines below it (down to a gap of {@value
   * PdfColumnLines#ROW_GAP} lines' height) start.
   */
  static List<Piece> byRowsBelow(List<List<Glyph>> lines, int i) {
    List<Float> starts = new ArrayList<>();
    for (int k = i + 1; k < lines.size() && k <= i + ROWS_LOOKED_AT; k++) {
      List<Glyph> line = lines.get(k);
      if (line.get(0).y() - lines.get(k - 1).get(0).y() > ROW_GAP * size(line.get(0))) {
        break;
      }
      for (Piece p : pieces(line, TIGHT_GAP)) {
        starts.add(p.left());
      }
    }
    return cut(lines.get(i), starts);
  }

  /** A row's line cut where the header's cells start. */
  static List<Piece> byHeader(List<Glyph> line, List<Piece> header) {
    return cut(line, header.stream().map(Piece::left).toList());
  }

  private static List<Piece> cut(List<Glyph> line, List<Float> starts) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : pieces(line, TIGHT_GAP)) {
      List<Glyph> glyphs = new ArrayList<>();
      for (Glyph g : line) {
        if (g.left() >= p.left() - 0.01f && g.left() < p.right()) {
          glyphs.add(g);
        }
      }
      int from = 0;
      for (int k = 1; k < glyphs.size(); k++) {
        Glyph g = glyphs.get(k);
        float gap = g.left() - glyphs.get(k - 1).right();
        if (gap >= APART * size(g) && startsAt(g, starts)) {
          out.addAll(pieces(glyphs.subList(from, k), TIGHT_GAP));
          from = k;
        }
      }
      out.addAll(pieces(glyphs.subList(from, glyphs.size()), TIGHT_GAP));
    }
    return out;
  }

  private static boolean startsAt(Glyph g, List<Float> starts) {
    for (float s : starts) {
      if (Math.abs(g.left() - s) <= ALIGNED * size(g)) {
        return true;
      }
    }
    return false;
  }
}
