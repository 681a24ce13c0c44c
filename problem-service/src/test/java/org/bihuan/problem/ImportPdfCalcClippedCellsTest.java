package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.CalcPrint;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A 整改台账 sheet (.xlsx written by POI, one row a problem of one measure) printed landscape on A4 by
 * LibreOffice Calc ({@code soffice --headless --convert-to pdf}) at the test's run
 * (docs/decisions/0428). At Calc's default column widths each row is one line and the texts longer
 * than their column are cut at the cell's edge (the next cell is filled): with grid lines the cut
 * glyph is printed over the next cell's first one; without grid lines (texts wrapped or not) the
 * texts of neighbouring columns touch with no gap. Such a print is refused (422
 * pdf-table-unreadable), never read as problems of clipped or run-together text. The same sheet at
 * widths that hold its texts reads right. Through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfCalcClippedCellsTest {

  private static final String[] HEADER = {
    "序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限"
  };

  /** Each problem's row: 序号, category, problem, measure, leader, unit, person, deadline. */
  private static final String[][] ROWS = {
    {"1", "作风建设", "会议室使用登记不规范", "建立会议室预约登记制度", "王磊", "办公室", "张敏", "2024年9月30日"},
    {"2", "作风建设", "公文处理流程不够顺畅", "优化公文流转审批程序", "李军", "办公室", "赵丽", "2024年10月31日"},
    {"3", "财务管理", "差旅费报销标准执行不严", "开展差旅费报销专项检查", "陈红", "财务科", "孙伟", "2024年11月30日"}
  };

  /** Column widths (characters) that hold every text on one line. */
  private static final int[] WIDE = {6, 10, 26, 26, 10, 10, 8, 16};

  /**
   * The ledger: grid lines printed or not, its cells wrapped or not, widths (null: Calc's default).
   */
  private static XSSFWorkbook ledger(boolean gridlines, boolean wrap, int[] widths) {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet sheet = wb.createSheet("整改台账");
    CellStyle style = wb.createCellStyle();
    style.setWrapText(wrap);
    Row head = sheet.createRow(0);
    for (int c = 0; c < HEADER.length; c++) {
      head.createCell(c).setCellValue(HEADER[c]);
    }
    for (int r = 0; r < ROWS.length; r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < HEADER.length; c++) {
        row.createCell(c).setCellValue(ROWS[r][c]);
        row.getCell(c).setCellStyle(style);
      }
    }
    if (widths != null) {
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
    }
    sheet.setPrintGridlines(gridlines);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    return wb;
  }

  /** Refused on main too (its header printed, no row told apart, 0391): refused still. */
  @Test
  void aSheetPrintedWithoutGridLinesAtDefaultWidthsIsRefused() throws IOException {
    ImportAnswers.unreadableTable(
        ImportAnswers.imported(
            Api.source("整改台账"), CalcPrint.pdf(ledger(false, false, null)), DocumentText.PDF, true));
  }

  /** Refused on main too (characters cut from their cells, 0397): refused still. */
  @Test
  void aSheetOfWrappedCellsPrintedWithoutGridLinesAtDefaultWidthsIsRefused() throws IOException {
    ImportAnswers.unreadableTable(
        ImportAnswers.imported(
            Api.source("整改台账"), CalcPrint.pdf(ledger(false, true, null)), DocumentText.PDF, true));
  }

  private static Map<String, Object> problem(String title, String category, Map<String, Object> m) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    p.put("description", title);
    p.put("categoryPath", List.of(category));
    p.put("measures", List.of(m));
    return p;
  }

  @Test
  void theSameSheetAtWidthsThatHoldItsTextsReadsRight() throws IOException {
    JsonPath pdf =
        ImportAnswers.dryRunPath(
            "整改台账", CalcPrint.pdf(ledger(true, false, WIDE)), DocumentText.PDF);
    assertEquals(
        List.of(
            problem(
                "会议室使用登记不规范",
                "作风建设",
                measure("建立会议室预约登记制度", List.of("办公室"), "王磊", "张敏", "DEADLINE", "2024-09-30")),
            problem(
                "公文处理流程不够顺畅",
                "作风建设",
                measure("优化公文流转审批程序", List.of("办公室"), "李军", "赵丽", "DEADLINE", "2024-10-31")),
            problem(
                "差旅费报销标准执行不严",
                "财务管理",
                measure("开展差旅费报销专项检查", List.of("财务科"), "陈红", "孙伟", "DEADLINE", "2024-11-30"))),
        withoutOrigins(problems(pdf)),
        pdf.prettify());
    assertEquals(List.of(), pdf.getList("warnings"), pdf.prettify());
  }
}
