package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A ledger written by a program that does not compute its formulas (POI: an .xlsx cell without its
 * value, an .xls one holding 0): text joined with &amp;, a 序号 =ROW()-2, a reference to another cell
 * and simple arithmetic are computed as Excel would; a formula that cannot be (VLOOKUP) is read as
 * empty and named by its cell, never as 0 — the same answer for .xls and .xlsx, through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0312). A workbook of formulas built to blow up
 * (text doubled sixty times, a chain of references thousands long, a circular one) is answered at
 * once, its cells past the budget named.
 */
@QuarkusTest
class ImportSheetFormulasNeverComputedTest {

  private static byte[] write(Workbook wb, String sheetName, List<List<String>> rows)
      throws IOException {
    try (wb) {
      Sheet sheet = wb.createSheet(sheetName);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          String v = rows.get(r).get(c);
          if (v.startsWith("=")) {
            row.createCell(c).setCellFormula(v.substring(1));
          } else if (!v.isEmpty()) {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      if (sheetName.equals("整改台账")) {
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static final List<List<String>> LEDGER =
      List.of(
          List.of("教育局巡察整改台账"),
          List.of("序号", "存在问题", "整改措施", "责任单位", "整改时限"),
          List.of(
              "=ROW()-2",
              "课后服务经费管理不规范。",
              "=\"制定\"&\"课后服务经费管理办法。\"",
              "=\"基础教育股\"&\"、\"&\"办公室\"",
              "2024年9月30日"),
          List.of("=A3+1", "校车安全检查不到位。", "开展校车安全专项检查。", "=D3", "2024年10月31日"),
          List.of(
              "=(ROW()-2)*1",
              "学生资助公示不及时。",
              "=CONCATENATE(\"建立资助公示\",\"制度。\")",
              "=VLOOKUP(B5,B3:D4,3,FALSE)",
              "2024年11月30日"));

  private static Map<String, Object> item(
      String title, int row, String measure, List<String> units, String deadline) {
    return problem(
        title,
        title + "。",
        List.of(),
        sheetRows("整改台账", row, row),
        List.of(measure(measure, units, null, null, "DEADLINE", deadline)));
  }

  @Test
  void formulasNeverComputedAreComputedOrNamedInBothFormats() throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            item("课后服务经费管理不规范", 3, "制定课后服务经费管理办法。", List.of("基础教育股", "办公室"), "2024-09-30"),
            item("校车安全检查不到位", 4, "开展校车安全专项检查。", List.of("基础教育股", "办公室"), "2024-10-31"),
            item("学生资助公示不及时", 5, "建立资助公示制度。", List.of(), "2024-11-30"));
    List<String> warnings =
        List.of(
            "Sheet 「整改台账」: the formula of cell(s) D5 (=VLOOKUP(B5,B3:D4,3,FALSE)) was saved"
                + " without its value; it was read as empty. Open the file in Excel, save it and"
                + " upload it again to import the values.",
            "Problem 「学生资助公示不及时」, measure 「建立资助公示制度。」: no 责任单位 is given.");
    for (String format : List.of("xlsx", "xls")) {
      JsonPath answer =
          format.equals("xlsx")
              ? dryRunPath("公式台账", write(new XSSFWorkbook(), "整改台账", LEDGER), DocumentText.XLSX)
              : dryRunPath("公式台账", write(new HSSFWorkbook(), "整改台账", LEDGER), DocumentText.XLS);
      assertEquals(expected, problems(answer), format + answer.prettify());
      assertEquals(warnings, answer.getList("warnings"), format + answer.prettify());
    }
  }

  @Test
  void formulasBuiltToBlowUpAreNamedNotComputed() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("存在问题", "整改措施", "责任单位", "倍增", "链"));
    rows.add(List.of("台账登记不完整。", "补齐台账。", "=\"办公室\"", "=\"          \"", "=E3"));
    for (int r = 3; r <= 2_000; r++) {
      // D: each cell twice the one above (10 × 2^1997 spaces at the bottom); E: the one below
      rows.add(List.of("", "", "", "=D" + (r - 1) + "&D" + (r - 1), "=E" + (r + 1)));
    }
    rows.add(List.of("", "", "", "", "=E2")); // the chain closes on itself
    for (String format : List.of("xlsx", "xls")) {
      io.restassured.response.Response sent =
          Api.dryRunAnswer(
              Api.patient(),
              Api.source("公式炸弹"),
              format.equals("xlsx")
                  ? write(new XSSFWorkbook(), "问题清单", rows)
                  : write(new HSSFWorkbook(), "问题清单", rows),
              format.equals("xlsx") ? DocumentText.XLSX : DocumentText.XLS);
      assertEquals(200, sent.statusCode(), sent.asString());
      JsonPath answer = sent.jsonPath();
      String named = answer.getList("warnings").get(0).toString();
      // a chain leads through at most 100 formulas; 10 × 2^11 characters is within a cell's
      // 32,767, 10 × 2^12 is not
      assertTrue(
          named.startsWith("Sheet 「问题清单」: the formula of cell(s) E2 (=E3), E3 (=E4), "), named);
      assertTrue(named.contains(", E13 (=E14), D14 (=D13&D13), E14 (=E15), D15 (=D14&D14)"), named);
      assertEquals(1_000, named.split(" \\(=").length - 1, "at most 1,000 cells named");
      assertEquals(2, answer.getList("warnings").size(), answer.prettify());
      assertEquals(
          List.of(
              problem(
                  "台账登记不完整",
                  "台账登记不完整。",
                  List.of(),
                  sheetRows("问题清单", 2, 2),
                  List.of(measure("补齐台账。", List.of("办公室"), null, null, null, null)))),
          problems(answer),
          format);
    }
  }
}
