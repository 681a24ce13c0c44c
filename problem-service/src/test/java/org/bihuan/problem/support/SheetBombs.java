package org.bihuan.problem.support;

import static org.bihuan.problem.support.StructureBombs.little;
import static org.bihuan.problem.support.StructureBombs.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Excel files whose structure is far larger than their cells: many sheets, huge shared-string
 * tables.
 */
public final class SheetBombs {

  private SheetBombs() {}

  /**
   * A workbook written by POI ({@code xlsx}: XSSF, otherwise HSSF) of {@code sheets} sheets, the
   * first holding one problem, the others empty.
   */
  public static byte[] workbookWithSheets(int sheets, boolean xlsx) {
    try (org.apache.poi.ss.usermodel.Workbook wb =
        xlsx ? new org.apache.poi.xssf.usermodel.XSSFWorkbook() : new HSSFWorkbook()) {
      var sheet = wb.createSheet("问题清单");
      var head = sheet.createRow(0);
      head.createCell(0).setCellValue("存在问题");
      head.createCell(1).setCellValue("整改措施");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("台账登记不完整");
      row.createCell(1).setCellValue("补齐台账");
      for (int i = 1; i < sheets; i++) {
        wb.createSheet("S" + i);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A .xls written by POI (a sheet of one problem) whose shared-string table is replaced by one of
   * {@code strings} one-character strings, spread over CONTINUE records as Excel writes them, and
   * whose header claims {@code claimed} strings.
   */
  public static byte[] xlsWithSharedStrings(int strings, long claimed) {
    return xlsWithSharedStrings(strings, claimed, 1);
  }

  /** As above, each string {@code charsEach} characters long. */
  public static byte[] xlsWithSharedStrings(int strings, long claimed, int charsEach) {
    byte[] workbook;
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      var sheet = wb.createSheet("问题清单");
      var head = sheet.createRow(0);
      head.createCell(0).setCellValue("存在问题");
      head.createCell(1).setCellValue("整改措施");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("台账登记不完整");
      row.createCell(1).setCellValue("补齐台账");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      workbook = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(workbook))) {
      byte[] stream = read(fs, "Workbook");
      ByteBuffer in = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int at = 0;
      boolean inSst = false;
      while (at + 4 <= stream.length) {
        int sid = in.getShort(at) & 0xFFFF;
        int length = in.getShort(at + 2) & 0xFFFF;
        if (sid == 0x00FC) {
          inSst = true;
          out.writeBytes(sst(strings, claimed, charsEach));
        } else if (!(inSst && sid == 0x003C)) {
          inSst = false;
          out.write(stream, at, 4 + length);
        }
        at += 4 + length;
      }
      fs.getRoot().createOrUpdateDocument("Workbook", new ByteArrayInputStream(out.toByteArray()));
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      fs.writeFilesystem(file);
      return file.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An SST record and its CONTINUE records: {@code cch grbit=0} and {@code cch} letters for each
   * string, none split across records.
   */
  private static byte[] sst(int strings, long claimed, int charsEach) {
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    ByteBuffer body = little(8224);
    body.putInt((int) Math.min(claimed, Integer.MAX_VALUE))
        .putInt((int) Math.min(claimed, Integer.MAX_VALUE));
    int sid = 0x00FC;
    for (int i = 0; i < strings; i++) {
      if (body.remaining() < 3 + charsEach) {
        flush(records, sid, body);
        sid = 0x003C;
      }
      body.putShort((short) charsEach).put((byte) 0);
      for (int k = 0; k < charsEach; k++) {
        body.put((byte) ('a' + (i + k) % 26));
      }
    }
    flush(records, sid, body);
    return records.toByteArray();
  }

  private static void flush(ByteArrayOutputStream records, int sid, ByteBuffer body) {
    ByteBuffer header = little(4).putShort((short) sid).putShort((short) body.position());
    records.writeBytes(header.array());
    records.write(body.array(), 0, body.position());
    body.clear();
  }
}
