package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.PlainLedger.deadlineProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * Date cells written as formulas and saved without their values, as a program that writes a
 * workbook (and never opens it in Excel) leaves them (docs/decisions/0273): =DATE(2024,9,30) is
 * that date, any other formula is read as empty and named by its cell. An .xlsx written by POI
 * without evaluating its formulas, through {@code POST /sources/{id}/import?dryRun=true}, every
 * field of every problem.
 */
@QuarkusTest
class ImportFormulaCellsWithoutValuesTest {

  private static byte[] workbook() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
      Sheet sheet = wb.createSheet("整改台账");
      List<List<String>> rows =
          List.of(
              List.of("序号", "存在问题", "整改措施", "责任单位", "整改时限"),
              List.of("1", "公务接待不规范。", "修订接待制度。", "办公室", "=DATE(2024,9,30)"),
              List.of("2", "会议偏多。", "精简会议。", "综合科", "=DATE(2024,10,1)+29"));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          String v = rows.get(r).get(c);
          if (v.startsWith("=")) {
            row.createCell(c).setCellFormula(v.substring(1));
            row.getCell(c).setCellStyle(date);
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

  @Test
  void aDateFormulaOfLiteralNumbersIsThatDateAndAnyOtherIsNamed() throws IOException {
    JsonPath answer = dryRunPath("公式日期导入", workbook(), DocumentText.XLSX);
    assertEquals(
        List.of(
            deadlineProblem(
                "公务接待不规范",
                List.of(),
                Map.of("sheet", "整改台账", "rows", List.of(2, 2)),
                "修订接待制度。",
                List.of("办公室"),
                "2024-09-30"),
            problem(
                "会议偏多",
                "会议偏多。",
                List.of(),
                Map.of("sheet", "整改台账", "rows", List.of(3, 3)),
                List.of(measure("精简会议。", List.of("综合科"), null, null, null, null)))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertTrue(
        warnings.contains(
            "Sheet 「整改台账」: the formula of cell(s) E3 (=DATE(2024,10,1)+29) was saved without its"
                + " value; it was read as empty. Open the file in Excel, save it and upload it again"
                + " to import the values."),
        warnings.toString());
  }
}
