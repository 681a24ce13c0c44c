package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a browser prints around each page of a PDF it makes (Chromium's default head and foot): the
 * date and the document's title above the text, the file's address and the page's number (1/3)
 * below it, in small type, drawn after the page's text, so that PDFBox reads them as the page's
 * last lines. They are no part of the document: of the page's last two lines, one set clearly
 * smaller than the text that stands above the page's first line (the head, whatever form the date
 * takes: 7/1/24, 10:30 AM or 2024/7/1 10:30) and one below its last line that begins with the
 * file's address (file://, https://; the page's number 1/3 after it) are blanked (every line keeps
 * its number) and named in the warnings (docs/decisions/0307).
 */
final class PdfBrowserMargins {

  /** A browser's head and foot are at most this share of the text's size. */
  private static final float SMALLER = 0.85f;

  /** A glyph belongs to a line whose baseline is within this many points. */
  private static final float SAME_LINE = 1f;

  private static final Pattern FOOT = Pattern.compile("(?:file|https?)://\\S");

  private PdfBrowserMargins() {}

  /** Blanks the browser's head and foot on the page; the warning names them, or none. */
  static List<String> cut(List<String> lines, PdfLayout layout, int page) {
    List<Float> baselines = layout.baselinesWithLast();
    int written = lines.size();
    while (written > 0 && lines.get(written - 1).isBlank()) {
      written--;
    }
    if (baselines.size() != written || written < 3) {
      return List.of(); // the lines PDFBox wrote do not match the lines measured
    }
    float body = median(layout.glyphs().stream().map(PdfLayout.Glyph::size).toList());
    List<Integer> cut = new ArrayList<>();
    for (int i = written - 1; i >= Math.max(0, written - 2); i--) {
      String t = lines.get(i).strip();
      float b = baselines.get(i);
      if (t.isEmpty() || Float.isNaN(b) || !(size(layout, b) <= body * SMALLER)) {
        break;
      }
      float top = Float.MAX_VALUE;
      float bottom = -Float.MAX_VALUE;
      for (int k = 0; k < written - 2; k++) {
        if (!Float.isNaN(baselines.get(k))) {
          top = Math.min(top, baselines.get(k));
          bottom = Math.max(bottom, baselines.get(k));
        }
      }
      boolean head = b < top;
      boolean foot = b > bottom && FOOT.matcher(t).find();
      if (!head && !foot) {
        break;
      }
      cut.add(0, i);
    }
    if (cut.isEmpty()) {
      return List.of();
    }
    StringBuilder shown = new StringBuilder();
    for (int i : cut) {
      shown.append(shown.isEmpty() ? "" : " and ").append('「').append(lines.get(i).strip());
      shown.append('」');
      lines.set(i, "");
    }
    return List.of(
        "Page "
            + page
            + ": "
            + shown
            + " are what a browser prints around each page it makes into a PDF (the date, the"
            + " title, the file's address, the page's number), no part of the document; they were"
            + " not imported.");
  }

  /** The median size of the glyphs on the baseline {@code b}. */
  private static float size(PdfLayout layout, float b) {
    return median(
        layout.glyphs().stream()
            .filter(g -> Math.abs(g.y() - b) <= SAME_LINE * 2)
            .map(PdfLayout.Glyph::size)
            .toList());
  }

  private static float median(List<Float> values) {
    if (values.isEmpty()) {
      return Float.NaN;
    }
    float[] v = new float[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
