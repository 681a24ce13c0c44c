package org.bihuan.problem.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.bihuan.problem.support.NarrowPagePdf.Paper;
import org.bihuan.problem.support.NarrowPagePdf.Printer;

/**
 * A plan printed to PDF on a narrow page, line by line as LibreOffice or Chromium broke its
 * paragraphs, drawn glyph by glyph with the widths their fonts give: a Chinese character or
 * full-width mark one em, a digit 0.56 em, a stop 0.3 em, a space 0.26 em (drawn as a glyph, as
 * both draw a space typed between two words). Where they break differs from {@link NarrowPagePdf}'s
 * fixed count of glyphs: a run of digits and stops (3.2025) is never cut, so LibreOffice moves it
 * whole and leaves the line above short of the edge by up to its width, and keeps a space typed
 * before it at that line's end; Chromium lets no closing mark (；，) begin a line nor hang in the
 * margin, so it moves the character before it down too (管 / 理；). LibreOffice sets a fifth of an em
 * between a Chinese character and a digit or a Latin letter, without a glyph. Chromium prints the
 * date and the title above each page's text (the title on a baseline 1.5 points lower, cut with …
 * when long) and the file's address and the page's number below it, in small type, drawn after the
 * text.
 */
public final class PrintedLinesPdf {

  private PrintedLinesPdf() {}

  /** A digit's width, in thousandths of an em. */
  private static final int DIGIT = 560;

  /** The gap LibreOffice sets between Chinese and Latin text, in ems. */
  private static final float AUTOSPACE = 0.2f;

  /** The width (thousandths of an em) of an ASCII character, drawn from the font's Latin CIDs. */
  static int width(char c) {
    if (c == ' ') {
      return 260;
    }
    if (c == '.' || c == ',' || c == ':' || c == '/') {
      return 300;
    }
    if (c >= '0' && c <= '9') {
      return DIGIT;
    }
    return c < 0x7F ? 560 : 1000;
  }

  /**
   * The PDF of {@code pages}, each the lines a printer printed on one page, top down, on {@code
   * paper}; Chromium's head and foot carry {@code printed} (the date and time as the browser's
   * language writes it) and {@code title}.
   */
  public static byte[] print(
      Paper paper, Printer printer, String printed, String title, List<List<String>> pages) {
    try (PDDocument pdf = new PDDocument()) {
      COSDictionary font = font();
      for (int p = 0; p < pages.size(); p++) {
        StringBuilder content = new StringBuilder();
        float y = paper.height() - paper.margin() - paper.size();
        for (String line : pages.get(p)) {
          draw(content, paper.margin(), y, line, paper.size(), printer == Printer.LIBREOFFICE);
          y -= paper.leading();
        }
        if (printer == Printer.CHROMIUM) {
          float small = paper.size() * 0.65f;
          float left = paper.margin() / 2;
          float head = paper.height() - left;
          draw(content, left, head, printed, small, false);
          float from = left + advance(printed, small) + 2 * small;
          draw(
              content,
              from,
              head - 1.5f,
              cut(title, paper.width() - left - from, small),
              small,
              false);
          draw(content, left, left, NarrowPagePdf.ADDRESS, small, false);
          String number = (p + 1) + "/" + pages.size();
          draw(content, paper.width() - left - advance(number, small), left, number, small, false);
        }
        PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        pdf.addPage(page);
        PDResources resources = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        page.setResources(resources);
        page.setContents(
            new PDStream(
                pdf,
                new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.US_ASCII))));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code title} cut with … to fit {@code room} points, as Chromium cuts its head's title. */
  private static String cut(String title, float room, float size) {
    if (advance(title, size) <= room) {
      return title;
    }
    String t = title;
    while (!t.isEmpty() && advance(t + "…", size) > room) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "…";
  }

  private static float advance(String text, float size) {
    float at = 0;
    for (int i = 0; i < text.length(); i++) {
      at += width(text.charAt(i)) * size / 1000;
    }
    return at;
  }

  private static boolean latin(char c) {
    return Character.isLetterOrDigit(c) && c < 0x7F;
  }

  private static boolean wide(char c) {
    return c >= 0x2E80;
  }

  /**
   * Draws {@code line} glyph by glyph from {@code x}; LibreOffice's gap between scripts when set.
   */
  private static void draw(
      StringBuilder content, float x, float y, String line, float size, boolean autospace) {
    if (line.isEmpty()) {
      return;
    }
    content.append(String.format(Locale.ROOT, "BT /F1 %.2f Tf%n", size));
    float at = x;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (autospace
          && i > 0
          && ((wide(line.charAt(i - 1)) && latin(c)) || (latin(line.charAt(i - 1)) && wide(c)))) {
        at += AUTOSPACE * size;
      }
      content.append(
          String.format(Locale.ROOT, "1 0 0 1 %.2f %.2f Tm <%04X> Tj%n", at, y, (int) c));
      at += width(c) * size / 1000;
    }
    content.append("ET\n");
  }

  /**
   * {@link ChinesePdf}'s font with the widths of its Latin CIDs (1–95, U+0020–U+007E in the
   * UniGB-UCS2-H encoding) set as {@link #width} gives them.
   */
  private static COSDictionary font() {
    COSDictionary font = ChinesePdf.font();
    COSDictionary cid =
        (COSDictionary) ((COSArray) font.getDictionaryObject(COSName.DESCENDANT_FONTS)).get(0);
    COSArray latin = new COSArray();
    for (char c = 0x20; c < 0x7F; c++) {
      latin.add(COSInteger.get(width(c)));
    }
    COSArray w = new COSArray();
    w.add(COSInteger.get(1));
    w.add(latin);
    cid.setItem(COSName.W, w);
    return font;
  }
}
