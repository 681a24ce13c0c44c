package org.bihuan.problem.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The visible worksheets of a legacy Excel workbook (.xls, BIFF8) through POI HSSF. HSSF builds an
 * object for every cell of every sheet, and BIFF stores a run of blank or number cells as one
 * record of about two bytes a cell (MULBLANK, MULRK): a 10 MB file can hold five million cells. So
 * the cells, rows and shared strings are counted from the raw records ({@link XlsRecords}) before
 * HSSF builds anything, and a workbook over a cap is refused as for .xlsx (docs/decisions/0184,
 * 0186).
 */
final class XlsSheets {

  private XlsSheets() {}

  static WorkbookSheets read(POIFSFileSystem fs, ImportLimits limits) throws IOException {
    List<Grid> grids = new ArrayList<>();
    List<WorkbookSheets.Hidden> hidden = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    XlsRecords.measure(fs, limits);
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
          ReadingTime.check();
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
            String formula = savedWithoutValue(cell);
            if (formula != null) {
              // a program's formula never computed: read as an .xlsx one without its value is,
              // computed where it can be (0309, 0312)
              out.put(
                  row.getRowNum(),
                  cell.getColumnIndex(),
                  out.uncomputed(
                      row.getRowNum(),
                      cell.getColumnIndex(),
                      formula,
                      CellValues.isDateFormat(
                          cell.getCellStyle().getDataFormat(),
                          cell.getCellStyle().getDataFormatString())));
              continue;
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

  /**
   * The formula of a cell that a program wrote and never computed (POI, and writers like it that do
   * not open the file in Excel), or null: BIFF keeps a value with every formula, and such a program
   * leaves the number 0 there. A formula whose saved value is 0 is computed again ({@link
   * SheetFormulas}, as an .xlsx formula saved without its value is): where the 0 was Excel's, the
   * same 0 comes out; a text formula (="基础教育股"&amp;"、"&amp;"办公室") or a 序号 (=ROW()-2) gives its
   * value instead of a made-up 0; one that cannot be computed is read as empty and named.
   */
  private static String savedWithoutValue(Cell cell) {
    if (cell.getCellType() != CellType.FORMULA
        || cell.getCachedFormulaResultType() != CellType.NUMERIC
        || cell.getNumericCellValue() != 0) {
      return null;
    }
    try {
      return cell.getCellFormula();
    } catch (RuntimeException unreadable) {
      return null; // a formula POI cannot write back as text: its value as saved
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
            : CellValues.number(v, CellValues.fixedDecimals(id, code));
      }
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }
}
