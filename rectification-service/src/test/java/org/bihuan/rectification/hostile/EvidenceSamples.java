package org.bihuan.rectification.hostile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real evidence files, written here the way the programs people use write them: a PDF (PDFBox),
 * Word and Excel documents (POI), pictures (ImageIO), and the first bytes of a Windows program.
 */
public final class EvidenceSamples {

  private EvidenceSamples() {}

  public static byte[] pdf() {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.newLineAtOffset(72, 700);
        s.showText("Rectification evidence");
        s.endText();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] docx() {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("整改情况报告");
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] xlsx() {
    return workbook(new XSSFWorkbook());
  }

  public static byte[] xls() {
    return workbook(new HSSFWorkbook());
  }

  private static byte[] workbook(Workbook wb) {
    try (wb;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("台账").createRow(0).createCell(0).setCellValue("整改措施");
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small picture in ImageIO's format {@code png}, {@code jpg} or {@code gif}. */
  public static byte[] picture(String format) {
    BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(2, 2, 12, 12);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The head of a Windows program as a linker writes it: the DOS header (MZ, e_lfanew at 0x3C), the
   * DOS stub and the PE signature with an x86-64 COFF header.
   */
  public static byte[] windowsProgram() {
    byte[] b = new byte[1024];
    b[0] = 'M';
    b[1] = 'Z';
    b[0x3C] = (byte) 0x80;
    byte[] stub =
        "This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, b, 0x4E, stub.length);
    b[0x80] = 'P';
    b[0x81] = 'E';
    b[0x84] = 0x64;
    b[0x85] = (byte) 0x86;
    return b;
  }

  /** This machine's own {@code java} launcher: a real ELF program. */
  public static byte[] linuxProgram() {
    try {
      Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
      return Files.readAllBytes(java);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Real content of the kind a file name declares (pdf, docx, xlsx, xls, png, jpg/jpeg, gif), else
   * a short text.
   */
  public static byte[] forName(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "pdf" -> pdf();
      case "docx" -> docx();
      case "xlsx" -> xlsx();
      case "xls" -> xls();
      case "png" -> picture("png");
      case "jpg", "jpeg" -> picture("jpg");
      case "gif" -> picture("gif");
      default -> "x".getBytes(StandardCharsets.UTF_8);
    };
  }
}
