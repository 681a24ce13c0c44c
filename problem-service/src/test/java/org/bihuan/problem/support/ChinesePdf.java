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
 * needed to write it and its text reads back exactly as given.
 */
public final class ChinesePdf {

  private ChinesePdf() {}

  /** A PDF of the given pages, each a list of lines written top down. */
  public static byte[] of(List<List<String>> pages) {
    try (PDDocument pdf = new PDDocument()) {
      COSDictionary font = font();
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDResources resources = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        page.setResources(resources);
        StringBuilder content = new StringBuilder();
        float y = 800;
        for (String line : lines) {
          content.append("BT /F1 12 Tf 1 0 0 1 60 ").append(y).append(" Tm <");
          for (char c : line.toCharArray()) {
            content.append(String.format("%04X", (int) c));
          }
          content.append("> Tj ET\n");
          y -= 20;
        }
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

  private static COSDictionary font() {
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
