package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.report.mapping.LedgerColumns;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The ledger (台账) as JSON pages, CSV with a BOM and an XLSX workbook, Chinese intact. */
@QuarkusTest
@Order(2)
class LedgerTest {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @BeforeEach
  void projected() {
    FixedClock.install(FixedDataset.TODAY);
    Projection.awaitFixedDataset();
  }

  @Test
  void jsonPagesWalkEveryRowOnce() {
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      var page =
          given()
              .auth()
              .oauth2(Tokens.viewer())
              .queryParam("limit", 5)
              .queryParam("cursor", cursor == null ? "" : cursor)
              .get("/api/v1/reports/ledger")
              .then()
              .statusCode(200)
              .contentType("application/json")
              .body("asOf", notNullValue())
              .extract()
              .jsonPath();
      for (Object row : page.getList("items")) {
        assertTrue(seen.add(row.toString()), "row seen twice: " + row);
      }
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    // 12 ticket rows (one ticket per problem each) + p-4 and p-5 without tickets.
    assertEquals(14, seen.size());
    assertEquals(3, pages);
  }

  @Test
  void jsonRowsCarryProblemAndTicket() {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/ledger?limit=1")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].problemNumber", equalTo("P-2024-0001"))
        .body("items[0].ticketNumber", equalTo("T-2024-0001"))
        .body("items[0].overdue", equalTo(true))
        .body("items[0].light", equalTo("RED"))
        .body("items[0].stagnant", equalTo(false))
        .body("items[0].key", nullValue());
    // A unit without an OA id keeps its place among the ids as null, not "".
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/ledger")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.ticketNumber == 'T-2024-0002' }.unitExternalIds",
            equalTo(java.util.Arrays.asList("oa-" + "党委办公室".hashCode(), null)))
        .body(
            "items.find { it.ticketNumber == 'T-2024-0002' }.responsibleUnits",
            equalTo(List.of("党委办公室", "组织部")));
  }

  @Test
  void csvStartsWithTheBomAndKeepsChinese() {
    Response r =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("format", "csv")
            .get("/api/v1/reports/ledger");
    r.then()
        .statusCode(200)
        .contentType(containsString("text/csv"))
        .header(
            "Content-Disposition",
            containsString("filename*=UTF-8''%E6%95%B4%E6%94%B9%E5%8F%B0%E8%B4%A6.csv"))
        .header("X-Report-As-Of", equalTo(FixedDataset.lastOccurredAt().toString()));
    byte[] body = r.asByteArray();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, slice(body, 3));
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n");
    assertEquals(String.join(",", LedgerColumns.HEADERS), lines[0]);
    assertEquals(15, lines.length);
    assertTrue(lines[1].startsWith("1,P-2024-0001,2024年度专题民主生活会,理论学习方面/学习不深入,"), lines[1]);
    assertTrue(lines[1].contains("\"问题描述1，含逗号,和\"\"引号\"\"。\""), lines[1]);
    assertTrue(lines[1].contains(",党委办公室,张三,李书记,2024-06-10,整改中,是,红,"), lines[1]);
    // The OA's ids for reconciliation: ticket number, problem and ticket externalRef, unit ids.
    // then 进展停滞, the last column: t-01 reports nothing regularly, t-05 has not for two weeks.
    assertTrue(lines[1].endsWith(",T-2024-0001,,,oa-" + "党委办公室".hashCode() + ",否"), lines[1]);
    assertEquals("进展停滞", LedgerColumns.HEADERS.get(LedgerColumns.HEADERS.size() - 1));
    String t05 =
        java.util.Arrays.stream(lines).filter(l -> l.contains(",T-2024-0005,")).findFirst().get();
    assertTrue(t05.endsWith(",是"), t05);
  }

  /** 序号 is a whole number in the sheet's XML, so readers such as openpyxl read 1, not 1.0. */
  @Test
  void xlsxWritesWholeNumbersAsIntegers() throws Exception {
    byte[] xlsx =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("format", "xlsx")
            .get("/api/v1/reports/ledger")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("ledger", ".xlsx");
    String sheet;
    try {
      java.nio.file.Files.write(file, xlsx);
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
        sheet =
            new String(
                zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                StandardCharsets.UTF_8);
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    org.junit.jupiter.api.Assertions.assertNotNull(sheet);
    assertTrue(sheet.contains("<c r=\"A2\" t=\"n\"><v>1</v></c>"), sheet.substring(0, 2000));
    assertTrue(!sheet.contains("<v>1.0</v>"), "no whole number written as a double");
  }

  @Test
  void acceptHeaderChoosesTheFormat() {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .accept("text/csv")
        .get("/api/v1/reports/ledger")
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .accept(XLSX)
        .get("/api/v1/reports/ledger")
        .then()
        .statusCode(200)
        .contentType(XLSX);
    // qualities are honoured: the best one wins, q=0 refuses a type
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .accept("application/json;q=0.5, text/csv;q=0.9")
        .get("/api/v1/reports/ledger")
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .accept("text/csv;q=0.2, application/json")
        .get("/api/v1/reports/ledger")
        .then()
        .statusCode(200)
        .contentType(containsString("application/json"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .accept("text/csv;q=0, application/json;q=0, " + XLSX + ";q=0")
        .get("/api/v1/reports/ledger")
        .then()
        .statusCode(406)
        .contentType("application/problem+json");
    // one format, not two
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/ledger?format=csv&format=xlsx")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("format"));
  }

  @Test
  void xlsxReadsBackWithHeadersAndChineseText() throws Exception {
    Response r =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("format", "xlsx")
            .get("/api/v1/reports/ledger");
    r.then()
        .statusCode(200)
        .contentType(XLSX)
        .header(
            "Content-Disposition",
            containsString("filename*=UTF-8''%E6%95%B4%E6%94%B9%E5%8F%B0%E8%B4%A6.xlsx"));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
      Sheet sheet = book.getSheet("整改台账");
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertEquals(LedgerColumns.HEADERS, headers);
      assertEquals(14, sheet.getLastRowNum());
      Row first = sheet.getRow(1);
      assertEquals(1.0, first.getCell(0).getNumericCellValue());
      assertEquals(
          "oa-" + "党委办公室".hashCode(),
          first.getCell(LedgerColumns.HEADERS.indexOf("责任单位外部编号")).getStringCellValue());
      assertTrue(
          first
              .getCell(LedgerColumns.HEADERS.indexOf("整改事项编号"))
              .getStringCellValue()
              .startsWith("T-2024-"));
      assertEquals("2024年度专题民主生活会", first.getCell(2).getStringCellValue());
      assertEquals("整改措施01：建立学习制度", first.getCell(5).getStringCellValue());
      assertEquals("整改中", first.getCell(10).getStringCellValue());
      assertEquals("是", first.getCell(11).getStringCellValue());
      assertEquals("红", first.getCell(12).getStringCellValue());
      List<String> statuses = new ArrayList<>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        statuses.add(sheet.getRow(i).getCell(10).getStringCellValue());
      }
      assertTrue(
          statuses.containsAll(List.of("待整改", "整改中", "待验收", "已销号", "已撤销")), statuses.toString());
      // 整改时限 and 销号时间 are date cells (they sort as dates); an extended deadline is its new
      // date, the note shown by the cell's format.
      Row extended = extendedRow(sheet, java.time.LocalDate.of(2024, 6, 5));
      assertEquals(
          "yyyy-mm-dd\"（延期，原2024-05-20）\"",
          extended.getCell(9).getCellStyle().getDataFormatString(),
          "the note is literal text of the date's format");
      assertEquals("已销号", extended.getCell(10).getStringCellValue());
      assertEquals("否", extended.getCell(11).getStringCellValue());
      assertEquals("", extended.getCell(12).getStringCellValue());
      assertEquals(
          java.time.LocalDate.of(2024, 6, 5),
          extended.getCell(9).getLocalDateTimeCellValue().toLocalDate());
      assertEquals(
          java.time.LocalDateTime.of(2024, 6, 6, 10, 0),
          extended.getCell(13).getLocalDateTimeCellValue());
      assertEquals("2024-06-06 10:00", SHOWN.formatCellValue(extended.getCell(13)));
      assertEquals(
          java.time.LocalDate.of(2024, 6, 10),
          first.getCell(9).getLocalDateTimeCellValue().toLocalDate());
      assertEquals("2024-06-10", SHOWN.formatCellValue(first.getCell(9)));
    }
  }

  private static final org.apache.poi.ss.usermodel.DataFormatter SHOWN =
      new org.apache.poi.ss.usermodel.DataFormatter();

  /** The row whose 整改时限 is an extended deadline's date cell holding {@code deadline}. */
  private static Row extendedRow(Sheet sheet, java.time.LocalDate deadline) {
    for (Row row : sheet) {
      var cell = row.getCell(9);
      if (row.getRowNum() > 0
          && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
          && cell.getLocalDateTimeCellValue().toLocalDate().equals(deadline)
          && cell.getCellStyle().getDataFormatString().contains("延期")) {
        return row;
      }
    }
    throw new AssertionError("no extended 整改时限 " + deadline);
  }

  private static byte[] slice(byte[] b, int n) {
    byte[] out = new byte[Math.min(n, b.length)];
    System.arraycopy(b, 0, out, 0, out.length);
    return out;
  }
}
