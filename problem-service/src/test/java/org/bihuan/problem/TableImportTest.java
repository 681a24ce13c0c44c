package org.bihuan.problem;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.LedgerLayouts;
import org.bihuan.problem.support.LedgerLayouts.Layout;
import org.bihuan.problem.support.LedgerLayouts.Problem;
import org.bihuan.problem.support.LedgerLayouts.Style;
import org.bihuan.problem.support.LedgerModels;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * Rectification tables in Word and Excel files built here by POI, imported through {@code POST
 * /sources/{id}/import?dryRun=true}: every field of every problem and measure is compared with the
 * model the table was laid out from.
 */
@QuarkusTest
class TableImportTest {

  static JsonPath dryRun(byte[] body, String mediaType) {
    return ImportAnswers.dryRunPath("表格导入", body, mediaType);
  }

  static void assertProblems(List<Map<String, Object>> expected, JsonPath answer) {
    List<Map<String, Object>> actual = answer.getList("problems");
    assertEquals(expected.size(), actual.size(), "problems: " + answer.prettify());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "problem " + (i + 1));
    }
  }

  static long done(List<Problem> problems) {
    return problems.stream()
        .flatMap(p -> p.measures().stream())
        .filter(m -> m.reportedDone())
        .count();
  }

  @Test
  void aWordTaskListWithMergedProblemCellsGivesOneProblemPerProblemWithAMeasurePerRow() {
    List<Problem> model = LedgerModels.taskList();
    Style style = Style.of(Layout.MERGED).withGroupRows().withCoUnitsAndProgress();
    byte[] docx =
        Ledgers.docx(
            List.of("××局巡察反馈问题整改任务清单", "根据巡察反馈意见，制定如下整改任务清单。"),
            LedgerLayouts.table(null, model, style));
    JsonPath answer = dryRun(docx, DocumentText.DOCX);
    assertProblems(
        LedgerLayouts.expected(null, model, style, LedgerLayouts.firstDataRow(style), false),
        answer);
    assertEquals(5, answer.getList("problems").size());
    List<String> warnings = answer.getList("warnings");
    assertEquals(done(model), warnings.size(), warnings.toString());
    warnings.forEach(
        w -> org.hamcrest.MatcherAssert.assertThat(w, containsString("reports it done")));
  }

  @Test
  void aWordTableWithBlankProblemCellsBelowEachProblem() {
    List<Problem> model = LedgerModels.taskList();
    Style style = Style.of(Layout.BLANK).headers(1).withCategoryColumn();
    byte[] docx = Ledgers.docx(List.of(), LedgerLayouts.table(null, model, style));
    assertProblems(
        LedgerLayouts.expected(null, model, style, LedgerLayouts.firstDataRow(style), false),
        dryRun(docx, "application/octet-stream"));
  }

  @Test
  void aWordTableRepeatingTheProblemAndItsNumberOnEveryRow() {
    List<Problem> model = LedgerModels.taskList();
    Style style = Style.of(Layout.REPEATED).headers(2).withGroupRows().withCoUnitsAndProgress();
    byte[] docx = Ledgers.docx(List.of("整改任务清单"), LedgerLayouts.table(null, model, style));
    assertProblems(
        LedgerLayouts.expected(null, model, style, LedgerLayouts.firstDataRow(style), false),
        dryRun(docx, DocumentText.DOCX));
  }

  @Test
  void anExcelLedgerWithTitleRowsMergedCategoriesDateCellsAndANoteRow() {
    List<Problem> model = LedgerModels.taskList();
    Style style =
        Style.of(Layout.MERGED)
            .headers(3)
            .withTitleAndNote()
            .withCategoryColumn()
            .withCoUnitsAndProgress()
            .withSeqAsText();
    byte[] xlsx = Ledgers.xlsx(List.of(LedgerLayouts.table("整改台账", model, style)));
    JsonPath answer = dryRun(xlsx, DocumentText.XLSX);
    assertProblems(
        LedgerLayouts.expected("整改台账", model, style, LedgerLayouts.firstDataRow(style), false),
        answer);
    // the 注： row under the data is named as a note, not imported (0247)
    assertEquals(done(model) + 1, answer.getList("warnings").size(), answer.prettify());
    org.hamcrest.MatcherAssert.assertThat(
        answer.getList("warnings", String.class),
        org.hamcrest.Matchers.hasItem(containsString("is a note (「注：1.整改时限以整改方案为准")));
  }

  @Test
  void theSameLedgerAsALegacyXlsWorkbook() {
    List<Problem> model = LedgerModels.taskList();
    Style style = Style.of(Layout.MERGED).withTitleAndNote().withGroupRows().withCategoryColumn();
    byte[] xls = Ledgers.xls(List.of(LedgerLayouts.table("台账", model, style)));
    assertProblems(
        LedgerLayouts.expected("台账", model, style, LedgerLayouts.firstDataRow(style), false),
        dryRun(xls, DocumentText.XLS));
  }

  @Test
  void anXlsWithBlankProblemCells() {
    List<Problem> model = LedgerModels.auditSheet();
    Style style = Style.of(Layout.BLANK).headers(1).withSeqAsText();
    byte[] xls = Ledgers.xls(List.of(LedgerLayouts.table("Sheet1", model, style)));
    assertProblems(
        LedgerLayouts.expected("Sheet1", model, style, LedgerLayouts.firstDataRow(style), false),
        dryRun(xls, "application/octet-stream"));
  }

  @Test
  void severalSheetsEachGiveTheirRowsUnderTheSheetNameAndHiddenOrHeaderlessSheetsAreNamed() {
    Style style = Style.of(Layout.MERGED).withTitleAndNote();
    List<Ledgers.Table> sheets = new ArrayList<>();
    sheets.add(LedgerLayouts.table("巡察反馈问题", LedgerModels.taskList(), style));
    sheets.add(LedgerLayouts.table("审计发现问题", LedgerModels.auditSheet(), style));
    sheets.add(
        new Ledgers.Table(
            "填表说明", List.of(List.of("请按要求填写各列。"), List.of("整改时限须具体到日。")), List.of(), 1));
    sheets.add(LedgerLayouts.table("旧版（隐藏）", LedgerModels.auditSheet(), style));
    byte[] xlsx = Ledgers.workbook(new XSSFWorkbook(), sheets, List.of("旧版（隐藏）"));
    JsonPath answer = dryRun(xlsx, DocumentText.XLSX);
    List<Map<String, Object>> expected =
        new ArrayList<>(
            LedgerLayouts.expected(
                "巡察反馈问题", LedgerModels.taskList(), style, LedgerLayouts.firstDataRow(style), true));
    expected.addAll(
        LedgerLayouts.expected(
            "审计发现问题", LedgerModels.auditSheet(), style, LedgerLayouts.firstDataRow(style), true));
    assertProblems(expected, answer);
    List<String> warnings = answer.getList("warnings");
    assertEquals(4, warnings.size(), warnings.toString());
    org.hamcrest.MatcherAssert.assertThat(
        warnings.get(0), containsString("Sheet 「旧版（隐藏）」 is hidden; it was not read."));
    // each sheet's 注： row is named as a note, not imported (0247)
    org.hamcrest.MatcherAssert.assertThat(
        warnings.get(1), containsString("Sheet 「巡察反馈问题」 row 12 is a note"));
    org.hamcrest.MatcherAssert.assertThat(
        warnings.get(2), containsString("Sheet 「审计发现问题」 row 7 is a note"));
    org.hamcrest.MatcherAssert.assertThat(warnings.get(3), containsString("填表说明"));
  }

  @Test
  void aSheetWithACategoryColumnKeepsItsCategoriesWithoutTheSheetName() {
    Style style = Style.of(Layout.REPEATED).withCategoryColumn();
    byte[] xlsx =
        Ledgers.xlsx(
            List.of(
                LedgerLayouts.table("巡察", LedgerModels.taskList(), style),
                LedgerLayouts.table("审计", LedgerModels.auditSheet(), style)));
    List<Map<String, Object>> expected =
        new ArrayList<>(
            LedgerLayouts.expected(
                "巡察", LedgerModels.taskList(), style, LedgerLayouts.firstDataRow(style), false));
    expected.addAll(
        LedgerLayouts.expected(
            "审计", LedgerModels.auditSheet(), style, LedgerLayouts.firstDataRow(style), false));
    assertProblems(expected, dryRun(xlsx, DocumentText.XLSX));
  }

  /**
   * A Word document with one table per group, each under its own numbered heading: the heading is
   * the top category of that table's problems (carried over a later table with no heading of its
   * own), the document title and an introduction are not, and each problem's origin names its
   * table.
   */
  @Test
  @SuppressWarnings("unchecked")
  void eachWordTableUnderItsOwnHeadingGivesItsProblemsThatCategoryAndItsTableNumber() {
    Style style = Style.of(Layout.MERGED).headers(1);
    List<Problem> first = LedgerModels.taskList();
    List<Problem> second = LedgerModels.auditSheet();
    byte[] docx =
        Ledgers.docx(
            List.of(
                "××局巡察审计反馈问题整改任务清单",
                "根据反馈意见，制定如下整改任务清单。",
                "一、巡察反馈问题",
                LedgerLayouts.table(null, first, style),
                "二、审计发现问题",
                "（一）财务管理方面",
                LedgerLayouts.table(null, second.subList(0, 1), style),
                "以下为其余审计问题：",
                LedgerLayouts.table(null, second.subList(1, second.size()), style)));
    JsonPath answer = dryRun(docx, DocumentText.DOCX);
    List<Map<String, Object>> expected = new ArrayList<>();
    Object[][] parts = {
      {first, List.of("巡察反馈问题"), 1},
      {second.subList(0, 1), List.of("审计发现问题", "财务管理方面"), 2},
      {second.subList(1, second.size()), List.of("审计发现问题", "财务管理方面"), 3}
    };
    for (Object[] part : parts) {
      for (Map<String, Object> p :
          LedgerLayouts.expected(
              null, (List<Problem>) part[0], style, LedgerLayouts.firstDataRow(style), false)) {
        List<String> path = new ArrayList<>((List<String>) part[1]);
        path.addAll((List<String>) p.get("categoryPath"));
        p.put("categoryPath", path);
        ((Map<String, Object>) p.get("origin")).put("table", part[2]);
        expected.add(p);
      }
    }
    assertProblems(expected, answer);
  }

  /**
   * A ledger of 20,000 rows, written as many systems export Excel (POI's streaming writer, whose
   * ZIP local headers the JDK's ZipInputStream refuses): its sheet part inflates to more than the
   * one-part cap that protects the Word reader (8 MB), but the sheet reader streams it, so every
   * row is read.
   */
  @Test
  void aLedgerOfTwentyThousandRowsIsReadRowByRow() throws Exception {
    int rows = 20_000;
    byte[] xlsx;
    try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb =
        new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
      org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("整改台账");
      String[] header = {"序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"};
      org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        head.createCell(c).setCellValue(header[c]);
      }
      for (int r = 1; r <= rows; r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue("第" + r + "号问题台账登记不完整。部分事项未按规定时限办结，群众反映的诉求跟踪回访不到位。");
        row.createCell(2).setCellValue("建立第" + r + "号问题的整改台账，逐项明确责任人和完成时限，每月通报一次办理进度，办结后回访。");
        row.createCell(3).setCellValue("第" + (r % 50 + 1) + "党支部");
        row.createCell(4).setCellValue("张" + (r % 7 == 0 ? "三" : "四"));
        row.createCell(5).setCellValue("2025年" + (r % 12 + 1) + "月底");
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      xlsx = out.toByteArray();
    }
    long sheetPart = 0;
    try (var zip =
        new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
            new java.io.ByteArrayInputStream(xlsx))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith("xl/worksheets/")) {
          sheetPart = zip.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(
        sheetPart > 8L << 20, "the sheet part inflates to " + sheetPart + " bytes");
    String body = Api.dryRun("两万行台账", xlsx, DocumentText.XLSX);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> problems =
        (List<Map<String, Object>>)
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(body, Map.class)
                .get("problems");
    assertEquals(rows, problems.size());
    for (int r : new int[] {1, 9_999, rows}) {
      Map<String, Object> p = problems.get(r - 1);
      assertEquals("第" + r + "号问题台账登记不完整", p.get("title"));
      assertEquals(Map.of("sheet", "整改台账", "rows", List.of(r + 1, r + 1)), p.get("origin"));
      @SuppressWarnings("unchecked")
      Map<String, Object> m = ((List<Map<String, Object>>) p.get("measures")).get(0);
      assertEquals(List.of("第" + (r % 50 + 1) + "党支部"), m.get("responsibleUnits"));
      assertEquals(
          java.time.YearMonth.of(2025, r % 12 + 1).atEndOfMonth().toString(), m.get("deadline"));
    }
  }

  /**
   * A Word table continued in a second table without a header row, whose first row's problem cell
   * contains 问题 and measure cell 措施 (as a header row would): its rows are problems of the table
   * above, none lost, none taken for a header.
   */
  @Test
  void aTableContinuedWithoutAHeaderWhoseRowsNameProblemsAndMeasuresLosesNoRow() {
    List<List<Object>> first =
        List.of(
            List.of("序号", "存在问题", "整改措施", "责任单位", "完成时限"),
            List.of("1", "问题一。", "措施一。", "办公室", "2024年8月31日"),
            List.of("2", "公车私用问题", "完善车辆管理措施", "财务科", "2024年9月30日"));
    List<List<Object>> continued =
        List.of(
            List.of("3", "问题三。", "措施三。", "人事科", "2024年10月31日"),
            List.of("4", "会议记录不全问题", "规范会议记录措施", "纪委", "2024年11月30日"));
    byte[] docx =
        Ledgers.docx(
            List.of(
                "整改任务清单",
                new Ledgers.Table(null, first, List.of(), 5),
                "",
                new Ledgers.Table(null, continued, List.of(), 5)));
    JsonPath answer = dryRun(docx, DocumentText.DOCX);
    assertEquals(List.of("问题一", "公车私用问题", "问题三", "会议记录不全问题"), answer.getList("problems.title"));
    assertEquals(
        List.of("措施一。", "完善车辆管理措施", "措施三。", "规范会议记录措施"),
        answer.getList("problems.measures.measure").stream()
            .map(m -> ((List<?>) m).get(0))
            .toList());
    assertEquals(
        List.of("2024-08-31", "2024-09-30", "2024-10-31", "2024-11-30"),
        answer.getList("problems.measures.deadline").stream()
            .map(m -> ((List<?>) m).get(0))
            .toList());
    assertEquals(
        List.of(
            Map.of("table", 1, "rows", List.of(2, 2)),
            Map.of("table", 1, "rows", List.of(3, 3)),
            Map.of("table", 2, "rows", List.of(1, 1)),
            Map.of("table", 2, "rows", List.of(2, 2))),
        answer.getList("problems.origin"));
    assertEquals(List.of(), answer.getList("warnings"));
  }
}
