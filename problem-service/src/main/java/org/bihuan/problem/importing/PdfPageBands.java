package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * How a PDF page is split between its ruled tables and the rest (docs/decisions/0242): the ruled
 * tables ({@link PdfLayout#ruled}) are found first, and the page's other glyphs are read for tables
 * without rulings ({@link PdfColumns}) band by band between them.
 */
final class PdfPageBands {

  private PdfPageBands() {}

  /**
   * The page's tables without rulings, read apart from its ruled ones: the page is cut at each
   * ruled table into the bands above, between and below them, and each band's glyphs are read for
   * tables of their own ({@link PdfColumns#tables}) — the rows of a table without borders stop
   * where a ruled table begins, and a header row or a ruled table's rows are never read as the rows
   * of a table without borders. Only the top band may go on with {@code open}, the table the page
   * before ended with.
   */
  static List<PdfColumns.Table> unruled(
      List<PdfLayout.Glyph> glyphs, List<PdfColumns.Table> ruled, PdfColumns.Open open) {
    if (ruled.isEmpty()) {
      return PdfColumns.tables(glyphs, open);
    }
    List<PdfColumns.Table> byTop = new ArrayList<>(ruled);
    byTop.sort(java.util.Comparator.comparingDouble(PdfColumns.Table::top));
    List<List<PdfLayout.Glyph>> bands = new ArrayList<>();
    for (int b = 0; b <= byTop.size(); b++) {
      bands.add(new ArrayList<>());
    }
    for (PdfLayout.Glyph g : glyphs) {
      int band = 0;
      boolean inside = false;
      for (PdfColumns.Table r : byTop) {
        if (g.y() >= r.top() - 1 && g.y() <= r.bottom() + 1) {
          inside = true;
          break;
        }
        if (g.y() > r.bottom()) {
          band++;
        }
      }
      if (!inside) {
        bands.get(band).add(g);
      }
    }
    List<PdfColumns.Table> out = new ArrayList<>();
    for (int b = 0; b < bands.size(); b++) {
      if (!bands.get(b).isEmpty()) {
        out.addAll(PdfColumns.tables(bands.get(b), b == 0 ? open : null));
      }
    }
    return out;
  }
}
