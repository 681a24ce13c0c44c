package org.bihuan.problem.support;

import static org.bihuan.problem.support.ChinesePdf.line;
import static org.bihuan.problem.support.ChinesePdf.pdf;
import static org.bihuan.problem.support.ChinesePdf.text;

import java.util.ArrayList;
import java.util.List;

/**
 * PDFs of tables drawn with ruled lines (one page, several pages, parts of a page) in a Chinese
 * font, as PDFBox writes them.
 */
public final class RuledPdfs {

  private RuledPdfs() {}

  /**
   * A page with the {@code lead} lines, then a table ruled as Word draws one (each cell a stroked
   * rectangle) with the rows given, each cell's text on one line, in columns of the widths given
   * (points).
   */
  public static byte[] table(List<String> lead, List<List<String>> rows, float[] widths) {
    StringBuilder content = new StringBuilder();
    float y = 800;
    for (String line : lead) {
      text(content, 40, y, line);
      y -= 20;
    }
    float top = y + 4;
    float rowHeight = 24;
    for (List<String> row : rows) {
      float x = 40;
      for (int c = 0; c < widths.length; c++) {
        content.append(
            String.format(
                java.util.Locale.ROOT,
                "0.5 w %.1f %.1f %.1f %.1f re S%n",
                x,
                top - rowHeight,
                widths[c],
                rowHeight));
        String cell = c < row.size() ? row.get(c) : "";
        text(content, x + 2, top - rowHeight + 8, cell, 9);
        x += widths[c];
      }
      top -= rowHeight;
    }
    return pdf(List.of(content.toString()), java.util.Set.of());
  }

  /**
   * A page with the {@code lead} lines, then a table whose cells are drawn with lines, in columns
   * of the widths given (points). A cell's text may hold line breaks (the cell wraps: a row is as
   * high as its tallest cell); a cell {@code "^"} is merged with the cell above it (no line is
   * drawn between them, and it has no text of its own, as Word draws a vertically merged cell).
   * Then the {@code after} lines. Each line of the page is drawn glyph by glyph (9 points).
   */
  public static byte[] ruled(
      List<String> lead, List<List<String>> rows, float[] widths, List<String> after) {
    return pdf(List.of(ruledPage(lead, rows, widths, after)), java.util.Set.of());
  }

  /**
   * Pages each drawn as {@link #ruled} draws its one page: a table going on over a page break is
   * the first page's rows (its header first) and the next page's rows without a header, as Word
   * draws a table whose header row is not repeated. Each page is {@code lead} lines, rows, {@code
   * after} lines.
   */
  public static byte[] ruledPages(List<RuledPage> pages, float[] widths) {
    List<String> contents = new ArrayList<>();
    for (RuledPage p : pages) {
      contents.add(ruledPage(p.lead(), p.rows(), widths, p.after()));
    }
    return pdf(contents, java.util.Set.of());
  }

  /** One page of {@link #ruledPages}. */
  public record RuledPage(List<String> lead, List<List<String>> rows, List<String> after) {}

  /**
   * One page with the parts one under the other, each drawn as {@link #ruled} draws its page: a
   * table's rest under a line of text (a group heading) on the page its first part is on.
   */
  public static byte[] ruledParts(List<RuledPage> parts, float[] widths) {
    StringBuilder content = new StringBuilder();
    StringBuilder lines = new StringBuilder();
    float y = 800;
    for (RuledPage p : parts) {
      y = ruledPart(content, lines, y, p.lead(), p.rows(), widths, p.after());
    }
    return pdf(List.of(content.append(lines).toString()), java.util.Set.of());
  }

  /**
   * One page with the parts one under the other, as {@link #ruledParts(List, float[])} draws them,
   * each part's table in columns of its own widths (a Word document's tables one under another).
   */
  public static byte[] ruledParts(List<RuledPage> parts, List<float[]> widths) {
    StringBuilder content = new StringBuilder();
    StringBuilder lines = new StringBuilder();
    float y = 800;
    for (int i = 0; i < parts.size(); i++) {
      RuledPage p = parts.get(i);
      y = ruledPart(content, lines, y, p.lead(), p.rows(), widths.get(i), p.after());
    }
    return pdf(List.of(content.append(lines).toString()), java.util.Set.of());
  }

  private static String ruledPage(
      List<String> lead, List<List<String>> rows, float[] widths, List<String> after) {
    StringBuilder content = new StringBuilder();
    StringBuilder lines = new StringBuilder();
    ruledPart(content, lines, 800, lead, rows, widths, after);
    return content.append(lines).toString();
  }

  /** Draws a part of a page from {@code y} down; the y the next part starts at. */
  private static float ruledPart(
      StringBuilder content,
      StringBuilder lines,
      float y,
      List<String> lead,
      List<List<String>> rows,
      float[] widths,
      List<String> after) {
    for (String line : lead) {
      text(content, 40, y, line);
      y -= 20;
    }
    float top = y + 4;
    float[] xs = new float[widths.length + 1];
    xs[0] = 40;
    for (int c = 0; c < widths.length; c++) {
      xs[c + 1] = xs[c] + widths[c];
    }
    lines.append(line(xs[0], top, xs[widths.length], top));
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      int height = 1;
      for (String cell : row) {
        height = Math.max(height, cell.split("\n", -1).length);
      }
      float bottom = top - 12 * height - 8;
      for (int c = 0; c < widths.length; c++) {
        String cell = c < row.size() ? row.get(c) : "";
        if (!cell.equals("^")) {
          float at = top - 13;
          for (String piece : cell.split("\n", -1)) {
            text(content, xs[c] + 2, at, piece, 9);
            at -= 12;
          }
        }
        lines.append(line(xs[c], top, xs[c], bottom));
        boolean mergedBelow =
            r + 1 < rows.size() && c < rows.get(r + 1).size() && rows.get(r + 1).get(c).equals("^");
        if (!mergedBelow) {
          lines.append(line(xs[c], bottom, xs[c + 1], bottom));
        }
      }
      lines.append(line(xs[widths.length], top, xs[widths.length], bottom));
      top = bottom;
    }
    y = top - 20;
    for (String line : after) {
      text(content, 40, y, line);
      y -= 20;
    }
    return y;
  }
}
