package org.bihuan.problem.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A plan in plain text printed to PDF on a narrow page, as LibreOffice and Chromium print one: each
 * paragraph is set glyph by glyph (every glyph one em, the font {@link ChinesePdf} uses) and broken
 * wherever its next glyph would pass the text block's right edge — inside a word, a name, a date or
 * a label's name; a closing mark (。，、；：) that would begin a line hangs in the margin instead. Pages
 * follow one another when the block is full. Chromium prints the date and the document's title
 * above each page's text and the file's address and the page's number below it, in small type,
 * drawn after the text (so read last).
 */
public final class NarrowPagePdf {

  private NarrowPagePdf() {}

  /** A page size, its margins and the text's size, in points. */
  public record Paper(float width, float height, float margin, float size) {

    /** A5 (148 × 210 mm) with 2 cm margins and 12-point text: lines of 25 glyphs. */
    public static final Paper A5 = new Paper(419.53f, 595.28f, 56.69f, 12);

    /** A page 9.5 cm wide and 21 cm high with 1.5 cm margins, 10.5-point text: 17 glyphs a line. */
    public static final Paper NARROW = new Paper(269.29f, 595.28f, 42.52f, 10.5f);

    /** How many glyphs one line holds. */
    public int perLine() {
      return (int) Math.floor((width - 2 * margin) / size + 1e-3);
    }

    /** The distance from one baseline to the next. */
    float leading() {
      return size * 1.5f;
    }

    /** How many lines one page holds. */
    int perPage() {
      return (int) Math.floor((height - 2 * margin) / leading());
    }
  }

  /** Who printed the PDF. */
  public enum Printer {
    LIBREOFFICE,
    CHROMIUM
  }

  /** A paragraph starting with this is letter-spaced: 0.7 em between its glyphs (整 改 时 限). */
  public static final String SPACED = "<<SPACED>>";

  /** A paragraph {@code <<PAGE>>} starts the next page. */
  public static final String PAGE = "<<PAGE>>";

  /** The date and time Chromium prints at each page's head (the en-US form). */
  public static final String PRINTED = "7/1/24, 10:30 AM";

  /** The file's address Chromium prints at each page's foot. */
  public static final String ADDRESS = "file:///D:/plan.html";

  /** The lines each page of {@code paragraphs} holds on {@code paper}, as they are printed. */
  public static List<List<String>> lines(Paper paper, List<String> paragraphs) {
    List<List<String>> pages = new ArrayList<>();
    List<String> page = new ArrayList<>();
    int room = paper.perPage();
    for (String paragraph : paragraphs) {
      if (paragraph.equals(PAGE)) {
        pages.add(page);
        page = new ArrayList<>();
        continue;
      }
      for (String line : broken(paragraph, paper.perLine())) {
        if (page.size() == room) {
          pages.add(page);
          page = new ArrayList<>();
        }
        page.add(line);
      }
    }
    pages.add(page);
    return pages;
  }

  /** The PDF of {@code paragraphs} printed on {@code paper} by {@code printer}. */
  public static byte[] print(Paper paper, Printer printer, String title, List<String> paragraphs) {
    List<List<String>> pages = lines(paper, paragraphs);
    try (PDDocument pdf = new PDDocument()) {
      COSDictionary font = ChinesePdf.font();
      for (int p = 0; p < pages.size(); p++) {
        StringBuilder content = new StringBuilder();
        float y = paper.height() - paper.margin() - paper.size();
        for (String line : pages.get(p)) {
          boolean spaced = line.startsWith(SPACED);
          String text = spaced ? line.substring(SPACED.length()) : line;
          draw(content, paper.margin(), y, text, paper.size(), spaced ? 0.7f : 0);
          y -= paper.leading();
        }
        if (printer == Printer.CHROMIUM) {
          // drawn after the page's text, as Chromium draws them: the last lines PDFBox reads
          float small = 7;
          float left = paper.margin() / 2;
          float head = paper.height() - left;
          draw(content, left, head, PRINTED, small, 0);
          draw(content, left + (PRINTED.length() + 2) * small, head, title, small, 0);
          draw(content, left, left, ADDRESS, small, 0);
          String number = (p + 1) + "/" + pages.size();
          draw(content, paper.width() - left - 3 * small, left, number, small, 0);
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

  private static final String HANGS = "。，、；：）」”！？";

  /** A paragraph's lines of at most {@code width} glyphs, a closing mark hanging past the last. */
  private static List<String> broken(String paragraph, int width) {
    if (paragraph.isEmpty() || paragraph.startsWith(SPACED)) {
      return List.of(paragraph); // a letter-spaced paragraph is one short line
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < paragraph.length()) {
      int end = Math.min(paragraph.length(), start + width);
      if (end < paragraph.length() && HANGS.indexOf(paragraph.charAt(end)) >= 0) {
        end++;
      }
      out.add(paragraph.substring(start, end));
      start = end;
    }
    return out;
  }

  /** Draws {@code line} glyph by glyph from {@code x}, {@code spacing} ems between glyphs. */
  private static void draw(
      StringBuilder content, float x, float y, String line, float size, float spacing) {
    if (line.isEmpty()) {
      return;
    }
    content.append(String.format(Locale.ROOT, "BT /F1 %.2f Tf%n", size));
    float at = x;
    for (int i = 0; i < line.length(); i++) {
      content.append(
          String.format(
              Locale.ROOT, "1 0 0 1 %.2f %.2f Tm <%04X> Tj%n", at, y, (int) line.charAt(i)));
      at += size * (1 + spacing);
    }
    content.append("ET\n");
  }
}
