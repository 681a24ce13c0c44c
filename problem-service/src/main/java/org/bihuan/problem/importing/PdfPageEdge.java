package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfLayout.SAME_LINE;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.PdfLayout.Segment;

/**
 * A ruled table wider than its page: a writer (LibreOffice) draws its right border at the page's
 * edge, cutting the last column there, and still writes the text of that column that begins on the
 * page, glyphs reaching past the edge (「2024年9月3」 + 「0」 at the edge, 完成时 + 间). Those glyphs are the
 * last column's: read by the border drawn, a glyph whose centre lies past it fell in no cell and
 * was lost, and 2024年9月30日 was read 2024年9月3日, a wrong date, silently. The column is taken to reach
 * as far as the text of the table's rows does (docs/decisions/0341). A text run that begins past
 * the edge the writer leaves out of the PDF: that text is not there to read.
 */
final class PdfPageEdge {

  private PdfPageEdge() {}

  /**
   * The table's column edges {@code xs}, the last moved past the glyphs between {@code top} and
   * {@code bottom} that lie past it when it is the page's right edge {@code pageRight}; {@code xs}
   * itself otherwise.
   */
  static List<Float> reaching(
      List<Float> xs, float top, float bottom, List<Glyph> sorted, float pageRight) {
    if (xs.isEmpty()) {
      return xs;
    }
    float last = xs.get(xs.size() - 1);
    if (Float.isNaN(pageRight) || Math.abs(last - pageRight) > SAME_LINE) {
      return xs;
    }
    float reach = last;
    for (Glyph g : sorted) {
      if (g.y() > bottom) {
        break;
      }
      if (g.y() > top && g.x() >= last - SAME_LINE) {
        reach = Math.max(reach, g.right() + SAME_LINE);
      }
    }
    if (reach == last) {
      return xs;
    }
    List<Float> out = new ArrayList<>(xs);
    out.set(out.size() - 1, reach);
    return out;
  }

  /**
   * The table's horizontal rulings {@code rules} drawn as far as the page's edge, the old last
   * column edge {@code cut}, drawn on to its new edge {@code reach}: the rows of the column cut at
   * the page stay apart (read by its middle, past the page's edge, no ruling would cross it and its
   * cells would read as one merged cell).
   */
  static void extend(List<List<Segment>> rules, float cut, float reach) {
    if (reach == cut) {
      return;
    }
    for (List<Segment> rule : rules) {
      rule.replaceAll(
          h -> h.to() >= cut - SAME_LINE ? new Segment(true, h.at(), h.from(), reach) : h);
    }
  }
}
