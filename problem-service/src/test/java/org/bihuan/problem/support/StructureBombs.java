package org.bihuan.problem.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Files whose inner structure, not their size, is built to exhaust a parser: a Word 97 document
 * with a huge piece table or bin tables pointing a million times at one page, workbooks and
 * documents with tens of thousands of styles. Each is a real file (a committed Word document, a
 * workbook or document written by POI) with one table rewritten. Workbooks with many sheets or
 * strings are {@link SheetBombs}; PDFs whose fonts carry huge programs or character maps are {@link
 * FontBombs}.
 */
public final class StructureBombs {

  private StructureBombs() {}

  /** The committed Word 97 document the .doc bombs start from (written by Word-compatible WPS). */
  public static byte[] wordDocument() {
    try (InputStream in =
        StructureBombs.class.getResourceAsStream("/formats/tasklist-blank-doc.doc")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The FIB's pair index of the piece table (CLX) and of the character runs' bin table. */
  private static final int CLX = 33;

  private static final int PLCF_BTE_CHPX = 12;

  private static final int PLCF_SED = 6;

  private static final int PLCF_BTE_PAPX = 13;

  /**
   * The committed Word document with its piece table replaced by {@code pieces} pieces of {@code
   * charsEach} characters each, all read from where its first piece's text is.
   */
  public static byte[] docWithPieces(int pieces, int charsEach) {
    return rewriteDoc(
        (main, table) -> {
          int pair = fibPair(main, CLX);
          int fc = main.getInt(pair);
          int lcb = main.getInt(pair + 4);
          // the first piece descriptor of the original table, after its Prc entries
          int at = fc;
          while (table.get(at) == 0x01) {
            at += 3 + table.getShort(at + 1);
          }
          int plc = table.getInt(at + 1);
          int n = (plc - 4) / 12;
          byte[] pcd = new byte[8];
          table.get(at + 5 + (n + 1) * 4, pcd);
          ByteBuffer clx = little(5 + (pieces + 1) * 4 + pieces * 8);
          clx.put((byte) 0x02).putInt((pieces + 1) * 4 + pieces * 8);
          for (int i = 0; i <= pieces; i++) {
            clx.putInt(i * charsEach);
          }
          for (int i = 0; i < pieces; i++) {
            clx.put(pcd);
          }
          return new Change(CLX, clx.array(), null);
        });
  }

  /**
   * The committed Word document with a page of 101 character runs appended to its main stream and a
   * character bin table of {@code entries} entries all pointing at that page.
   */
  public static byte[] docWithRunPages(int entries) {
    return rewriteDoc(
        (main, table) -> {
          int pageNumber = (main.capacity() + 511) / 512;
          ByteBuffer page = little(512);
          for (int i = 0; i <= 101; i++) {
            page.putInt(0x800 + i * 2);
          }
          page.put(511, (byte) 101);
          ByteBuffer bte = little((entries + 1) * 4 + entries * 4);
          for (int i = 0; i <= entries; i++) {
            bte.putInt(0x800 + Math.min(i, 1) * 202);
          }
          for (int i = 0; i < entries; i++) {
            bte.putInt(pageNumber);
          }
          return new Change(PLCF_BTE_CHPX, bte.array(), page.array());
        });
  }

  /**
   * The committed Word document with section properties (SEPX) of {@code sepxBytes} bytes appended
   * to its main stream and a section table of {@code sections} sections all pointing at them.
   */
  public static byte[] docWithSections(int sections, int sepxBytes) {
    return rewriteDoc(
        (main, table) -> {
          int fcSepx = (main.capacity() + 511) / 512 * 512;
          int textEnd = main.getInt(0x4C);
          ByteBuffer sepx = little(2 + sepxBytes).putShort((short) sepxBytes);
          while (sepx.remaining() >= 3) {
            // sprmSBkc (section break kind): 0x3009, one byte
            sepx.put((byte) 0x09).put((byte) 0x30).put((byte) 0x02);
          }
          ByteBuffer sed = little((sections + 1) * 4 + sections * 12);
          for (int i = 0; i <= sections; i++) {
            sed.putInt(i < sections ? Math.min(i, textEnd - 1) : textEnd);
          }
          for (int i = 0; i < sections; i++) {
            sed.putShort((short) 0).putInt(fcSepx).putShort((short) 0).putInt(0);
          }
          return new Change(PLCF_SED, sed.array(), sepx.array());
        });
  }

  /**
   * The committed Word document with a data stream holding one "huge" paragraph property list of
   * 32,000 bytes, a page of 29 paragraph runs appended to its main stream whose properties all
   * point at it (sprmPHugePapx), and a paragraph bin table of {@code entries} entries all pointing
   * at that page.
   */
  public static byte[] docWithHugeParagraphs(int entries) {
    return rewriteDoc(
        (main, table) -> {
          int pageNumber = (main.capacity() + 511) / 512;
          ByteBuffer page = little(512);
          for (int i = 0; i <= 29; i++) {
            page.putInt(0x800 + i * 2);
          }
          for (int i = 0; i < 29; i++) {
            page.put((byte) (498 / 2)).put(new byte[12]);
          }
          // PapxInFkp: cb = 0, cb' = 4, then istd 0 and sprmPHugePapx (0x6646) at data offset 0
          page.position(498);
          page.put((byte) 0).put((byte) 4).putShort((short) 0).putShort((short) 0x6646).putInt(0);
          page.put(511, (byte) 29);
          ByteBuffer bte = little((entries + 1) * 4 + entries * 4);
          for (int i = 0; i <= entries; i++) {
            bte.putInt(0x800 + Math.min(i, 1) * 58);
          }
          for (int i = 0; i < entries; i++) {
            bte.putInt(pageNumber);
          }
          ByteBuffer data = little(2 + 32_000 + 16).putShort((short) 32_000);
          return new Change(PLCF_BTE_PAPX, bte.array(), page.array(), data.array());
        });
  }

  /** The committed Word document with its piece table pointing past the end of its table stream. */
  public static byte[] docWithPieceTableOutside() {
    return rewriteDoc(
        (main, table) -> {
          int pair = fibPair(main, CLX);
          main.putInt(pair, table.capacity() + 1000);
          return null;
        });
  }

  private record Change(int pair, byte[] tableData, byte[] mainPage, byte[] dataStream) {
    Change(int pair, byte[] tableData, byte[] mainPage) {
      this(pair, tableData, mainPage, null);
    }
  }

  private interface DocRewrite {
    Change apply(ByteBuffer main, ByteBuffer table);
  }

  private static int fibPair(ByteBuffer main, int index) {
    int csw = main.getShort(32) & 0xFFFF;
    int lw = 34 + csw * 2;
    int cslw = main.getShort(lw) & 0xFFFF;
    return lw + 2 + cslw * 4 + 2 + index * 8;
  }

  static ByteBuffer little(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] rewriteDoc(DocRewrite rewrite) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(wordDocument()))) {
      byte[] mainBytes = read(fs, "WordDocument");
      ByteBuffer main = little(mainBytes.length).put(mainBytes);
      String tableName = (main.getShort(0x0A) & 0x0200) != 0 ? "1Table" : "0Table";
      byte[] tableBytes = read(fs, tableName);
      ByteBuffer table = little(tableBytes.length).put(tableBytes);
      Change change = rewrite.apply(main, table);
      byte[] newMain = main.array();
      byte[] newTable = table.array();
      if (change != null) {
        int pair = fibPair(main, change.pair());
        main.putInt(pair, newTable.length);
        main.putInt(pair + 4, change.tableData().length);
        newTable = Arrays.copyOf(newTable, newTable.length + change.tableData().length);
        System.arraycopy(
            change.tableData(), 0, newTable, tableBytes.length, change.tableData().length);
        newMain = main.array();
        if (change.mainPage() != null) {
          int start = (newMain.length + 511) / 512 * 512;
          newMain = Arrays.copyOf(newMain, start + change.mainPage().length);
          System.arraycopy(change.mainPage(), 0, newMain, start, change.mainPage().length);
        }
      }
      if (change != null && change.dataStream() != null) {
        fs.getRoot().createOrUpdateDocument("Data", new ByteArrayInputStream(change.dataStream()));
      }
      fs.getRoot().createOrUpdateDocument("WordDocument", new ByteArrayInputStream(newMain));
      fs.getRoot().createOrUpdateDocument(tableName, new ByteArrayInputStream(newTable));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(POIFSFileSystem fs, String name) throws IOException {
    try (InputStream in = fs.createDocumentInputStream(name)) {
      return in.readAllBytes();
    }
  }

  /**
   * {@code ooxml} (a .xlsx or .docx written by POI) with its styles part ({@code part}) replaced by
   * one holding {@code entries} cell formats (.xlsx) or paragraph styles (.docx).
   */
  public static byte[] withStyles(byte[] ooxml, String part, int entries) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    if (part.startsWith("xl/")) {
      xml.append(
              "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  + "<fonts count=\"1\"><font><sz val=\"11\"/></font></fonts>"
                  + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                  + "<borders count=\"1\"><border/></borders>"
                  + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"")
          .append(entries)
          .append("\">");
      xml.append("<xf numFmtId=\"0\"/>".repeat(entries));
      xml.append("</cellXfs></styleSheet>");
    } else {
      xml.append(
          "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
      for (int i = 0; i < entries; i++) {
        xml.append("<w:style w:type=\"paragraph\" w:styleId=\"s").append(i).append("\"/>");
      }
      xml.append("</w:styles>");
    }
    byte[] styles = xml.toString().getBytes(StandardCharsets.UTF_8);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ooxml))) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      boolean replaced = false;
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          out.putNextEntry(new ZipEntry(e.getName()));
          if (e.getName().equals(part)) {
            out.write(styles);
            replaced = true;
          } else {
            in.transferTo(out);
          }
          out.closeEntry();
        }
        if (!replaced) {
          out.putNextEntry(new ZipEntry(part));
          out.write(styles);
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
