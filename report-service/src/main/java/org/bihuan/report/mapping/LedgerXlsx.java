package org.bihuan.report.mapping;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the ledger as an .xlsx workbook with POI's streaming SXSSF: only the last {@value #WINDOW}
 * rows stay in memory, older ones go to a temporary file, so a 200,000-row export runs in constant
 * memory.
 */
public final class LedgerXlsx implements AutoCloseable {

  static final int WINDOW = 100;
  private static final int[] WIDTHS = {
    6, 14, 20, 18, 40, 40, 20, 10, 10, 14, 10, 8, 8, 18, 14, 16, 16, 18, 10
  };

  private final SXSSFWorkbook workbook = new FastZipWorkbook(WINDOW);
  private final Sheet sheet;
  private final OutputStream out;
  private final CellStyle date;
  private final CellStyle dateTime;
  private final Map<String, CellStyle> noteStyles = new HashMap<>();
  private static final int MAX_NOTE_STYLES = 2_000;
  private int next;

  public LedgerXlsx(OutputStream out) {
    this.out = out;
    sheet = workbook.createSheet("整改台账");
    for (int i = 0; i < WIDTHS.length; i++) {
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row header = sheet.createRow(next++);
    for (int i = 0; i < LedgerColumns.HEADERS.size(); i++) {
      header.createCell(i).setCellValue(LedgerColumns.HEADERS.get(i));
      header.getCell(i).setCellStyle(bold);
    }
    sheet.createFreezePane(0, 1);
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    dateTime = workbook.createCellStyle();
    dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
  }

  /**
   * One row: 序号 as a whole number, 整改时限 and 销号时间 as date cells (an extended deadline is the new
   * date, its note shown by the cell's format, so the column still sorts by date), the rest as text
   * cells, which a spreadsheet never evaluates and which keep ids such as 007 or -OA-7 as written.
   */
  public void row(Object[] cells) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < cells.length; i++) {
      Cell cell = row.createCell(i);
      Object v = cells[i];
      if (v instanceof Long n) {
        cell.setCellValue(n.doubleValue());
      } else if (v instanceof LedgerColumns.TimeLimit t) {
        CellStyle style = t.note() == null ? date : extendedDate(t.note());
        if (style == null) {
          cell.setCellValue(t.toString());
        } else {
          cell.setCellValue(t.date());
          cell.setCellStyle(style);
        }
      } else if (v instanceof LocalDateTime t) {
        cell.setCellValue(t);
        cell.setCellStyle(dateTime);
      } else {
        cell.setCellValue(LedgerColumns.text(v));
      }
    }
  }

  /**
   * The style of a deadline extended from another date: the date, then the note as literal text of
   * the number format. Few distinct original deadlines occur; past {@value #MAX_NOTE_STYLES} of
   * them the cell is written as text rather than filling the workbook's style table.
   */
  private CellStyle extendedDate(String note) {
    CellStyle style = noteStyles.get(note);
    if (style == null && noteStyles.size() < MAX_NOTE_STYLES) {
      style = workbook.createCellStyle();
      style.setDataFormat(
          workbook.createDataFormat().getFormat("yyyy-mm-dd\"" + note.replace("\"", "") + "\""));
      noteStyles.put(note, style);
    }
    return style;
  }

  /**
   * Zips the finished workbook with the fastest deflate level: a 200,000-row sheet is about 100 MB
   * of XML, and the default level spends most of an export's time compressing it for a file only a
   * little smaller.
   */
  private static final class FastZipWorkbook extends SXSSFWorkbook {
    FastZipWorkbook(int window) {
      super(window);
    }

    @Override
    protected org.apache.poi.xssf.streaming.SheetDataWriter createSheetDataWriter()
        throws IOException {
      return new WholeNumberWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
      zip.setLevel(Deflater.BEST_SPEED);
      return zip;
    }
  }

  /**
   * POI writes every number as Java prints a double ({@code <v>1.0</v>}), which readers such as
   * openpyxl take for a float; whole numbers (序号) are written as {@code <v>1</v>} instead. Only
   * unstyled cells are written here; anything else goes through POI unchanged.
   */
  private static final class WholeNumberWriter
      extends org.apache.poi.xssf.streaming.SheetDataWriter {
    WholeNumberWriter() throws IOException {
      super();
    }

    @Override
    public void writeCell(int column, org.apache.poi.ss.usermodel.Cell cell) throws IOException {
      if (cell != null
          && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
          && cell.getCellStyle().getIndex() == 0) {
        double v = cell.getNumericCellValue();
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
          String ref =
              new org.apache.poi.ss.util.CellReference(cell.getRowIndex(), column)
                  .formatAsString(false);
          _out.write("<c r=\"" + ref + "\" t=\"n\"><v>" + (long) v + "</v></c>");
          return;
        }
      }
      super.writeCell(column, cell);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }
}
