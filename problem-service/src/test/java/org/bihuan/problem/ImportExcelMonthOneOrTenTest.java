package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A ledger whose time-limit column holds the number 2024.1 in a General cell: Excel shows a typed
 * 2024.10 the same way, so the month is read as January as written, and the dry run names the cell
 * and both readings. A number 2024.6 or the text 2024.10 says nothing. Read through {@code POST
 * /sources/{id}/import?dryRun=true}, .xlsx and .xls alike.
 */
@QuarkusTest
class ImportExcelMonthOneOrTenTest {

  static byte[] ledger(Workbook wb) {
    try (wb) {
      Sheet sheet = wb.createSheet("整改台账");
      Row header = sheet.createRow(0);
      List<String> names = List.of("序号", "存在问题", "整改措施", "责任单位", "整改时限");
      for (int c = 0; c < names.size(); c++) {
        header.createCell(c).setCellValue(names.get(c));
      }
      Object[][] rows = {
        {1, "印章管理不规范。", "完善印章使用登记", "办公室", 2024.1},
        {2, "会议记录不规范。", "规范会议记录", "办公室", 2024.6},
        {3, "档案管理不规范。", "开展档案清理", "人事科", "2024.10"}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof String text) {
            row.createCell(c).setCellValue(text);
          } else {
            row.createCell(c).setCellValue(((Number) v).doubleValue());
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertRead(JsonPath answer) {
    TableImportTest.assertProblems(
        List.of(
            ImportAnswers.problem(
                "印章管理不规范",
                "印章管理不规范。",
                List.of(),
                java.util.Map.of("sheet", "整改台账", "rows", List.of(2, 2)),
                List.of(measure("完善印章使用登记", List.of("办公室"), null, null, "DEADLINE", "2024-01-31"))),
            ImportAnswers.problem(
                "会议记录不规范",
                "会议记录不规范。",
                List.of(),
                java.util.Map.of("sheet", "整改台账", "rows", List.of(3, 3)),
                List.of(measure("规范会议记录", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"))),
            ImportAnswers.problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of(),
                java.util.Map.of("sheet", "整改台账", "rows", List.of(4, 4)),
                List.of(measure("开展档案清理", List.of("人事科"), null, null, "DEADLINE", "2024-10-31")))),
        answer);
    assertEquals(
        List.of(
            "Sheet 「整改台账」 row 2, cell E2: the time limit is the number 「2024.1」, read as 2024年1月;"
                + " Excel shows a number typed 2024.10 as 2024.1, so it may mean 2024年10月 (check it:"
                + " 2024年1月 or 2024年10月?)."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @Test
  void xlsxNamesTheCellAndBothMonths() {
    assertRead(TableImportTest.dryRun(ledger(new XSSFWorkbook()), DocumentText.XLSX));
  }

  @Test
  void xlsNamesTheCellAndBothMonths() {
    assertRead(TableImportTest.dryRun(ledger(new HSSFWorkbook()), DocumentText.XLS));
  }
}
