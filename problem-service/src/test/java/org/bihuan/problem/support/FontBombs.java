package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs whose font programs are hostile: many cmap groups, zeros, or any program given. */
public final class FontBombs {

  private FontBombs() {}

  /** PDFBox's own TrueType font (Liberation Sans), shipped inside PDFBox. */
  public static byte[] liberationSans() {
    try (InputStream in =
        PDDocument.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Liberation Sans with its cmap table replaced by one of a format-12 subtable of {@code groups}
   * groups each spanning codes 0x20–0xFFFF.
   */
  public static byte[] fontWithCmapGroups(int groups) {
    byte[] font = liberationSans();
    ByteBuffer f = ByteBuffer.wrap(font);
    int tables = f.getShort(4) & 0xFFFF;
    ByteBuffer cmap = ByteBuffer.allocate(12 + 16 + groups * 12);
    cmap.putShort((short) 0).putShort((short) 1);
    cmap.putShort((short) 3).putShort((short) 10).putInt(12);
    cmap.putShort((short) 12).putShort((short) 0).putInt(16 + groups * 12).putInt(0);
    cmap.putInt(groups);
    for (int i = 0; i < groups; i++) {
      cmap.putInt(0x20).putInt(0xFFFF).putInt(1);
    }
    int offset = (font.length + 3) / 4 * 4;
    byte[] out = Arrays.copyOf(font, offset + cmap.capacity());
    System.arraycopy(cmap.array(), 0, out, offset, cmap.capacity());
    ByteBuffer o = ByteBuffer.wrap(out);
    for (int i = 0; i < tables; i++) {
      int record = 12 + i * 16;
      if (new String(out, record, 4, StandardCharsets.ISO_8859_1).equals("cmap")) {
        o.putInt(record + 8, offset);
        o.putInt(record + 12, cmap.capacity());
      }
    }
    return out;
  }

  /**
   * A PDF as {@link #pdfWithFontProgram} whose font program is {@code megabytes} MB of zeros: a few
   * hundred kilobytes once compressed.
   */
  public static byte[] pdfWithZerosAsFontProgram(int megabytes) {
    return pdfWithFontProgram(
        out -> {
          byte[] mb = new byte[1 << 20];
          for (int i = 0; i < megabytes; i++) {
            out.write(mb);
          }
        },
        (long) megabytes << 20);
  }

  private interface Program {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * A one-page PDF written by PDFBox that shows "1. 问题" in Helvetica and "Problem" in a TrueType
   * font whose embedded program (FontFile2, compressed) is {@code program}.
   */
  public static byte[] pdfWithFontProgram(byte[] program) {
    return pdfWithFontProgram(out -> out.write(program), program.length);
  }

  private static byte[] pdfWithFontProgram(Program program, long length) {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      COSStream file = pdf.getDocument().createCOSStream();
      // compressed here, a megabyte at a time: PDFBox would hold the whole program to compress it
      ByteArrayOutputStream deflated = new ByteArrayOutputStream();
      try (OutputStream out = new java.util.zip.DeflaterOutputStream(deflated)) {
        program.writeTo(out);
      }
      try (OutputStream out = file.createRawOutputStream()) {
        deflated.writeTo(out);
      }
      file.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      file.setLong(COSName.LENGTH1, length);
      COSDictionary descriptor = new COSDictionary();
      descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
      descriptor.setName(COSName.FONT_NAME, "Hostile");
      descriptor.setInt(COSName.FLAGS, 32);
      COSArray box = new COSArray();
      for (int v : new int[] {0, -200, 1000, 900}) {
        box.add(COSInteger.get(v));
      }
      descriptor.setItem(COSName.FONT_BBOX, box);
      descriptor.setInt(COSName.ASCENT, 900);
      descriptor.setInt(COSName.DESCENT, -200);
      descriptor.setInt(COSName.CAP_HEIGHT, 700);
      descriptor.setInt(COSName.ITALIC_ANGLE, 0);
      descriptor.setInt(COSName.STEM_V, 80);
      descriptor.setItem(COSName.FONT_FILE2, file);
      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
      font.setName(COSName.BASE_FONT, "Hostile");
      font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
      font.setItem(COSName.FONT_DESC, descriptor);
      PDResources resources = new PDResources();
      page.setResources(resources);
      PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      COSName hostile = COSName.getPDFName("F9");
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(helvetica, 12);
        content.newLineAtOffset(50, 700);
        content.showText("1. Problem");
        content.endText();
      }
      COSDictionary fonts =
          (COSDictionary) resources.getCOSObject().getDictionaryObject(COSName.FONT);
      fonts.setItem(hostile, font);
      COSStream more = pdf.getDocument().createCOSStream();
      try (OutputStream out = more.createOutputStream()) {
        out.write("BT /F9 12 Tf 50 650 Td (Problem two) Tj ET".getBytes(StandardCharsets.US_ASCII));
      }
      COSArray contents = new COSArray();
      contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
      contents.add(more);
      page.getCOSObject().setItem(COSName.CONTENTS, contents);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
