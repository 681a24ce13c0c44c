package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.LedgerSheets;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * Ledgers as other offices write them, read through {@code POST /sources/{id}/import?dryRun=true}:
 * a summary sheet beside the ledger, group rows numbered in mixed styles, 问题 beside 具体表现 with 整改类型
 * and 督办领导 columns, time limits typed as numbers in cells showing two decimals, a new 序号 with a
 * blank 问题 cell, and OpenDocument files.
 */
@QuarkusTest
class ImportLedgerSheetsAndColumnsTest {

  private static Map<String, Object> rows(String sheet, int first, int last) {
    return Map.of("sheet", sheet, "rows", List.of(first, last));
  }

  @Test
  void aSummarySheetOfCountsAndLabelsGivesNoProblemAndIsNamed() {
    JsonPath answer =
        LedgerSheets.dryRunXlsx(
            LedgerSheets.ledger(
                LedgerSheets.TASK_HEADINGS,
                row(1, "理论学习不深入。", "制定学习计划", "办公室", "张三", "2024年9月30日"),
                row(2, "会议记录不规范。", "规范会议记录", "党委办", "李四", "2024年10月31日")),
            LedgerSheets.table(
                "汇总",
                List.of("统计项目", "问题", "备注"),
                List.of(row("统计", "2个", null), row("合计", 5, null), row("已完成", 3, "已销号"))),
            LedgerSheets.table(
                "统计",
                List.of("问题", "个数", "整改情况"),
                List.of(row("已完成", 1, null), row("未完成", "1个", "1项"))),
            LedgerSheets.table("说明", List.of("填表说明"), List.of(row("统计"), row("2个"))));
    TableImportTest.assertProblems(
        List.of(
            problem(
                "理论学习不深入",
                "理论学习不深入。",
                List.of(),
                rows("台账", 2, 2),
                List.of(measure("制定学习计划", List.of("办公室"), null, "张三", "DEADLINE", "2024-09-30"))),
            problem(
                "会议记录不规范",
                "会议记录不规范。",
                List.of(),
                rows("台账", 3, 3),
                List.of(measure("规范会议记录", List.of("党委办"), null, "李四", "DEADLINE", "2024-10-31")))),
        answer);
    List<String> warnings = answer.getList("warnings");
    assertEquals(3, warnings.size(), answer.prettify());
    for (int i = 0; i < warnings.size(); i++) {
      String sheet = List.of("汇总", "统计", "说明").get(i);
      assertTrue(warnings.get(i).startsWith("Sheet 「" + sheet + "」"), answer.prettify());
      assertTrue(warnings.get(i).contains("not imported"), answer.prettify());
    }
  }

  @Test
  void groupRowsOfOneSequenceAreOneLevelWhateverTheirBrackets() {
    List<Object> headings = List.of("序号", "存在问题", "整改措施", "责任单位", "完成时限");
    Ledgers.Table sheet =
        new Ledgers.Table(
            "台账",
            List.of(
                headings,
                row("一、政治建设方面", null, null, null, null),
                row(1, "理论学习不深入。", "制定学习计划", "办公室", "2024年9月30日"),
                row("（二）作风建设方面", null, null, null, null),
                row(2, "文山会海仍然存在。", "压减发文数量", "办公室", "2024年10月31日"),
                row("三、组织建设方面", null, null, null, null),
                row(3, "发展党员程序不规范。", "规范发展程序", "组织部", "2024年11月30日")),
            List.of(new int[] {1, 1, 0, 4}, new int[] {3, 3, 0, 4}, new int[] {5, 5, 0, 4}),
            5);
    JsonPath answer = LedgerSheets.dryRunXlsx(sheet);
    TableImportTest.assertProblems(
        List.of(
            problem(
                "理论学习不深入",
                "理论学习不深入。",
                List.of("政治建设方面"),
                rows("台账", 3, 3),
                List.of(measure("制定学习计划", List.of("办公室"), null, null, "DEADLINE", "2024-09-30"))),
            problem(
                "文山会海仍然存在",
                "文山会海仍然存在。",
                List.of("作风建设方面"),
                rows("台账", 5, 5),
                List.of(measure("压减发文数量", List.of("办公室"), null, null, "DEADLINE", "2024-10-31"))),
            problem(
                "发展党员程序不规范",
                "发展党员程序不规范。",
                List.of("组织建设方面"),
                rows("台账", 7, 7),
                List.of(measure("规范发展程序", List.of("组织部"), null, null, "DEADLINE", "2024-11-30")))),
        answer);
  }

  private static final List<Object> TYPED_HEADINGS =
      List.of("序号", "问题", "具体表现", "整改类型", "整改措施", "责任单位", "责任人", "督办领导", "整改时限");

  @Test
  void theProblemColumnTitlesTheTypeSetsTheTimingAndTheSupervisorLeadsWithoutALeaderColumn() {
    JsonPath answer =
        LedgerSheets.dryRunXlsx(
            LedgerSheets.ledger(
                TYPED_HEADINGS,
                row(
                    1,
                    "理论学习不深入",
                    "中心组学习全年仅开展3次。",
                    "立行立改",
                    "制定学习计划",
                    "办公室",
                    "张三",
                    "王书记",
                    "2024年6月30日"),
                row(
                    2,
                    "会议记录不规范",
                    "部分会议无记录，记录不完整。",
                    "限期整改",
                    "规范会议记录",
                    "党委办",
                    "李四",
                    "赵局长",
                    "2024年10月31日"),
                row(3, "制度执行不严格", "考勤制度执行不到位。", "长期坚持", "健全考勤制度", "人事科", "王五", "钱主任", "长期坚持")));
    TableImportTest.assertProblems(
        List.of(
            problem(
                "理论学习不深入",
                "中心组学习全年仅开展3次。",
                List.of(),
                rows("台账", 2, 2),
                List.of(measure("制定学习计划", List.of("办公室"), "王书记", "张三", "IMMEDIATE", "2024-06-30"))),
            problem(
                "会议记录不规范",
                "部分会议无记录，记录不完整。",
                List.of(),
                rows("台账", 3, 3),
                List.of(measure("规范会议记录", List.of("党委办"), "赵局长", "李四", "DEADLINE", "2024-10-31"))),
            problem(
                "制度执行不严格",
                "考勤制度执行不到位。",
                List.of(),
                rows("台账", 4, 4),
                List.of(measure("健全考勤制度", List.of("人事科"), "钱主任", "王五", "LONG_TERM", null)))),
        answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aSupervisorBesideTheLeaderInChargeIsNotGluedToHimAndIsNamed() {
    List<Object> headings =
        List.of("序号", "问题", "具体表现", "整改类型", "整改措施", "责任单位", "责任领导", "责任人", "督办领导", "整改时限");
    JsonPath answer =
        LedgerSheets.dryRunXlsx(
            LedgerSheets.ledger(
                headings,
                row(
                    1,
                    "会议记录不规范",
                    "部分会议无记录。",
                    "限期整改",
                    "规范会议记录",
                    "党委办",
                    "孙副书记",
                    "李四",
                    "赵局长",
                    "2024年10月31日")));
    TableImportTest.assertProblems(
        List.of(
            problem(
                "会议记录不规范",
                "部分会议无记录。",
                List.of(),
                rows("台账", 2, 2),
                List.of(
                    measure("规范会议记录", List.of("党委办"), "孙副书记", "李四", "DEADLINE", "2024-10-31")))),
        answer);
    List<String> warnings = answer.getList("warnings");
    assertEquals(1, warnings.size(), answer.prettify());
    assertTrue(warnings.get(0).contains("督办领导"), answer.prettify());
  }

  static byte[] decimalLedger(Workbook wb) {
    try (wb) {
      CellStyle twoDecimals = wb.createCellStyle();
      twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      Sheet sheet = wb.createSheet("整改台账");
      Row header = sheet.createRow(0);
      List<String> names = List.of("序号", "存在问题", "整改措施", "责任单位", "整改时限");
      for (int c = 0; c < names.size(); c++) {
        header.createCell(c).setCellValue(names.get(c));
      }
      Object[][] rows = {
        {1, "印章管理不规范。", "完善印章使用登记", "办公室", 2024.1},
        {2, "档案管理不规范。", "开展档案清理", "人事科", 2024.12}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue(((Number) rows[r][0]).doubleValue());
        for (int c = 1; c < 4; c++) {
          row.createCell(c).setCellValue((String) rows[r][c]);
        }
        row.createCell(4).setCellValue(((Number) rows[r][4]).doubleValue());
        row.getCell(4).setCellStyle(twoDecimals);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertShownMonths(JsonPath answer) {
    TableImportTest.assertProblems(
        List.of(
            problem(
                "印章管理不规范",
                "印章管理不规范。",
                List.of(),
                rows("整改台账", 2, 2),
                List.of(measure("完善印章使用登记", List.of("办公室"), null, null, "DEADLINE", "2024-10-31"))),
            problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of(),
                rows("整改台账", 3, 3),
                List.of(measure("开展档案清理", List.of("人事科"), null, null, "DEADLINE", "2024-12-31")))),
        answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aTimeLimitNumberInACellShowingTwoDecimalsIsReadAsShownXlsx() {
    assertShownMonths(TableImportTest.dryRun(decimalLedger(new XSSFWorkbook()), DocumentText.XLSX));
  }

  @Test
  void aTimeLimitNumberInACellShowingTwoDecimalsIsReadAsShownXls() {
    assertShownMonths(TableImportTest.dryRun(decimalLedger(new HSSFWorkbook()), DocumentText.XLS));
  }

  @Test
  void aNewNumberWithABlankProblemCellAddsItsMeasureToTheProblemAbove() {
    JsonPath answer =
        LedgerSheets.dryRunXlsx(
            LedgerSheets.ledger(
                LedgerSheets.TASK_HEADINGS,
                row(1, "理论学习不深入。", "制定学习计划", "办公室", "张三", "2024年9月30日"),
                row(2, null, "开展专题研讨", "党委办", "李四", "2024年10月31日"),
                row(3, "会议记录不规范。", "规范会议记录", "党委办", "王五", "2024年11月30日")));
    TableImportTest.assertProblems(
        List.of(
            problem(
                "理论学习不深入",
                "理论学习不深入。",
                List.of(),
                rows("台账", 2, 3),
                List.of(
                    measure("制定学习计划", List.of("办公室"), null, "张三", "DEADLINE", "2024-09-30"),
                    measure("开展专题研讨", List.of("党委办"), null, "李四", "DEADLINE", "2024-10-31"))),
            problem(
                "会议记录不规范",
                "会议记录不规范。",
                List.of(),
                rows("台账", 4, 4),
                List.of(measure("规范会议记录", List.of("党委办"), null, "王五", "DEADLINE", "2024-11-30")))),
        answer);
    List<String> warnings = answer.getList("warnings");
    assertEquals(1, warnings.size(), answer.prettify());
    assertTrue(warnings.get(0).startsWith("Sheet 「台账」 row 3"), answer.prettify());
  }

  /** A minimal OpenDocument package: its mimetype first and stored, then its content. */
  static byte[] openDocument(String mimeType) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        byte[] type = mimeType.getBytes(StandardCharsets.US_ASCII);
        ZipEntry first = new ZipEntry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(type.length);
        CRC32 crc = new CRC32();
        crc.update(type);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(type);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("content.xml"));
        zip.write(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                    + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                    + "<office:body/></office:document-content>")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertOpenDocumentRefused(String mimeType, String named, String instead) {
    String source = Api.source("开放文档");
    for (String sent : List.of(mimeType, "application/octet-stream")) {
      Api.importAnswer(Api.patient(), source, openDocument(mimeType), sent)
          .then()
          .statusCode(415)
          .contentType("application/problem+json");
      String detail =
          Api.importAnswer(Api.patient(), source, openDocument(mimeType), sent)
              .jsonPath()
              .getString("detail");
      assertTrue(detail.contains(named), detail);
      assertTrue(detail.contains(instead), detail);
    }
    assertEquals(
        List.of(),
        Api.asAdmin()
            .queryParam("sourceId", source)
            .get("/api/v1/problems")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items"));
  }

  @Test
  void anOpenDocumentSpreadsheetIsNamedAndSentBackForXlsx() {
    assertOpenDocumentRefused(
        "application/vnd.oasis.opendocument.spreadsheet",
        "OpenDocument spreadsheet (.ods)",
        ".xlsx");
  }

  @Test
  void anOpenDocumentTextIsNamedAndSentBackForDocx() {
    assertOpenDocumentRefused(
        "application/vnd.oasis.opendocument.text", "OpenDocument text (.odt)", ".docx");
  }
}
