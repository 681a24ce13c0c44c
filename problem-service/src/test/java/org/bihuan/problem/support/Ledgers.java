package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Rectification tables as units keep them, written as real files by POI: a {@link Table} (rows,
 * merges, width) into .xlsx, .xls or .docx. {@link LedgerLayouts} lays a model of problems and
 * measures out into a table.
 */
public final class Ledgers {

  private Ledgers() {}

  /** A laid-out table: cell values (String, Number, LocalDate or null) and merged areas. */
  public record Table(String name, List<List<Object>> rows, List<int[]> merges, int width) {}

  static List<Object> across(int width, String text) {
    List<Object> row = blank(width);
    row.set(0, text);
    return row;
  }

  static List<Object> blank(int width) {
    List<Object> row = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      row.add(null);
    }
    return row;
  }

  // --- writers ---

  public static byte[] xlsx(List<Table> sheets) {
    return workbook(new XSSFWorkbook(), sheets, List.of());
  }

  public static byte[] xls(List<Table> sheets) {
    return workbook(new HSSFWorkbook(), sheets, List.of());
  }

  /** A workbook; the sheets named in {@code hidden} are hidden. */
  public static byte[] workbook(Workbook wb, List<Table> sheets, List<String> hidden) {
    try (wb) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
      for (Table t : sheets) {
        Sheet sheet = wb.createSheet(t.name());
        for (int r = 0; r < t.rows().size(); r++) {
          Row row = sheet.createRow(r);
          List<Object> values = t.rows().get(r);
          for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof LocalDate d) {
              cell.setCellValue(d);
              cell.setCellStyle(date);
            } else if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else {
              cell.setCellValue(v.toString());
            }
          }
        }
        for (int[] m : t.merges()) {
          sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
        }
        if (hidden.contains(t.name())) {
          wb.setSheetHidden(wb.getSheetIndex(sheet), true);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A .docx: the paragraphs, then the table with Word's merges (vMerge restart/continue for
   * vertical areas, gridSpan for rows merged across). Dates are written as text (2024年9月30日).
   */
  public static byte[] docx(List<String> paragraphs, Table t) {
    List<Object> parts = new ArrayList<>(paragraphs);
    parts.add(t);
    return docx(parts);
  }

  /**
   * The table as a task list in Word ({@code "docx"}: the title, then the table) or as a ledger's
   * only sheet ({@code "xlsx"}).
   */
  public static byte[] docxOrXlsx(String format, String title, Table t) {
    return format.equals("docx") ? docx(List.of(title, t)) : xlsx(List.of(t));
  }

  /** A table's row of cells, null for an empty one. */
  public static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /** A .docx of paragraphs (strings) and tables ({@link Table}) in the order given. */
  public static byte[] docx(List<Object> parts) {
    try (XWPFDocument document = new XWPFDocument()) {
      for (Object part : parts) {
        if (part instanceof Table t) {
          table(document, t);
        } else {
          document.createParagraph().createRun().setText(part.toString());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(XWPFDocument document, Table t) {
    {
      XWPFTable table = document.createTable(t.rows().size(), t.width());
      for (int r = 0; r < t.rows().size(); r++) {
        XWPFTableRow row = table.getRow(r);
        List<Object> values = t.rows().get(r);
        for (int c = 0; c < t.width(); c++) {
          Object v = values.get(c);
          row.getCell(c).setText(text(v));
        }
      }
      List<int[]> across = new ArrayList<>();
      for (int[] m : t.merges()) {
        if (m[0] == m[1]) {
          across.add(m);
          continue;
        }
        for (int r = m[0]; r <= m[1]; r++) {
          XWPFTableCell cell = table.getRow(r).getCell(m[2]);
          CTTcPr pr =
              cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
          pr.addNewVMerge().setVal(r == m[0] ? STMerge.RESTART : STMerge.CONTINUE);
          if (r > m[0]) {
            cell.removeParagraph(0);
            cell.addParagraph();
          }
        }
      }
      for (int[] m : across) {
        XWPFTableRow row = table.getRow(m[0]);
        XWPFTableCell first = row.getCell(m[2]);
        CTTcPr pr =
            first.getCTTc().isSetTcPr() ? first.getCTTc().getTcPr() : first.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(m[3] - m[2] + 1));
        for (int c = m[3]; c > m[2]; c--) {
          row.removeCell(c);
        }
      }
    }
  }

  public static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof LocalDate d) {
      return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
    return v.toString();
  }
}
