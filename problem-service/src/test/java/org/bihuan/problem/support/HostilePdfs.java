package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Hostile PDFs written by PDFBox: scanned pages, encryption, odd content streams, ToUnicode ranges
 * and nested forms.
 */
public final class HostilePdfs {

  private HostilePdfs() {}

  /** A scanned page: a PDF holding only a picture. */
  public static byte[] scannedPdf() {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      java.awt.image.BufferedImage scan =
          new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < 200; x++) {
        scan.setRGB(x, 50, 0xFFFFFF);
      }
      PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.drawImage(image, 50, 500);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF that opens only with a password. */
  public static byte[] encryptedPdf() {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(50, 700);
        content.showText("1. Problem");
        content.endText();
      }
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A one-page PDF written by PDFBox whose page shows {@code glyphs} glyphs with one text operator
   * (a few kilobytes compressed; PDFBox keeps an object per glyph while it reads the page).
   */
  public static byte[] pdfShowing(int glyphs) {
    return pdf(
        content -> {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1);
          content.newLineAtOffset(10, 700);
          content.showText("ab".repeat(glyphs / 2));
          content.endText();
        });
  }

  /**
   * A one-page PDF written by PDFBox whose content stream decompresses to {@code megabytes} MB: one
   * line of text, then spaces (a few kilobytes compressed).
   */
  public static byte[] pdfWithContentOf(int megabytes) {
    return pdf(
        content -> {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          content.newLineAtOffset(50, 700);
          content.showText("1. Problem");
          content.endText();
          String spaces = " ".repeat(1 << 16);
          for (int i = 0; i < megabytes * 16; i++) {
            content.appendRawCommands(spaces);
          }
        });
  }

  private interface Drawing {
    void draw(PDPageContentStream content) throws IOException;
  }

  private static byte[] pdf(Drawing drawing) {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        drawing.draw(content);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A one-page PDF written by PDFBox whose font carries a /ToUnicode character map (a compressed
   * stream) of {@code ranges} {@code bfrange} lines of 4-byte codes, each covering 256 codes, as
   * the outside tester's tounicode.pdf does: a few kilobytes that PDFBox would expand to 256
   * entries a line.
   */
  public static byte[] pdfWithToUnicodeRanges(int ranges) {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      StringBuilder cmap =
          new StringBuilder(
              "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def"
                  + " /CMapType 2 def\n1 begincodespacerange <00000000> <FFFFFFFF>"
                  + " endcodespacerange\n");
      for (int done = 0; done < ranges; ) {
        int k = Math.min(100, ranges - done);
        cmap.append(k).append(" beginbfrange\n");
        for (int i = 0; i < k; i++, done++) {
          cmap.append(String.format("<%06X00> <%06XFF> <4E00>%n", done, done));
        }
        cmap.append("endbfrange\n");
      }
      cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
      org.apache.pdfbox.cos.COSStream toUnicode = pdf.getDocument().createCOSStream();
      try (OutputStream out =
          toUnicode.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
        out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
      }
      font.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, toUnicode);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(50, 700);
        content.showText("1. Problem");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A one-page PDF written by PDFBox whose page shows a line of text and draws a form that draws
   * the next form four times, {@code depth} levels deep (4^depth drawings, no glyphs), as the
   * outside tester's forms.pdf does.
   */
  public static byte[] pdfOfNestedForms(int depth) {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form = null;
      for (int level = 0; level < depth; level++) {
        var next = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(pdf);
        next.setBBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(612, 792));
        org.apache.pdfbox.pdmodel.PDResources resources =
            new org.apache.pdfbox.pdmodel.PDResources();
        next.setResources(resources);
        String drawing;
        if (form == null) {
          drawing = "0 0 m 1 1 l S";
        } else {
          String name = resources.add(form).getName();
          drawing = ("q /" + name + " Do Q ").repeat(4);
        }
        try (OutputStream out = next.getContentStream().createOutputStream()) {
          out.write(drawing.getBytes(StandardCharsets.US_ASCII));
        }
        form = next;
      }
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(50, 700);
        content.showText("1. Problem");
        content.endText();
        content.drawForm(form);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
