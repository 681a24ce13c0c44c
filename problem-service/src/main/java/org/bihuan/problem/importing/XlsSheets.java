package org.bihuan.problem.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.bihuan.platform.problem.ApiProblem;

/**
 * The visible worksheets of a legacy Excel workbook (.xls, BIFF8) through POI HSSF. HSSF builds an
 * object for every cell of every sheet, and BIFF stores a run of blank or number cells as one
 * record of about two bytes a cell (MULBLANK, MULRK): a 10 MB file can hold five million cells. So
 * the cells and rows are counted from the record stream, one record at a time, before HSSF builds
 * anything, and a workbook over the cell cap is refused as for .xlsx (docs/decisions/0184).
 */
final class XlsSheets {

  private XlsSheets() {}

  static WorkbookSheets read(POIFSFileSystem fs, ImportLimits limits) throws IOException {
    List<Grid> grids = new ArrayList<>();
    List<WorkbookSheets.Hidden> hidden = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    countRecords(fs, limits);
    long cells = 0;
    try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
      boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
          hidden.add(
              new WorkbookSheets.Hidden(workbook.getSheetName(s), workbook.isSheetVeryHidden(s)));
          continue;
        }
        Sheet sheet = workbook.getSheetAt(s);
        SheetCells out = new SheetCells(workbook.getSheetName(s), date1904);
        for (Row row : sheet) {
          if (row.getZeroHeight()) {
            out.hideRow(row.getRowNum());
          }
          for (Cell cell : row) {
            if (++cells > limits.maxCells()) {
              throw limits.tooLarge("The workbook holds more than " + limits.maxCells() + " cells");
            }
            if (isError(cell)) {
              out.error(row.getRowNum(), cell.getColumnIndex(), errorCode(cell));
            }
            out.put(
                row.getRowNum(), cell.getColumnIndex(), text(cell, date1904), isPlainNumber(cell));
          }
        }
        for (int c = 0; c < SheetCells.MAX_COLUMNS; c++) {
          if (sheet.isColumnHidden(c)) {
            out.hideColumn(c);
          }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
          out.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
        }
        grids.add(out.grid());
        notes.addAll(out.notes());
      }
    }
    return new WorkbookSheets(grids, hidden, notes);
  }

  /**
   * Counts the workbook's cells (a MULBLANK or MULRK record as the cells it spans) and rows by
   * streaming its BIFF records, keeping none. A stream these records cannot be read from is left to
   * HSSF, which reads the same records and refuses it as it does today (encrypted, damaged).
   */
  static void countRecords(POIFSFileSystem fs, ImportLimits limits) {
    long cells = 0;
    long rows = 0;
    try (InputStream in =
        fs.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(fs.getRoot()))) {
      RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
      for (Record record; (record = records.nextRecord()) != null; ) {
        if (record instanceof MulBlankRecord blanks) {
          cells += blanks.getNumColumns();
        } else if (record instanceof MulRKRecord numbers) {
          cells += numbers.getNumColumns();
        } else if (record instanceof CellValueRecordInterface) {
          cells++;
        } else if (record instanceof RowRecord) {
          rows++;
        }
        if (cells > limits.maxCells()) {
          throw limits.tooLarge("The workbook holds more than " + limits.maxCells() + " cells");
        }
        if (rows > limits.maxCells()) {
          throw limits.tooLarge("The workbook holds more than " + limits.maxCells() + " rows");
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiProblem problem) {
        throw problem;
      }
      // not a readable BIFF stream: HSSF gives its own answer below
    }
  }

  /** An error value, typed or the cached result of a formula (#REF!, #N/A). */
  private static boolean isError(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return type == CellType.ERROR;
  }

  private static String errorCode(Cell cell) {
    try {
      return org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A number cell (or formula giving one) without a date format. */
  private static boolean isPlainNumber(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return type == CellType.NUMERIC
        && !CellValues.isDateFormat(
            cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
  }

  private static String text(Cell cell, boolean date1904) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC -> {
        double v = cell.getNumericCellValue();
        int id = cell.getCellStyle().getDataFormat();
        String code = cell.getCellStyle().getDataFormatString();
        yield CellValues.isDateFormat(id, code)
            ? CellValues.date(v, date1904, CellValues.isYearMonthFormat(id, code))
            : CellValues.number(v);
      }
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }
}
