package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A table that ran to the foot of its page and the next page's first line ({@link PdfTables}): when
 * no table of that page goes on with it and that line stands inside the table's columns, it is
 * likely the rest of the table's last row that could not be joined; the dry run says so.
 */
final class PdfUnjoinedLines {

  private PdfUnjoinedLines() {}

  /** The left and right edge of a table's text and its size; null when it holds no text. */
  static float[] span(PdfLayout layout, PdfColumns.Table table) {
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float size = 0;
    for (PdfLayout.Glyph g : layout.glyphs()) {
      if (g.y() >= table.top() - 1 && g.y() <= table.bottom() + 1) {
        left = Math.min(left, g.left());
        right = Math.max(right, g.right());
        size = Math.max(size, g.size());
      }
    }
    return size == 0 ? null : new float[] {left, right, size};
  }

  /**
   * The page before ended with a table that ran to its foot ({@code span}: its edges and size) and
   * no table of this page goes on with it: when the page's first line (a page number aside) stands
   * inside that table's columns — not at its left edge as a heading or a paragraph does, not
   * centred on it as a running header is — it is likely the rest of the table's last row that could
   * not be joined; it is read as text outside the table, and the warning returned says so. Null
   * otherwise.
   */
  static String warning(PdfLayout layout, List<String> written, int page, float[] span) {
    List<Float> baselines = new ArrayList<>(layout.lineBaselines());
    baselines.add(layout.lastBaseline());
    int count = written.size();
    while (count > 0 && written.get(count - 1).isBlank()) {
      count--;
    }
    if (baselines.size() != count) {
      return null; // the lines written do not match the lines measured
    }
    for (int i = 0; i < count; i++) {
      String line = written.get(i).strip();
      float y = baselines.get(i);
      if (line.isEmpty() || PageFurniture.isPageNumber(line) || Float.isNaN(y)) {
        continue;
      }
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      for (PdfLayout.Glyph g : layout.glyphs()) {
        if (Math.abs(g.y() - y) <= 2) {
          left = Math.min(left, g.left());
          right = Math.max(right, g.right());
        }
      }
      float size = span[2];
      boolean inside = left > span[0] + size && right <= span[1] + size;
      boolean centred = Math.abs((left + right) / 2 - (span[0] + span[1]) / 2) <= size;
      if (inside && !centred) {
        return "Page "
            + page
            + " begins with 「"
            + OutlineParser.shorten(line)
            + "」 inside the columns of the table that page "
            + (page - 1)
            + " ends with, but it could not be read as the rest of that table's last row; it"
            + " was read as text outside the table. Check that row against the PDF.";
      }
      return null;
    }
    return null;
  }
}
