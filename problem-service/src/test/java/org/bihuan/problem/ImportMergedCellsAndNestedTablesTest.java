package org.bihuan.problem;

import static org.bihuan.problem.support.LedgerSheets.dryRunXlsx;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.LedgerSheets;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/** Tables: cells merged across columns, a table inside a cell, a second table on a sheet. */
@QuarkusTest
class ImportMergedCellsAndNestedTablesTest {

  /** 序号 | 存在问题 | 整改措施 | 牵头领导 | 责任单位（部门） | 具体责任人 | 完成时限. */
  private static final List<Object> WIDE_HEADINGS =
      List.of("序号", "存在问题", "整改措施", "牵头领导", "责任单位（部门）", "具体责任人", "完成时限");

  /**
   * Three rows; the second's 责任单位（部门） cell is merged across 具体责任人, the third's 具体责任人 cell (holding
   * a date) across 完成时限.
   */
  private static Ledgers.Table unitMergedAcrossPerson(String name) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(WIDE_HEADINGS));
    rows.add(row(1, "公务接待不规范。", "修订接待制度。", "张三", "办公室", "李四", "2024年6月30日"));
    rows.add(row(2, "会议偏多。", "精简会议。", "张三", "综合科", "综合科", "2024年7月31日"));
    rows.add(row(3, "调研不深。", "开展调研。", "张三", "政研室", "2024年8月31日", "2024年8月31日"));
    return new Ledgers.Table(
        name, rows, List.of(new int[] {2, 2, 4, 5}, new int[] {3, 3, 5, 6}), WIDE_HEADINGS.size());
  }

  private static void assertMergedCellReadOnce(JsonPath answer, String where) {
    assertEquals(
        List.of("公务接待不规范", "会议偏多", "调研不深"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of(List.of("办公室")), List.of(List.of("综合科")), List.of(List.of("政研室"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        Arrays.asList(List.of("李四"), Arrays.asList((Object) null), Arrays.asList((Object) null)),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(List.of("2024-06-30"), List.of("2024-07-31"), List.of("2024-08-31")),
        answer.getList("problems.measures.deadline"));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(
            containsString(
                where
                    + " 4: a cell merged across 「具体责任人」 and 「完成时限」 was read once, as 「完成时限」;"
                    + " 「具体责任人」 was left empty.")));
    assertThat(
        answer.getList("warnings", String.class),
        hasItem(
            containsString(
                where
                    + " 3: a cell merged across 「责任单位（部门）」 and 「具体责任人」 was read once, as"
                    + " 「责任单位（部门）」")));
  }

  @Test
  void aWordCellMergedAcrossColumnsIsOneValueInItsFirstColumn() {
    JsonPath answer =
        TableImportTest.dryRun(
            Ledgers.docx(List.of("××局整改任务清单"), unitMergedAcrossPerson(null)), DocumentText.DOCX);
    assertMergedCellReadOnce(answer, "Table row");
  }

  @Test
  void anExcelAreaMergedAcrossColumnsIsOneValueInItsFirstColumn() {
    JsonPath answer = dryRunXlsx(unitMergedAcrossPerson("台账"));
    assertMergedCellReadOnce(answer, "Sheet 「台账」 row");
  }

  /** A Word task list whose first row's 整改措施 cell holds a table of steps and their dates. */
  private static byte[] nestedStepsTable() {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("××局整改任务清单");
      List<Object> headings = LedgerSheets.TASK_HEADINGS;
      XWPFTable table = document.createTable(3, headings.size());
      List<List<Object>> rows =
          List.of(
              headings,
              row(1, "公务接待不规范。", "", "办公室", "李四", "2024年6月30日"),
              row(2, "会议偏多。", "精简会议。", "综合科", "王五", "2024年7月31日"));
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < headings.size(); c++) {
          table.getRow(r).getCell(c).setText(Ledgers.text(rows.get(r).get(c)));
        }
      }
      XWPFTableCell cell = table.getRow(1).getCell(2);
      cell.getParagraphs().get(0).createRun().setText("分两步整改：");
      CTTbl inner = cell.getCTTc().addNewTbl();
      XWPFTable steps = new XWPFTable(inner, cell, 3, 2);
      String[][] texts = {{"问题环节", "整改措施"}, {"1.修订接待制度", "6月完成"}, {"2.开展专项检查", "7月完成"}};
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 2; c++) {
          steps.getRow(r).getCell(c).setText(texts[r][c]);
        }
      }
      cell.getCTTc().addNewP();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aTableInsideACellIsPartOfThatCellsText() {
    JsonPath answer = TableImportTest.dryRun(nestedStepsTable(), DocumentText.DOCX);
    assertEquals(List.of("公务接待不规范", "会议偏多"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("分两步整改：\n问题环节 整改措施\n1.修订接待制度 6月完成\n2.开展专项检查 7月完成"), List.of("精简会议。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of("李四"), List.of("王五")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(List.of(2, 2), answer.getList("problems[0].origin.rows"));
  }

  @Test
  void aSecondTableLowerOnASheetIsReadUnderItsOwnHeader() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("巡察反馈问题整改台账", null, null, null, null, null));
    rows.add(row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"));
    rows.add(row(1, "公务接待不规范。", "修订接待制度。", "办公室", "李四", "2024年6月30日"));
    rows.add(row(2, "会议偏多。", "精简会议。", "综合科", "王五", "2024年7月31日"));
    rows.add(row(null, null, null, null, null, null));
    rows.add(row(null, null, null, null, null, null));
    rows.add(row("审计发现问题整改台账", null, null, null, null, null));
    rows.add(row("编号", "问题描述", "责任部门", "整改举措", "完成时间", "联系人"));
    rows.add(row(1, "预算执行偏慢。", "财务科", "加快支出进度。", "2024年9月30日", "赵六"));
    rows.add(row(2, "资产账实不符。", "资产科", "开展资产清查。", "2024年10月31日", "钱七"));
    JsonPath answer =
        dryRunXlsx(
            new Ledgers.Table(
                "台账", rows, List.of(new int[] {0, 0, 0, 5}, new int[] {6, 6, 0, 5}), 6));
    assertEquals(
        List.of("公务接待不规范", "会议偏多", "预算执行偏慢", "资产账实不符"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("修订接待制度。"), List.of("精简会议。"), List.of("加快支出进度。"), List.of("开展资产清查。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(
            List.of(List.of("办公室")),
            List.of(List.of("综合科")),
            List.of(List.of("财务科")),
            List.of(List.of("资产科"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("李四"), List.of("王五"), List.of("赵六"), List.of("钱七")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(
            List.of("2024-06-30"),
            List.of("2024-07-31"),
            List.of("2024-09-30"),
            List.of("2024-10-31")),
        answer.getList("problems.measures.deadline"));
    assertEquals(
        List.of(List.of(), List.of(), List.of(), List.of()),
        answer.getList("problems.categoryPath"));
    assertEquals(List.of(9, 9), answer.getList("problems[2].origin.rows"));
  }
}
