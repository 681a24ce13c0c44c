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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.CalcPrint;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A 整改台账 sheet (.xlsx written by POI: a title merged across its eight columns, 序号 问题类别 存在问题 merged
 * down the rows of a problem's measures, 完成时限 in the last column) printed landscape on A4 by
 * LibreOffice Calc ({@code soffice --headless --convert-to pdf}) at the test's run
 * (docs/decisions/0423). Printed with its grid lines at widths that leave 完成时限 no room, page 2
 * holds only that column (or four), under the part of the title's merged cell Calc draws left of
 * the page: it is joined to page 1's rows, every problem gets its deadline and no problem is made
 * of the title and the dates; without grid lines, the one column is refused (422 pdf-columns).
 * Printed without grid lines at Calc's default column widths and row heights, its cells' texts are
 * printed over each other: refused (422 pdf-table-unreadable), never read as one problem of texts
 * run together (borderless prints that can be read keep their reading:
 * ImportPdfCalcLedgerColumnsTest, ImportPdfCalcBorderlessLedgerTest). Through {@code POST
 * /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfCalcWideLedgerPagesTest {

  private static final String[] HEADER = {
    "序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限"
  };

  /** Each measure's row: 序号, category, problem, measure, leader, unit, person, deadline. */
  private static final String[][] ROWS = {
    {"1", "党的建设", "干部教育培训针对性不强", "制定分层分类培训计划", "李建国", "组织人事科", "何涛", "2024年9月30日"},
    {"", "", "", "建立培训需求调研机制", "李建国", "组织人事科", "何涛", "2024年12月31日"},
    {"2", "财务管理", "财务报销审核把关不严", "修订财务报销管理办法", "张志远", "计划财务科", "钱芳", "2024年6月30日"},
    {"3", "财务管理", "政府采购内控制度不健全", "建立采购项目内部审核机制", "张志远", "计划财务科", "钱芳", "2024年9月30日"},
    {"", "", "", "开展采购专项培训", "张志远", "办公室", "周敏", "2024年6月30日"},
    {"4", "业务工作", "档案管理不规范", "开展档案集中整理", "王海涛", "办公室", "周敏", "2024年9月30日"}
  };

  /** Column widths (characters) that leave 完成时限 alone no room on a landscape A4 page. */
  private static final int[] LAST_ON_PAGE_TWO = {5, 10, 24, 26, 9, 12, 8, 16};

  /** Column widths (characters) that put 责任领导 … 完成时限 on page 2. */
  private static final int[] FOUR_ON_PAGE_TWO = {6, 12, 36, 44, 10, 14, 10, 18};

  private static Map<String, Object> problem(
      String title, String category, List<Map<String, Object>> measures) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    p.put("description", title);
    p.put("categoryPath", List.of(category));
    p.put("measures", measures);
    return p;
  }

  private static Map<String, Object> m(
      String text, String unit, String leader, String person, String deadline) {
    return measure(text, List.of(unit), leader, person, "DEADLINE", deadline);
  }

  private static final List<Map<String, Object>> EXPECTED =
      List.of(
          problem(
              "干部教育培训针对性不强",
              "党的建设",
              List.of(
                  m("制定分层分类培训计划", "组织人事科", "李建国", "何涛", "2024-09-30"),
                  m("建立培训需求调研机制", "组织人事科", "李建国", "何涛", "2024-12-31"))),
          problem(
              "财务报销审核把关不严", "财务管理", List.of(m("修订财务报销管理办法", "计划财务科", "张志远", "钱芳", "2024-06-30"))),
          problem(
              "政府采购内控制度不健全",
              "财务管理",
              List.of(
                  m("建立采购项目内部审核机制", "计划财务科", "张志远", "钱芳", "2024-09-30"),
                  m("开展采购专项培训", "办公室", "张志远", "周敏", "2024-06-30"))),
          problem("档案管理不规范", "业务工作", List.of(m("开展档案集中整理", "办公室", "王海涛", "周敏", "2024-09-30"))));

  /**
   * The ledger, its cells wrapped and centred down their rows: grid lines printed or not, column
   * widths (null: Calc's default), fitted to the page's width or not.
   */
  private static XSSFWorkbook ledger(boolean gridlines, int[] widths, boolean fitToWidth) {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet sheet = wb.createSheet("整改台账");
    CellStyle wrapped = wb.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
    sheet.createRow(0).createCell(0).setCellValue("整改台账");
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
    Row head = sheet.createRow(1);
    for (int c = 0; c < HEADER.length; c++) {
      head.createCell(c).setCellValue(HEADER[c]);
    }
    for (int r = 0; r < ROWS.length; r++) {
      Row row = sheet.createRow(r + 2);
      for (int c = 0; c < HEADER.length; c++) {
        row.createCell(c).setCellValue(ROWS[r][c]);
        row.getCell(c).setCellStyle(wrapped);
      }
    }
    for (int first : new int[] {2, 5}) { // a problem's cells down the rows of its two measures
      for (int c = 0; c < 3; c++) {
        sheet.addMergedRegion(new CellRangeAddress(first, first + 1, c, c));
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
    if (fitToWidth) {
      sheet.setFitToPage(true);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
    }
    return wb;
  }

  private static JsonPath dryRun(XSSFWorkbook sheet) throws IOException {
    return ImportAnswers.dryRunPath("整改台账", CalcPrint.pdf(sheet), DocumentText.PDF);
  }

  @Test
  void theDeadlinesPrintedAloneOnPageTwoAreJoinedToTheRowsOfPageOne() throws IOException {
    JsonPath pdf = dryRun(ledger(true, LAST_ON_PAGE_TWO, false));
    assertEquals(EXPECTED, withoutOrigins(problems(pdf)), pdf.prettify());
    assertEquals(List.of(), pdf.getList("warnings"), pdf.prettify());
    assertEquals(List.of(1, 1, 1, 1), ImportAnswers.pages(pdf), pdf.prettify());
  }

  @Test
  void fourColumnsPrintedOnPageTwoUnderTheTitleRowAreJoinedToo() throws IOException {
    JsonPath pdf = dryRun(ledger(true, FOUR_ON_PAGE_TWO, false));
    assertEquals(EXPECTED, withoutOrigins(problems(pdf)), pdf.prettify());
    assertEquals(List.of(), pdf.getList("warnings"), pdf.prettify());
  }

  @Test
  void theDeadlinesAloneOnPageTwoOfASheetWithoutGridlinesAreRefusedNotMadeAProblem()
      throws IOException {
    ImportAnswers.imported(
            Api.source("整改台账"),
            CalcPrint.pdf(ledger(false, LAST_ON_PAGE_TWO, false)),
            DocumentText.PDF,
            true)
        .statusCode(422)
        .body("type", org.hamcrest.Matchers.endsWith("/problems/pdf-columns"))
        .body("detail", org.hamcrest.Matchers.containsString("that table has no cell borders"));
  }

  @Test
  void theSameSheetFittedToThePagesWidthReadsTheSame() throws IOException {
    JsonPath pdf = dryRun(ledger(true, FOUR_ON_PAGE_TWO, true));
    assertEquals(EXPECTED, withoutOrigins(problems(pdf)), pdf.prettify());
    assertEquals(List.of(), pdf.getList("warnings"), pdf.prettify());
  }

  @Test
  void aSheetPrintedWithoutGridlinesAtDefaultWidthsAndHeightsIsRefused() throws IOException {
    ImportAnswers.unreadableTable(
        ImportAnswers.imported(
            Api.source("整改台账"), CalcPrint.pdf(ledger(false, null, false)), DocumentText.PDF, true),
        "page 1: its table's cells print their texts over each other",
        "a sheet printed at its default column widths and row heights");
  }
}
