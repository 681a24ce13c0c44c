package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.PlainLedger.deadlineProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.RuledPdfs;
import org.junit.jupiter.api.Test;

/**
 * Units and leaders separated by spaces, the 牵头处室/牵头科室/主要负责人 labels and 整改目标 lines (the problem's,
 * 0330), in a PDF written by PDFBox and a Word table written by POI; PDFs whose problems are in a
 * ruled table, with scanned pages or characters without a Unicode mapping, and duty lines wrapped
 * at the page width — read through {@code POST /sources/{id}/import?dryRun=true} with every field
 * of every problem and measure compared.
 */
@QuarkusTest
class ImportListsGoalsAndPdfPagesTest {

  @Test
  void spacedUnitsAndLeadersNewLabelsAndGoalsInAPdfPlan() {
    byte[] pdf =
        ChinesePdf.of(
            List.of(
                List.of(
                    "××局整改方案",
                    "1.公务接待不规范的问题",
                    "整改措施：修订接待制度。",
                    "责任单位：办公室 财务科 人事科",
                    "主要负责人：张三",
                    "责任领导：李明 王五",
                    "整改时限：2024年6月30日",
                    "整改目标：接待费用下降两成。",
                    "2.会议偏多的问题",
                    "整改目标：会议减少三成。",
                    "整改措施：精简会议。",
                    "牵头处室：综合处；责任领导：李明、王五；整改时限：2024年7月31日",
                    "3.调研不深的问题",
                    "整改措施：开展调研。",
                    "牵头科室：政研科 档案室；整改目标：形成调研报告。",
                    "责任领导：副局长 赵六；整改时限：2024年8月31日")));
    JsonPath answer = TableImportTest.dryRun(pdf, DocumentText.PDF);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范的问题",
                "公务接待不规范的问题\n整改目标：接待费用下降两成。",
                List.of(),
                lines(2, 8, 1),
                List.of(
                    measure(
                        "修订接待制度。",
                        List.of("办公室", "财务科", "人事科"),
                        "李明、王五",
                        "张三",
                        "DEADLINE",
                        "2024-06-30"))),
            problem(
                "会议偏多的问题",
                "会议偏多的问题\n整改目标：会议减少三成。",
                List.of(),
                lines(9, 12, 1),
                List.of(measure("精简会议。", List.of("综合处"), "李明、王五", null, "DEADLINE", "2024-07-31"))),
            problem(
                "调研不深的问题",
                "调研不深的问题\n整改目标：形成调研报告。",
                List.of(),
                lines(13, 16, 1),
                List.of(
                    measure(
                        "开展调研。", List.of("政研科", "档案室"), "赵六", null, "DEADLINE", "2024-08-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
  }

  @Test
  void aLeaderCellOfTwoNamesGivesBothNamesIntact() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("序号", "存在问题", "整改措施", "牵头领导", "责任单位", "完成时限"));
    rows.add(List.of("1", "公务接待不规范。", "修订接待制度。", "李明、王五", "办公室 财务科", "2024年6月30日"));
    rows.add(List.of("2", "会议偏多。", "精简会议。", "李明 王五", "综合科", "2024年7月31日"));
    rows.add(List.of("3", "调研不深。", "开展调研。", "李明　王五", "政研室", "2024年8月31日"));
    byte[] docx =
        Ledgers.docx(
            List.of("整改任务清单"), new Ledgers.Table(null, rows, List.of(), rows.get(0).size()));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    assertEquals(
        List.of("公务接待不规范", "会议偏多", "调研不深"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("李明、王五"), List.of("李明、王五"), List.of("李明、王五")),
        answer.getList("problems.measures.leaderInCharge"));
    assertEquals(
        List.of(List.of(List.of("办公室", "财务科")), List.of(List.of("综合科")), List.of(List.of("政研室"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("修订接待制度。"), List.of("精简会议。"), List.of("开展调研。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of("2024-06-30"), List.of("2024-07-31"), List.of("2024-08-31")),
        answer.getList("problems.measures.deadline"));
    assertEquals(
        Arrays.asList(
            Arrays.asList((Object) null),
            Arrays.asList((Object) null),
            Arrays.asList((Object) null)),
        answer.getList("problems.measures.responsiblePerson"));
  }

  @Test
  void aPdfWhoseProblemsAreInATableOfRuledCellsIsReadByItsCells() {
    byte[] pdf =
        RuledPdfs.table(
            List.of("××局整改任务清单"),
            List.of(
                List.of("序号", "存在问题", "整改措施", "责任单位", "完成时限"),
                List.of("1", "公务接待不规范", "修订接待制度", "办公室", "2024年6月30日"),
                List.of("2", "会议偏多", "精简会议", "综合科", "2024年7月31日")),
            new float[] {30, 120, 120, 80, 100});
    JsonPath answer = TableImportTest.dryRun(pdf, DocumentText.PDF);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范",
                "公务接待不规范",
                List.of(),
                Map.of("page", 1, "table", 1, "rows", List.of(2, 2)),
                List.of(measure("修订接待制度", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"))),
            problem(
                "会议偏多",
                "会议偏多",
                List.of(),
                Map.of("page", 1, "table", 1, "rows", List.of(3, 3)),
                List.of(measure("精简会议", List.of("综合科"), null, null, "DEADLINE", "2024-07-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
  }

  @Test
  void aPdfWithoutAProblemColumnInItsGridIsReadAsText() {
    byte[] pdf =
        RuledPdfs.table(
            List.of("××局整改方案", "1.公务接待不规范的问题", "整改措施：修订接待制度。", "责任单位：办公室；整改时限：2024年6月30日"),
            List.of(List.of("签发", "张三", "日期"), List.of("审核", "李四", "2024年5月1日")),
            new float[] {60, 120, 120});
    JsonPath answer = TableImportTest.dryRun(pdf, DocumentText.PDF);
    assertEquals(List.of("公务接待不规范的问题"), answer.getList("problems.title"), answer.prettify());
    assertEquals(List.of(List.of("修订接待制度。")), answer.getList("problems.measures.measure"));
  }

  @Test
  void scannedPagesAndCharactersWithoutUnicodeAreNamedByPage() {
    byte[] pdf =
        ChinesePdf.of(
            List.of(
                List.of(
                    "××局整改方案", "1.公务接待不规范的问题", "整改措施：修订接待制度\uE000。", "责任单位：办公室；整改时限：2024年6月30日"),
                List.of(),
                List.of("2.会议偏多的问题", "整改措施：精简会议。", "责任单位：综合科；整改时限：2024年7月31日")),
            Set.of(2));
    JsonPath answer = TableImportTest.dryRun(pdf, DocumentText.PDF);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范的问题",
                "公务接待不规范的问题",
                List.of(),
                lines(2, 4, 1),
                List.of(measure("修订接待制度。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"))),
            problem(
                "会议偏多的问题",
                "会议偏多的问题",
                List.of(),
                lines(5, 7, 3),
                List.of(measure("精简会议。", List.of("综合科"), null, null, "DEADLINE", "2024-07-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "Page(s) 2 of the PDF have no text layer (scanned pictures of pages): their problems"
                + " were not read. Check those pages against the import, or send the original Word"
                + " or Excel file.",
            "Page(s) 1 of the PDF show 1 character(s) whose font does not say which character"
                + " they are (no Unicode mapping); they were left out of the text. Check those pages"
                + " against the import."),
        answer.getList("warnings"));
  }

  @Test
  void aDutyLineWrappedAtTheRightEdgeIsJoinedAndAShorterOneIsNot() {
    byte[] pdf =
        ChinesePdf.of(
            List.of(
                List.of(
                    "××局整改方案",
                    "1.公务接待不规范的问题，接待标准执行不严，陪餐人数超出规定标准",
                    "整改措施：修订接待制度，明确接待标准和审批程序，严格控制陪餐人数。",
                    "责任单位：党委办公室、纪检监察室、组织人事科、宣传统战科、机关党",
                    "委；整改时限：2024年6月30日",
                    "2.会议偏多的问题",
                    "整改措施：精简会议。",
                    "责任单位：办公室；整改时限：2024年7月31日",
                    "另外，会议记录不全。")));
    JsonPath answer = TableImportTest.dryRun(pdf, DocumentText.PDF);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范的问题，接待标准执行不严，陪餐人数超出规定标准",
                "公务接待不规范的问题，接待标准执行不严，陪餐人数超出规定标准",
                List.of(),
                lines(2, 5, 1),
                List.of(
                    measure(
                        "修订接待制度，明确接待标准和审批程序，严格控制陪餐人数。",
                        List.of("党委办公室", "纪检监察室", "组织人事科", "宣传统战科", "机关党委"),
                        null,
                        null,
                        "DEADLINE",
                        "2024-06-30"))),
            problem(
                "会议偏多的问题",
                "会议偏多的问题\n另外，会议记录不全。",
                List.of(),
                lines(6, 9, 1),
                List.of(measure("精简会议。", List.of("办公室"), null, null, "DEADLINE", "2024-07-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
  }

  /** A paragraph whose run {@code kept} is followed by a deletion, an insertion and hidden text. */
  private static void revised(XWPFParagraph p, String kept, String deleted, String inserted) {
    p.createRun().setText(kept);
    var del = p.getCTP().addNewDel();
    del.setId(BigInteger.ONE);
    del.setAuthor("审核人");
    del.addNewR().addNewDelText().setStringValue(deleted);
    var ins = p.getCTP().addNewIns();
    ins.setId(BigInteger.TWO);
    ins.setAuthor("审核人");
    ins.addNewR().addNewT().setStringValue(inserted);
    XWPFRun hidden = p.createRun();
    hidden.setText("（内部备注：暂不公开）");
    hidden.setVanish(true);
    p.createRun().setText("。");
  }

  @Test
  void trackedChangesAreAcceptedAndHiddenTextIsNotImportedFromAWordDocument() throws IOException {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("××局整改方案");
      revised(d.createParagraph(), "1.公务接待不规范的问题", "，已基本整改", "，陪餐超标");
      revised(d.createParagraph(), "整改措施：修订接待制度", "，取消全部接待", "，明确审批程序");
      d.createParagraph().createRun().setText("责任单位：办公室；整改时限：2024年6月30日");
      XWPFParagraph hiddenLine = d.createParagraph();
      XWPFRun run = hiddenLine.createRun();
      run.setText("2.这一问题已删除的草稿");
      run.setVanish(true);
      XWPFParagraph deletedLine = d.createParagraph();
      var del = deletedLine.getCTP().addNewDel();
      del.setId(BigInteger.valueOf(3));
      del.setAuthor("审核人");
      del.addNewR().addNewDelText().setStringValue("2.这一问题已被删去");
      d.createParagraph().createRun().setText("2.会议偏多的问题");
      XWPFTable table = d.createTable(1, 1);
      revised(table.getRow(0).getCell(0).getParagraphs().get(0), "整改措施：精简会议", "，停开所有会议", "，合并同类会议");
      d.createParagraph().createRun().setText("责任单位：综合科；整改时限：2024年7月31日");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.write(out);
      docx = out.toByteArray();
    }
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    List<Map<String, Object>> expected =
        List.of(
            deadlineProblem(
                "公务接待不规范的问题，陪餐超标",
                List.of(),
                lines(2, 4, null),
                "修订接待制度，明确审批程序。",
                List.of("办公室"),
                "2024-06-30"),
            problem(
                "会议偏多的问题",
                "会议偏多的问题",
                List.of(),
                lines(7, 8, null),
                List.of(
                    measure(
                        "精简会议，合并同类会议。", List.of("综合科"), null, null, "DEADLINE", "2024-07-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
  }
}
