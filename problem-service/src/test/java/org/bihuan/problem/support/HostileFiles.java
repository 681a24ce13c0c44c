package org.bihuan.problem.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Office files built to break an importer: bombs, encrypted documents, liars, deep nesting,
 * footnotes. The PDFs are {@link HostilePdfs}.
 */
public final class HostileFiles {

  private HostileFiles() {}

  /**
   * A .docx whose document.xml inflates to about {@code megabytes} MB (3.4 MB → 63 MB in the wild).
   */
  public static byte[] docxBomb(int megabytes) {
    return zip(
        "word/document.xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
        "<w:p><w:r><w:t>问题</w:t></w:r></w:p>",
        "</w:body></w:document>",
        megabytes);
  }

  /** An .xlsx whose sharedStrings.xml holds millions of strings. */
  public static byte[] sharedStringsBomb(int megabytes) {
    return zip(
        "xl/sharedStrings.xml",
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
        "<si><t>x</t></si>",
        "</sst>",
        megabytes,
        "xl/workbook.xml",
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
  }

  /** An .xlsx whose sheet has a million tiny cells (few bytes each: under the size caps). */
  public static byte[] cellBomb() {
    return zip(
        "xl/worksheets/sheet1.xml",
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>",
        "<c/>",
        "</row></sheetData></worksheet>",
        3,
        "xl/workbook.xml",
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "</Relationships>");
  }

  /** A .docx whose document.xml declares nested entities (billion laughs). */
  public static byte[] entityBomb() {
    StringBuilder dtd =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a0 \"问题问题\">");
    for (int i = 1; i < 12; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&a").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    dtd.append(
        "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>&a11;</w:t></w:r></w:p></w:body></w:document>");
    return zip("word/document.xml", dtd.toString(), "", "", 0);
  }

  private static byte[] zip(
      String name, String head, String repeated, String tail, int megabytes, String... more) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (int i = 0; i + 1 < more.length; i += 2) {
          zip.putNextEntry(new ZipEntry(more[i]));
          zip.write(more[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(head.getBytes(StandardCharsets.UTF_8));
        if (!repeated.isEmpty()) {
          byte[] chunk = repeated.repeat(4096).getBytes(StandardCharsets.UTF_8);
          long target = (long) megabytes << 20;
          for (long written = 0; written < target; written += chunk.length) {
            zip.write(chunk);
          }
        }
        zip.write(tail.getBytes(StandardCharsets.UTF_8));
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An Office Open XML file protected with a password, as Office saves it (an OLE2 container). */
  public static byte[] encrypted(byte[] ooxml) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("整改2024");
      try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(ooxml));
          OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A .docx written by POI whose document.xml is then replaced by tables nested in table cells,
   * {@code levels} XML elements deep (three per table: w:tbl, w:tr, w:tc), around one paragraph.
   */
  public static byte[] deeplyNestedDocx(int levels) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>");
    int tables = levels / 3;
    xml.append("<w:tbl><w:tr><w:tc>".repeat(tables));
    xml.append("<w:p><w:r><w:t>一、存在的问题</w:t></w:r></w:p>");
    xml.append("</w:tc></w:tr></w:tbl>".repeat(tables));
    xml.append("</w:body></w:document>");
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream word = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("一、存在的问题");
      doc.write(word);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(word.toByteArray()));
          ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
          zip.putNextEntry(new ZipEntry(entry.getName()));
          zip.write(
              entry.getName().equals("word/document.xml")
                  ? xml.toString().getBytes(StandardCharsets.UTF_8)
                  : in.readAllBytes());
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A .docx written by POI, then given a document.xml of {@code documentParagraphs} paragraphs and
   * a footnotes.xml of {@code footnotes} footnotes (with its relationship and content type, as Word
   * writes them), each paragraph holding {@code text}: every part stays under the one-part cap
   * while the parts together do not.
   */
  public static byte[] docxWithFootnotes(int documentParagraphs, int footnotes, String text) {
    String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    // each paragraph ends in a few letters of its own, so that the parts compress no better than
    // Word's own (POI refuses an entry that inflates more than a hundredfold as a ZIP bomb)
    java.util.Random letters = new java.util.Random(7);
    java.util.function.Supplier<String> paragraph =
        () -> {
          StringBuilder p = new StringBuilder("<w:p><w:r><w:t>").append(text);
          for (int i = 0; i < 4; i++) {
            p.append((char) ('a' + letters.nextInt(26)));
          }
          return p.append("</w:t></w:r></w:p>").toString();
        };
    StringBuilder document =
        new StringBuilder("<w:document " + w + "><w:body>")
            .append("<w:p><w:r><w:t>一、存在的问题</w:t></w:r></w:p>");
    for (int i = 0; i < documentParagraphs; i++) {
      document.append(paragraph.get());
    }
    document.append("</w:body></w:document>");
    StringBuilder notes = new StringBuilder("<w:footnotes " + w + ">");
    for (int i = 1; i <= footnotes; i++) {
      notes.append("<w:footnote w:id=\"").append(i).append("\">").append(paragraph.get());
      notes.append("</w:footnote>");
    }
    notes.append("</w:footnotes>");
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream word = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("一、存在的问题");
      doc.write(word);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      boolean rels = false;
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(word.toByteArray()));
          ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
          String name = entry.getName();
          String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          zip.putNextEntry(new ZipEntry(name));
          if (name.equals("word/document.xml")) {
            xml = document.toString();
          } else if (name.equals("[Content_Types].xml") && footnotes > 0) {
            xml =
                xml.replace(
                    "</Types>",
                    "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
                        + "</Types>");
          } else if (name.equals("word/_rels/document.xml.rels") && footnotes > 0) {
            xml =
                xml.replace(
                    "</Relationships>",
                    "<Relationship Id=\"rIdNotes\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
                        + "</Relationships>");
          }
          zip.write(xml.getBytes(StandardCharsets.UTF_8));
          rels |= name.equals("word/_rels/document.xml.rels");
        }
        if (!rels && footnotes > 0) {
          zip.putNextEntry(new ZipEntry("word/_rels/document.xml.rels"));
          zip.write(
              ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      + "<Relationship Id=\"rIdNotes\" Type=\"http://schemas.openxmlformats.org/"
                      + "officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
                      + "</Relationships>")
                  .getBytes(StandardCharsets.UTF_8));
        }
        if (footnotes > 0) {
          zip.putNextEntry(new ZipEntry("word/footnotes.xml"));
          zip.write(notes.toString().getBytes(StandardCharsets.UTF_8));
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A .xls written by POI HSSF: a visible sheet of one problem and a hidden sheet of {@code rows}
   * rows of 256 blank cells, which HSSF writes as MULBLANK records (about two bytes a cell) and
   * still builds an object for, cell by cell, when it loads the workbook.
   */
  public static byte[] xlsWithBlankRows(int rows) {
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
        new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      var visible = wb.createSheet("问题清单");
      var head = visible.createRow(0);
      head.createCell(0).setCellValue("存在问题");
      head.createCell(1).setCellValue("整改措施");
      var row = visible.createRow(1);
      row.createCell(0).setCellValue("台账登记不完整");
      row.createCell(1).setCellValue("补齐台账");
      var blanks = wb.createSheet("空白");
      for (int r = 0; r < rows; r++) {
        var blank = blanks.createRow(r);
        for (int c = 0; c < 256; c++) {
          blank.createCell(c);
        }
      }
      wb.setSheetHidden(1, true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first half of a file: an upload cut off. */
  public static byte[] truncated(byte[] file) {
    return Arrays.copyOf(file, file.length / 2);
  }
}
