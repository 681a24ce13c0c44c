package org.bihuan.problem.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pages drawn as LibreOffice's PDF export draws a Word document's (measured on its output): every
 * page first clips to a rectangle of the whole page ({@code re W* n}), a running header (9 points)
 * stands at the top with no gap between it and the body's first line (LibreOffice's default header
 * spacing), a page number — n — at the foot, the body in 14-point lines 20.1 points apart, and a
 * table's rulings drawn as stroked lines. Text in the font {@link ChinesePdf} uses.
 */
public final class OfficePdf {

  private OfficePdf() {}

  /** The running header of every page. */
  public static final String HEADER = "某某市应急管理局";

  /** Pages of body lines (14 points), each page under the running header and over its number. */
  public static byte[] plan(List<List<String>> pages) {
    List<String> contents = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      StringBuilder content = page(p + 1);
      float y = 754.889f;
      for (String line : pages.get(p)) {
        text(content, 71, y, line, 14);
        y -= 20.1f;
      }
      contents.add(content.toString());
    }
    return ChinesePdf.pdf(contents, java.util.Set.of());
  }

  /**
   * Pages each holding a ruled table: the header row {@code header} repeated at the top of every
   * page, then that page's rows. A row of one cell is a section row drawn across all the columns
   * (no vertical ruling inside it, as Word draws cells merged across). A cell's text may hold line
   * breaks; text is 9 points.
   */
  public static byte[] tables(
      String title, List<String> header, List<List<List<String>>> pages, float[] widths) {
    List<String> contents = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      StringBuilder content = page(p + 1);
      float top = 754.889f;
      if (p == 0) {
        text(content, 71, top, title, 14);
        top -= 20;
      }
      float[] xs = new float[widths.length + 1];
      xs[0] = 70.65f;
      for (int c = 0; c < widths.length; c++) {
        xs[c + 1] = xs[c] + widths[c];
      }
      List<List<String>> rows = new ArrayList<>();
      rows.add(header);
      rows.addAll(pages.get(p));
      StringBuilder rules = new StringBuilder();
      rules.append(line(xs[0], top, xs[widths.length], top));
      for (List<String> row : rows) {
        int height = 1;
        for (String cell : row) {
          height = Math.max(height, cell.split("\n", -1).length);
        }
        float bottom = top - 12 * height - 8;
        for (int c = 0; c < row.size(); c++) {
          float at = top - 13;
          for (String piece : row.get(c).split("\n", -1)) {
            text(content, xs[c] + 2, at, piece, 9);
            at -= 12;
          }
        }
        for (int c = 0; c <= widths.length; c++) {
          if (row.size() > 1 || c == 0 || c == widths.length) {
            rules.append(line(xs[c], top, xs[c], bottom));
          }
        }
        rules.append(line(xs[0], bottom, xs[widths.length], bottom));
        top = bottom;
      }
      contents.add(content.append(rules).toString());
    }
    return ChinesePdf.pdf(contents, java.util.Set.of());
  }

  /** A page's clip, running header and page number. */
  private static StringBuilder page(int number) {
    StringBuilder content = new StringBuilder("q 0 0.028 595.275 841.861 re\nW* n\n");
    text(content, 261.8f, 774.789f, HEADER, 9);
    text(content, 284, 42, "— " + number + " —", 9);
    return content;
  }

  private static String line(float x0, float y0, float x1, float y1) {
    return String.format(Locale.ROOT, "0.5 w %.2f %.2f m %.2f %.2f l S%n", x0, y0, x1, y1);
  }

  private static void text(StringBuilder content, float x, float y, String line, int size) {
    content.append(String.format(Locale.ROOT, "BT /F1 %d Tf 1 0 0 1 %.3f %.3f Tm <", size, x, y));
    for (char c : line.toCharArray()) {
      content.append(String.format("%04X", (int) c));
    }
    content.append("> Tj ET\n");
  }
}
