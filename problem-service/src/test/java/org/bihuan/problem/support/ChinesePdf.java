package org.bihuan.problem.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A text-layer PDF in Chinese written by PDFBox, one text line per line given, page by page. It
 * uses the font such PDFs name without embedding it (STSong-Light with the UniGB-UCS2-H encoding,
 * Adobe-GB1: what iText's Asian fonts write and every reader supplies), so no Chinese font file is
 * needed to write it and its text reads back exactly as given. Tables drawn with ruled lines are
 * {@link RuledPdfs}.
 */
public final class ChinesePdf {

  private ChinesePdf() {}

  /** A PDF of the given pages, each a list of lines written top down. */
  public static byte[] of(List<List<String>> pages) {
    return of(pages, java.util.Set.of());
  }

  /**
   * A PDF of the given pages; the pages whose number (1-based) is in {@code scans} are a picture
   * (an image XObject) and no text, as a scanner makes them.
   */
  public static byte[] of(List<List<String>> pages, java.util.Set<Integer> scans) {
    List<String> contents = new ArrayList<>();
    for (List<String> lines : pages) {
      StringBuilder content = new StringBuilder();
      float y = 800;
      for (String line : lines) {
        text(content, 60, y, line);
        y -= 20;
      }
      contents.add(content.toString());
    }
    return pdf(contents, scans);
  }

  /**
   * A page of the given lines drawn as LibreOffice exports them: each line in one run per font. The
   * characters a Chinese font lacks in LibreOffice's export (below U+2E80: the quotes “” ‘’, the
   * dashes ——, the ellipsis ……, digits, Latin letters and spaces) are drawn glyph by glyph at their
   * place on the line with a second font ({@code F2}, the fallback font), before the line's Chinese
   * characters when {@code fallbackFirst}, else after them; the content stream therefore does not
   * draw the line from left to right. Every glyph is 12 points wide.
   */
  public static byte[] withFallbackRuns(List<String> lines, boolean fallbackFirst) {
    StringBuilder content = new StringBuilder();
    float y = 800;
    for (String line : lines) {
      StringBuilder fallback = new StringBuilder();
      StringBuilder chinese = new StringBuilder();
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        String glyph =
            String.format(
                java.util.Locale.ROOT, "1 0 0 1 %d %.1f Tm <%04X> Tj%n", 60 + 12 * i, y, (int) c);
        (c < 0x2E80 ? fallback : chinese).append(glyph);
      }
      String first = fallbackFirst ? "/F2" : "/F1";
      String second = fallbackFirst ? "/F1" : "/F2";
      StringBuilder firstRun = fallbackFirst ? fallback : chinese;
      StringBuilder secondRun = fallbackFirst ? chinese : fallback;
      content.append("BT ").append(first).append(" 12 Tf\n").append(firstRun).append("ET\n");
      content.append("BT ").append(second).append(" 12 Tf\n").append(secondRun).append("ET\n");
      y -= 20;
    }
    return pdf(List.of(content.toString()), java.util.Set.of());
  }

  static String line(float x0, float y0, float x1, float y1) {
    return String.format(
        java.util.Locale.ROOT, "0.5 w %.1f %.1f m %.1f %.1f l S%n", x0, y0, x1, y1);
  }

  static void text(StringBuilder content, float x, float y, String line) {
    text(content, x, y, line, 12);
  }

  static void text(StringBuilder content, float x, float y, String line, float size) {
    if (line.isEmpty()) {
      return;
    }
    content.append("BT /F1 ").append(size).append(" Tf 1 0 0 1 ").append(x).append(' ');
    content.append(y).append(" Tm <");
    for (char c : line.toCharArray()) {
      content.append(String.format("%04X", (int) c));
    }
    content.append("> Tj ET\n");
  }

  static byte[] pdf(List<String> contents, java.util.Set<Integer> scans) {
    try (PDDocument pdf = new PDDocument()) {
      COSDictionary font = font();
      for (int i = 0; i < contents.size(); i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDResources resources = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        fonts.setItem(COSName.getPDFName("F2"), font);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        page.setResources(resources);
        String content = contents.get(i);
        if (scans.contains(i + 1)) {
          java.awt.image.BufferedImage scan =
              new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
          COSName image =
              resources.add(
                  org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(
                      pdf, scan));
          content = "q 595 0 0 842 0 0 cm /" + image.getName() + " Do Q\n";
        }
        page.setContents(
            new PDStream(
                pdf, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Pages of a text: a line {@code <<PAGE>>} starts the next page (so that a corpus document can be
   * written as one text file).
   */
  public static byte[] ofText(String text) {
    List<List<String>> pages = new ArrayList<>();
    List<String> page = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.strip().equals("<<PAGE>>")) {
        pages.add(page);
        page = new ArrayList<>();
      } else {
        page.add(line);
      }
    }
    while (!page.isEmpty() && page.get(page.size() - 1).isEmpty()) {
      page.remove(page.size() - 1);
    }
    pages.add(page);
    return of(pages);
  }

  /**
   * Pages of a text laid out glyph by glyph (every glyph one em, 12 points, from x = 60, a line
   * every 20 points), a line {@code <<PAGE>>} starting the next page, with marks for what a PDF
   * draws beside its text:
   *
   * <ul>
   *   <li>{@code ~~删除~~}: the glyphs struck through (a 0.8-point line across their middle);
   *   <li>{@code __文字__}: the glyphs underlined (a line 2 points under the baseline);
   *   <li>{@code {gap}}: a gap of 0.4 em and {@code {GAP}} one of 1 em, with no space glyph drawn
   *       (justified or letter-spaced text);
   *   <li>{@code <<COLUMNS 60 100 …>>}: the x positions of a table's columns, and then a line
   *       {@code |1|存在问题|整改措施|…} draws each cell's text at its column's x (a table without rulings,
   *       aligned by whitespace only), a line with no {@code |} ending the table;
   *   <li>{@code <<SMALL>>} before a line: its glyphs set at 9 points (a footnote at a page's
   *       foot);
   *   <li>{@code <<HALF>>} before a line: it stands half a line above the next line, halfway
   *       between it and the line above (a table cell's text centred down a row of two lines).
   * </ul>
   */
  public static byte[] laidOut(String text) {
    List<String> contents = new ArrayList<>();
    StringBuilder content = new StringBuilder();
    float y = 800;
    float[] columns = null;
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      boolean half = t.startsWith("<<HALF>>");
      if (half) {
        t = t.substring(8);
        line = t;
        y += 10;
      }
      if (t.equals("<<PAGE>>")) {
        contents.add(content.toString());
        content = new StringBuilder();
        y = 800;
        continue;
      }
      if (t.startsWith("<<COLUMNS")) {
        String[] xs = t.substring(9, t.length() - 2).strip().split("\\s+");
        columns = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
          columns[i] = Float.parseFloat(xs[i]);
        }
        continue;
      }
      if (columns != null && t.startsWith("|")) {
        String[] cells = t.substring(1).split("\\|", -1);
        for (int c = 0; c < cells.length && c < columns.length; c++) {
          marked(content, columns[c], y, cells[c]);
        }
      } else if (t.startsWith("<<SMALL>>")) {
        columns = null;
        marked(content, 60, y, t.substring(9), 9);
      } else {
        columns = null;
        marked(content, 60, y, line);
      }
      y -= half ? 10 : 20;
    }
    contents.add(content.toString());
    return pdf(contents, java.util.Set.of());
  }

  /** Draws a line's glyphs one by one from {@code x}, with its strikes, underlines and gaps. */
  private static void marked(StringBuilder content, float x, float y, String line) {
    marked(content, x, y, line, 12);
  }

  private static void marked(StringBuilder content, float x, float y, String line, int size) {
    float at = x;
    Float struck = null;
    Float underlined = null;
    StringBuilder lines = new StringBuilder();
    int i = 0;
    content.append("BT /F1 ").append(size).append(" Tf\n");
    while (i < line.length()) {
      if (line.startsWith("~~", i)) {
        if (struck == null) {
          struck = at;
        } else {
          lines.append(stroke(struck, at, y + 4.5f));
          struck = null;
        }
        i += 2;
      } else if (line.startsWith("__", i)) {
        if (underlined == null) {
          underlined = at;
        } else {
          lines.append(stroke(underlined, at, y - 2));
          underlined = null;
        }
        i += 2;
      } else if (line.startsWith("{gap}", i)) {
        at += 4.8f;
        i += 5;
      } else if (line.startsWith("{GAP}", i)) {
        at += 12;
        i += 5;
      } else {
        content.append(
            String.format(
                java.util.Locale.ROOT,
                "1 0 0 1 %.2f %.1f Tm <%04X> Tj%n",
                at,
                y,
                (int) line.charAt(i)));
        at += size;
        i++;
      }
    }
    content.append("ET\n").append(lines);
  }

  private static String stroke(float from, float to, float y) {
    return String.format(
        java.util.Locale.ROOT, "0.8 w %.2f %.2f m %.2f %.2f l S%n", from, y, to, y);
  }

  static COSDictionary font() {
    COSDictionary system = new COSDictionary();
    system.setString(COSName.REGISTRY, "Adobe");
    system.setString(COSName.ORDERING, "GB1");
    system.setInt(COSName.SUPPLEMENT, 2);
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "STSong-Light");
    descriptor.setInt(COSName.FLAGS, 6);
    descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1050, 1388).getCOSArray());
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 880);
    descriptor.setInt(COSName.DESCENT, -120);
    descriptor.setInt(COSName.CAP_HEIGHT, 880);
    descriptor.setInt(COSName.STEM_V, 93);
    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0"));
    cidFont.setName(COSName.BASE_FONT, "STSong-Light");
    cidFont.setItem(COSName.CIDSYSTEMINFO, system);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setInt(COSName.DW, 1000);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
    font.setName(COSName.ENCODING, "UniGB-UCS2-H");
    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    return font;
  }
}
