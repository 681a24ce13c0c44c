package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * A Word table with its sign-off written as paragraphs under it (填报单位：…　联系人：…), a ledger numbering
 * the measures of a merged 问题 cell 1-1 / 1-2, and a 完成情况 that reports part of the work done — built
 * here by POI and read through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportSignOffPointsAndPartDoneTest {

  private static final List<String> HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限");

  @Test
  void theSignOffParagraphsUnderAWordTableAreNoProblemAndAreNamed() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("XX社区巡察反馈问题整改清单");
      XWPFTable table = document.createTable(3, HEADER.size());
      fill(table, 0, HEADER);
      fill(
          table,
          1,
          List.of("1", "居民议事会制度落实不到位。", "每季度召开居民议事会。", "陆平", "社区居委会", "秦月", "2024年12月31日"));
      fill(table, 2, List.of("2", "社区办公用房被挪作他用。", "清退违规占用办公用房。", "陆平", "社区居委会", "秦月", "立行立改"));
      document
          .createParagraph()
          .createRun()
          .setText("填报单位：XX社区居委会（盖章）\u3000\u3000联系人：秦月\u3000\u3000联系电话：13900001111");
      document.createParagraph().createRun().setText("填表日期：2024年7月1日");
      document.createParagraph().createRun().setText("制表人：罗琳                    审核人：钟诚");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);

      JsonPath answer = TableImportTest.dryRun(out.toByteArray(), DocumentText.DOCX);
      assertEquals(
          List.of("居民议事会制度落实不到位", "社区办公用房被挪作他用"),
          answer.getList("problems.title"),
          answer.prettify());
      assertEquals(
          List.of(List.of("每季度召开居民议事会。"), List.of("清退违规占用办公用房。")),
          answer.getList("problems.measures.measure"));
      assertEquals(
          List.of(List.of("秦月"), List.of("秦月")),
          answer.getList("problems.measures.responsiblePerson"));
      List<String> warnings = answer.getList("warnings");
      assertTrue(
          warnings.contains(
              "The sign-off line(s) under the table (「填报单位：XX社区居委会（盖章） 联系人：秦月 联系电话：1…」,"
                  + " 「填表日期：2024年7月1日」, 「制表人：罗琳 审核人：钟诚」) name who filled it in; they are not"
                  + " problems and were not imported."),
          String.join("\n", warnings));
      assertTrue(
          warnings.stream().noneMatch(w -> w.contains("outside the tables")), warnings::toString);
    }
  }

  @Test
  void subNumbersBesideAMergedProblemCellAreTheMeasuresOfOneProblem() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("台账");
      row(sheet, 0, "序号", "问题", "整改措施", "责任单位", "责任人", "整改时限");
      row(sheet, 1, "1-1", "村务公开不及时，部分村财务公开流于形式。", "规范村务公开栏，按季度公开财务收支。", "农经站", "姜红", "2024年9月30日");
      row(sheet, 2, "1-2", "", "开展村务公开专项督查。", "纪委", "叶飞", "2024年10月31日");
      row(sheet, 3, "2.1", "“一卡通”惠民资金发放存在冒领现象。", "开展“一卡通”专项治理。", "财政所", "邱雨", "2024年12月31日");
      row(sheet, 4, "2.2", "", "追回冒领资金。", "财政所", "邱雨", "立行立改");
      row(sheet, 5, "3-1", "集体资产台账不清。", "清查集体资产。", "农经站", "姜红", "2024年11月30日");
      row(sheet, 6, "3-2", "集体资产台账不清。", "建立资产台账。", "农经站", "姜红", "2024年12月31日");
      row(sheet, 7, "4-1", "村干部坐班制度执行不严。", "落实坐班制度。", "组织办", "叶飞", "2024年9月30日");
      row(sheet, 8, "4-2", "", "开展坐班抽查。", "组织办", "叶飞", "2024年10月31日");
      sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
      sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
      JsonPath answer = TableImportTest.dryRun(bytes(book), DocumentText.XLSX);
      assertEquals(
          List.of("村务公开不及时，部分村财务公开流于形式", "“一卡通”惠民资金发放存在冒领现象", "集体资产台账不清", "村干部坐班制度执行不严"),
          answer.getList("problems.title"),
          answer.prettify());
      assertEquals(
          List.of(
              List.of("规范村务公开栏，按季度公开财务收支。", "开展村务公开专项督查。"),
              List.of("开展“一卡通”专项治理。", "追回冒领资金。"),
              List.of("清查集体资产。", "建立资产台账。"),
              List.of("落实坐班制度。", "开展坐班抽查。")),
          answer.getList("problems.measures.measure"));
      assertEquals(
          List.of(
              List.of("姜红", "叶飞"), List.of("邱雨", "邱雨"), List.of("姜红", "姜红"), List.of("叶飞", "叶飞")),
          answer.getList("problems.measures.responsiblePerson"));
      List<String> warnings = answer.getList("warnings");
      assertTrue(
          warnings.stream()
              .noneMatch(w -> w.contains("under another 序号") || w.contains("blank 问题")),
          String.join("\n", warnings));
    }
  }

  @Test
  void aPartialCompletionIsNotReportedDone() throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("台账");
      row(sheet, 0, "序号", "问题", "整改措施", "责任单位", "整改时限", "完成情况");
      List<String> states = List.of("已完成部分整改", "大部分已完成", "已完成", "整改完成率70%", "已完成整改", "基本整改到位");
      for (int i = 0; i < states.size(); i++) {
        row(
            sheet,
            i + 1,
            String.valueOf(i + 1),
            "问题" + (i + 1) + "整改不到位。",
            "措施" + (i + 1) + "。",
            "办公室",
            "2024年9月30日",
            states.get(i));
      }
      JsonPath answer = TableImportTest.dryRun(bytes(book), DocumentText.XLSX);
      assertEquals(
          Arrays.asList(
              Arrays.asList((Object) null),
              Arrays.asList((Object) null),
              List.of("REPORTED_DONE"),
              Arrays.asList((Object) null),
              List.of("REPORTED_DONE"),
              Arrays.asList((Object) null)),
          answer.getList("problems.measures.statusHint"),
          answer.prettify());
      List<String> warnings = answer.getList("warnings");
      assertEquals(
          2,
          warnings.stream().filter(w -> w.contains("the document reports it done")).count(),
          String.join("\n", warnings));
    }
  }

  private static void fill(XWPFTable table, int row, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      table.getRow(row).getCell(i).setText(values.get(i));
    }
  }

  private static void row(Sheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      if (!values[i].isEmpty()) {
        row.createCell(i).setCellValue(values[i]);
      }
    }
  }

  private static byte[] bytes(Workbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
