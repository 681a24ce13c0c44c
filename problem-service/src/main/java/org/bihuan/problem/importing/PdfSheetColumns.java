package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnLines.TIGHT_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.pastRows;
import static org.bihuan.problem.importing.PdfColumnLines.pieces;
import static org.bihuan.problem.importing.PdfColumnLines.size;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;

/**
 * The columns of a spreadsheet ledger printed without gridlines (an Excel 整改台账 printed by Calc or
 * Excel): every cell of a column starts at the same x, the column's left edge plus its padding, row
 * after row — its text set flush left, a sheet's default for text — while the header's words stand
 * centred over their columns. A cell's text fills its column to the padding, so the texts of two
 * cells side by side stand as little as a fifth of a character apart, and a 序号 (a number, set flush
 * right) touches the 问题描述 beside it: no gap tells the columns apart, and the header's centred words
 * do not say where a column starts. Where the pieces of the rows below the header start (a number's
 * excepted: it ends at its column's right edge) falls into one x for each column that holds text:
 * that x, left of the column's header word and right of the word before it, is where the column
 * starts, and the rows' lines are cut there (docs/decisions/0393). A column whose cells are centred
 * or set flush right starts nowhere twice; it keeps its header word's position.
 */
final class PdfSheetColumns {

  private PdfSheetColumns() {}

  /** How far (in font sizes) two starts may stand apart to be one column's. */
  private static final float ALIGNED = 0.15f;

  /**
   * The least gap (in font sizes) before a glyph at which a start is looked for: glyphs set apart,
   * not touching (a CJK text's glyphs stand a hundredth of a character apart at the most; two
   * cells' padding leaves a fifth of one).
   */
  private static final float APART = 0.15f;

  /** The fewest rows' cells starting at one x for it to be where a column starts. */
  private static final int STARTS = 2;

  /**
   * A number alone: set flush right in its cell, so it says nothing about where the cell starts.
   */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[0-9０-９.,]+");

  /**
   * The header's cells, each from where its column starts when the rows below line {@code from}
   * start there and their texts run into each other across that start (else the header as it is).
   */
  static List<Piece> columns(List<List<Glyph>> lines, int from, List<Piece> header) {
    List<Piece> cut = cut(lines, from, header, true);
    return cut == null ? header : cut;
  }

  /**
   * The header's cells, each from where its column's cells start in the rows below line {@code
   * from}, whether those cells touch or not (else the header as it is): for a page that only a
   * spreadsheet prints — the further columns of a sheet wider than its page ({@link
   * PdfColumnPages}) — whose header words stand centred over cells set flush left.
   */
  static List<Piece> printed(List<List<Glyph>> lines, int from, List<Piece> header) {
    List<Piece> cut = cut(lines, from, header, false);
    return cut == null ? header : cut;
  }

  /**
   * Whether the rows below line {@code from} are a sheet's printed without gridlines: their cells
   * start at one x a column and run into each other across those starts. Such a sheet's rows are
   * never cut by a page break (Calc moves a row that does not fit to the next page), so the lines
   * at the top of a page it goes on over belong to the rows whose 序号 stand below them.
   */
  static boolean sheet(List<List<Glyph>> lines, int from, List<Piece> header) {
    return cut(lines, from, header, true) != null;
  }

  /**
   * The header's cells from where their columns start, or null when the rows are no sheet's ({@code
   * touch}: their texts must run into each other across one of those starts).
   */
  private static List<Piece> cut(
      List<List<Glyph>> lines, int from, List<Piece> header, boolean touch) {
    if (from >= lines.size() || header.size() < (touch ? 3 : 2)) {
      return null;
    }
    List<Piece> starts = new ArrayList<>();
    List<Piece> runs = new ArrayList<>();
    for (int i = from; i < lines.size() && !pastRows(lines, from, i, header); i++) {
      for (Piece p : pieces(lines.get(i), TIGHT_GAP)) {
        runs.add(p);
        starts.addAll(apart(lines.get(i), p));
      }
    }
    float[] lefts = new float[header.size()];
    boolean touching = false;
    for (int c = 1; c < header.size(); c++) {
      Piece h = header.get(c);
      lefts[c] = start(starts, header.get(c - 1).right(), h.left() + h.size(), h.size());
      if (Float.isNaN(lefts[c])) {
        lefts[c] = h.left();
        continue;
      }
      if (lefts[c] <= lefts[c - 1]) {
        return null;
      }
      float cut = lefts[c];
      float slack = ALIGNED * h.size();
      touching |= runs.stream().anyMatch(p -> p.left() < cut - slack && p.right() > cut + slack);
    }
    if (touch && !touching) {
      return null;
    }
    List<Piece> out = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      Piece h = header.get(c);
      float left = c == 0 ? h.left() : lefts[c];
      float right = Math.max(h.right(), left + h.size());
      if (c + 1 < header.size()) {
        right = Math.min(right, lefts[c + 1] - ALIGNED * h.size());
      }
      out.add(new Piece(left, right, h.size(), h.text()));
    }
    return out;
  }

  /** The parts of a piece of a line that stand apart from the glyph before, numbers left out. */
  private static List<Piece> apart(List<Glyph> line, Piece piece) {
    List<Glyph> glyphs = new ArrayList<>();
    for (Glyph g : line) {
      if (g.left() >= piece.left() - 0.01f && g.left() < piece.right()) {
        glyphs.add(g);
      }
    }
    List<Piece> out = new ArrayList<>();
    int from = 0;
    for (int k = 1; k <= glyphs.size(); k++) {
      if (k == glyphs.size()
          || glyphs.get(k).left() - glyphs.get(k - 1).right() >= APART * size(glyphs.get(k))) {
        StringBuilder text = new StringBuilder();
        glyphs.subList(from, k).forEach(g -> text.append(g.text()));
        if (!NUMBER.matcher(text.toString().strip()).matches()) {
          Glyph first = glyphs.get(from);
          out.add(new Piece(first.left(), glyphs.get(k - 1).right(), size(first), text.toString()));
        }
        from = k;
      }
    }
    return out;
  }

  /**
   * The x between {@code after} and {@code before} where the starts there fall (at least {@value
   * #STARTS}), NaN when none does or when they fall at more than one x: a column's cells start at
   * one x, where text that starts elsewhere is another column's (a wrapped line, a word after a
   * typed space) and the column's start is not known.
   */
  private static float start(List<Piece> starts, float after, float before, float size) {
    float at = Float.NaN;
    int n = 0;
    for (Piece s : starts) {
      if (s.left() < after || s.left() > before) {
        continue;
      }
      if (!Float.isNaN(at) && Math.abs(s.left() - at) > ALIGNED * size) {
        return Float.NaN;
      }
      at = Float.isNaN(at) ? s.left() : at;
      n++;
    }
    return n >= STARTS ? at : Float.NaN;
  }
}
