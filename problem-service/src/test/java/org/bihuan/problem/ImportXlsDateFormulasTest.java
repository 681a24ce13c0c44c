package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * A legacy .xls written by a program that does not compute its formulas (POI) keeps a 0 where a
 * formula's value would be: =DATE(2024,9,30) is that date, as in an .xlsx, whether its cell is
 * formatted as a date or not, and another formula whose date cell holds that 0 (=TODAY()+30) is
 * read as empty and named by its cell, never as 1899-12-31. Both formats through {@code POST
 * /sources/{id}/import?dryRun=true}, the same answer (docs/decisions/0309).
 */
@QuarkusTest
class ImportXlsDateFormulasTest {

  private static byte[] workbook(Workbook wb) throws IOException {
    try (wb) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
      Sheet sheet = wb.createSheet("整改台账");
      List<List<String>> rows =
          List.of(
              List.of("序号", "存在问题", "整改措施", "责任单位", "整改时限"),
              List.of("1", "应收账款催收不力。", "建立应收账款台账。", "财务部", "=DATE(2024,9,30)"),
              List.of("2", "供应商准入审核不严。", "修订供应商管理办法。", "采购部", "DATE(2024,12,31)"),
              List.of("3", "合同台账不全。", "补齐合同台账。", "法务部", "=TODAY()+30"));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          String v = rows.get(r).get(c);
          if (v.startsWith("=")) {
            row.createCell(c).setCellFormula(v.substring(1));
            row.getCell(c).setCellStyle(date);
          } else if (v.startsWith("DATE(")) {
            row.createCell(c).setCellFormula(v); // a General cell
          } else {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static Map<String, Object> item(
      String title, int row, String measure, String unit, String timing, String deadline) {
    return problem(
        title,
        title + "。",
        List.of(),
        sheetRows("整改台账", row, row),
        List.of(measure(measure, List.of(unit), null, null, timing, deadline)));
  }

  @Test
  void anXlsDateFormulaWithoutItsValueIsReadAsAnXlsxOneIs() throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            item("应收账款催收不力", 2, "建立应收账款台账。", "财务部", "DEADLINE", "2024-09-30"),
            item("供应商准入审核不严", 3, "修订供应商管理办法。", "采购部", "DEADLINE", "2024-12-31"),
            item("合同台账不全", 4, "补齐合同台账。", "法务部", null, null));
    List<String> warnings =
        List.of(
            "Sheet 「整改台账」: the formula of cell(s) E4 (=TODAY()+30) was saved without its value; it"
                + " was read as empty. Open the file in Excel, save it and upload it again to import"
                + " the values.",
            "Problem 「合同台账不全」, measure 「补齐合同台账。」: no 整改时限 is given; set a time limit"
                + " before creating its ticket.");
    for (String format : List.of("xlsx", "xls")) {
      JsonPath answer =
          format.equals("xlsx")
              ? dryRunPath("公式日期", workbook(new XSSFWorkbook()), DocumentText.XLSX)
              : dryRunPath("公式日期", workbook(new HSSFWorkbook()), DocumentText.XLS);
      assertEquals(expected, problems(answer), format + answer.prettify());
      assertEquals(warnings, answer.getList("warnings"), format + answer.prettify());
    }
  }
}
