package org.bihuan.problem.support;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.LedgerColumnConstructs.categoryColumns;
import static org.bihuan.problem.support.LedgerColumnConstructs.formerAndHiddenColumns;
import static org.bihuan.problem.support.LedgerColumnConstructs.hiddenRowsAndFormulaErrors;
import static org.bihuan.problem.support.LedgerColumnConstructs.phoneNumbersInNameCells;
import static org.bihuan.problem.support.LedgerColumnConstructs.yearMonthAndEightDigitDates;
import static org.bihuan.problem.support.LedgerRowAndSheetConstructs.linkedSheetsWithTwoRowHeaders;
import static org.bihuan.problem.support.LedgerRowAndSheetConstructs.measureMergedOverTwoProblems;
import static org.bihuan.problem.support.LedgerRowAndSheetConstructs.measuresSheetLinkedBySeq;
import static org.bihuan.problem.support.LedgerRowAndSheetConstructs.seqNumbersStartProblems;
import static org.bihuan.problem.support.LedgerRowAndSheetConstructs.twoRowHeaderOverSubHeaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Excel ledgers (either format) with the constructs units' 台账 have and the model ledgers do not,
 * each with the dry run's answer written by hand from the sheet (problems and warnings), for the
 * import tests and the import-accuracy corpus: former-value and hidden columns, several category
 * columns, a 整改措施 cell merged over two problems, phone numbers in name cells, year-month and
 * eight-digit dates, 序号 that start problems, a measures sheet linked by 问题序号, hidden rows and
 * formulas giving errors. The constructs are written by {@link LedgerColumnConstructs} (columns and
 * cells) and {@link LedgerRowAndSheetConstructs} (rows and linked sheets).
 */
public final class LedgerConstructs {

  private LedgerConstructs() {}

  /** A construct: its workbook written into a new {@link Workbook}, its problems and warnings. */
  public record Construct(
      String name,
      Function<Workbook, byte[]> workbook,
      List<Map<String, Object>> problems,
      List<String> warnings) {}

  /** A formula cell (written without =), its cached result computed by POI. */
  record Formula(String formula) {}

  /** A date cell formatted to show the year and month only (yyyy"年"m"月"). */
  record YearMonthCell(LocalDate date) {}

  /** One sheet: rows of cells, merged areas {first row, last row, first col, last col}. */
  record SheetSpec(
      String name,
      Object[][] rows,
      List<int[]> merges,
      List<Integer> hiddenRows,
      List<Integer> hiddenColumns) {}

  static byte[] write(Workbook wb, SheetSpec... sheets) {
    try (wb) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
      CellStyle month = wb.createCellStyle();
      month.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\""));
      for (SheetSpec spec : sheets) {
        Sheet sheet = wb.createSheet(spec.name());
        for (int r = 0; r < spec.rows().length; r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < spec.rows()[r].length; c++) {
            Object v = spec.rows()[r][c];
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof LocalDate d) {
              cell.setCellValue(d);
              cell.setCellStyle(date);
            } else if (v instanceof YearMonthCell m) {
              cell.setCellValue(m.date());
              cell.setCellStyle(month);
            } else if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v instanceof Formula f) {
              cell.setCellFormula(f.formula());
            } else {
              cell.setCellValue(v.toString());
            }
          }
        }
        for (int[] m : spec.merges()) {
          sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
        }
        for (int r : spec.hiddenRows()) {
          sheet.getRow(r).setZeroHeight(true);
        }
        for (int c : spec.hiddenColumns()) {
          sheet.setColumnHidden(c, true);
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SheetSpec sheet(String name, Object[][] rows) {
    return new SheetSpec(name, rows, List.of(), List.of(), List.of());
  }

  static Object[] row(Object... cells) {
    return cells;
  }

  /** A measure of the expected answer whose deadline is a date. */
  static Map<String, Object> deadline(String text, String unit, String person, String date) {
    return measure(text, List.of(unit), null, person, "DEADLINE", date);
  }

  /** A problem of the expected answer, read from rows {@code first}–{@code last} of a sheet. */
  @SafeVarargs
  static Map<String, Object> problem(
      String description,
      List<String> path,
      String sheet,
      int first,
      int last,
      Map<String, Object>... measures) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", description.replaceFirst("。$", ""));
    p.put("description", description);
    p.put("categoryPath", path);
    p.put("measures", Arrays.asList(measures));
    Map<String, Object> origin = new LinkedHashMap<>();
    origin.put("sheet", sheet);
    origin.put("rows", List.of(first, last));
    p.put("origin", origin);
    return p;
  }

  /** Every construct, in the order of the tests. */
  public static List<Construct> all() {
    return List.of(
        formerAndHiddenColumns(),
        categoryColumns(),
        measureMergedOverTwoProblems(),
        phoneNumbersInNameCells(),
        yearMonthAndEightDigitDates(),
        seqNumbersStartProblems(),
        measuresSheetLinkedBySeq(),
        hiddenRowsAndFormulaErrors(),
        linkedSheetsWithTwoRowHeaders(),
        twoRowHeaderOverSubHeaders(),
        LedgerTypedConstructs.typedColumnsGroupsAndSummary());
  }
}
