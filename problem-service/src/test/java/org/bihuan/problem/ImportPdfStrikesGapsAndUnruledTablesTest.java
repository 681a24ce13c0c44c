package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunLaidOutPdf;
import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.onPage;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.TaskListTable;
import org.junit.jupiter.api.Test;

/**
 * Struck-out text, letter-spaced unit names, a goal whose last piece moved to the next line, and a
 * table drawn without rulings, in PDFs PDFBox writes here glyph by glyph with the lines it draws
 * ({@link ChinesePdf#laidOut}), and struck-out runs of a Word document written by POI — read
 * through {@code POST /sources/{id}/import?dryRun=true} with every field of every problem and
 * measure compared.
 */
@QuarkusTest
class ImportPdfStrikesGapsAndUnruledTablesTest {

  @Test
  void textStruckThroughInAPdfIsLeftOutAndNamedButUnderlinedTextIsRead() {
    JsonPath answer =
        dryRunLaidOutPdf(
            """
            ××局关于审计反馈问题的整改方案
            一、财务管理方面
            1.公务接待~~严重~~不规范的问题
            整改措施：修订接待制度，~~暂停一切接待，~~严格审批。
            责任单位：办公室
            责任人：__张三__
            整改时限：2024年6月30日
            2.固定资产账实不符的问题
            整改措施：开展资产清查。
            责任单位：财务科
            ~~责任领导：王五~~
            整改时限：2024年9月30日""");
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范的问题",
                "公务接待不规范的问题",
                List.of("财务管理方面"),
                lines(3, 7, 1),
                List.of(
                    measure("修订接待制度，严格审批。", List.of("办公室"), null, "张三", "DEADLINE", "2024-06-30"))),
            problem(
                "固定资产账实不符的问题",
                "固定资产账实不符的问题",
                List.of("财务管理方面"),
                lines(8, 12, 1),
                List.of(measure("开展资产清查。", List.of("财务科"), null, null, "DEADLINE", "2024-09-30"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "Page 1 of the PDF: struck-out text (a line drawn through it) was left out: line 3 「严重」,"
                + " line 4 「暂停一切接待，」, line 11 「责任领导：王五」 (lines counted from the top of the"
                + " page). Check the import if a stroke was not a deletion."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @Test
  void aUnitNameLetterSpacedInAPdfIsOneUnitAndTwoUnitsApartStayTwo() {
    JsonPath answer =
        dryRunLaidOutPdf(
            """
            ××县教育局整改方案
            1.预算执行缓慢的问题
            整改措施：建立预算执行月通报制度。
            责任单位：党委{gap}办公室
            整改时限：2024年9月30日
            2.会议偏多的问题
            整改措施：精简会议。
            责任单位：党委办公室{GAP}纪委办公室
            整改时限：2024年7月31日""");
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "预算执行缓慢的问题",
                "预算执行缓慢的问题",
                List.of(),
                lines(2, 5, 1),
                List.of(
                    measure(
                        "建立预算执行月通报制度。", List.of("党委办公室"), null, null, "DEADLINE", "2024-09-30"))),
            problem(
                "会议偏多的问题",
                "会议偏多的问题",
                List.of(),
                lines(6, 9, 1),
                List.of(
                    measure(
                        "精简会议。",
                        List.of("党委办公室", "纪委办公室"),
                        null,
                        null,
                        "DEADLINE",
                        "2024-07-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
  }

  @Test
  void aGoalWhoseLastPieceMovedWholeToTheNextLineIsJoinedInAPdf() {
    JsonPath answer =
        dryRunLaidOutPdf(
            """
            ××县教育局关于巡察反馈问题的整改方案
            1.预算执行缓慢的问题
            整改措施：建立预算执行月通报制度，按月通报各单位执行进度。
            责任单位：财务科
            整改时限：2024年9月30日
            整改目标：力争到今年年底前实现本单位全年预算执行率达到
            100%。
            2.会议偏多的问题
            整改措施：精简会议。
            责任单位：办公室
            整改时限：2024年7月31日""");
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "预算执行缓慢的问题",
                "预算执行缓慢的问题\n整改目标：力争到今年年底前实现本单位全年预算执行率达到100%。",
                List.of(),
                lines(2, 7, 1),
                List.of(
                    measure(
                        "建立预算执行月通报制度，按月通报各单位执行进度。",
                        List.of("财务科"),
                        null,
                        null,
                        "DEADLINE",
                        "2024-09-30"))),
            problem(
                "会议偏多的问题",
                "会议偏多的问题",
                List.of(),
                lines(8, 11, 1),
                List.of(measure("精简会议。", List.of("办公室"), null, null, "DEADLINE", "2024-07-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static final String UNRULED_TABLE =
      """
      ××局巡察反馈问题整改任务清单
      一、作风建设方面
      <<COLUMNS 30 75 190 305 396 452>>
      |序号|问题描述|具体措施|责任部门|联系人|完成时间
      |1|公务接待不规范，|修订接待制度，|办公室|张三|2024年6月30日
      | |陪餐人数超标。|严格审批程序。
      |2|会议偏多。|精简会议。|办公室|李四|2024年7月31日
      | | |合并同类会议。|综合科|王五|2024年8月31日
      |3|调研不深入，|开展专题调研。|党委办公室、|赵六|2024年9月30日
      | |成果转化少。| |纪委办公室

      注：完成时间以实际完成为准，逾期未完成的须书面说明原因。""";

  @Test
  void aPdfTableWithoutRulingsIsReadAsTheSameTableInWordIs() {
    List<Map<String, Object>> expected =
        TaskListTable.problems(List.of(rows(1, 2, 2), rows(1, 3, 4), rows(1, 5, 5)));
    JsonPath pdf = dryRunLaidOutPdf(UNRULED_TABLE);
    assertEquals(onPage(expected, 1), problems(pdf), pdf.prettify());

    // the same table in Word: the problem cell of 会议偏多 merged over its two measures' rows
    byte[] docx = TaskListTable.docx(3);
    JsonPath word = dryRunPath("表格导入", docx, DocumentText.DOCX);
    assertEquals(expected, problems(word), word.prettify());
  }

  @Test
  void runsStruckOutInAWordDocumentAreNotImported() throws IOException {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("××局整改方案");
      XWPFParagraph first = d.createParagraph();
      first.createRun().setText("1.公务接待");
      first.createRun().setStrikeThrough(true);
      first.getRuns().get(1).setText("严重");
      first.createRun().setText("不规范的问题");
      XWPFParagraph measure = d.createParagraph();
      measure.createRun().setText("整改措施：修订接待制度，");
      var doubled = measure.createRun();
      doubled.setDoubleStrikethrough(true);
      doubled.setText("暂停一切接待，");
      measure.createRun().setText("严格审批。");
      d.createParagraph().createRun().setText("责任单位：办公室；整改时限：2024年6月30日");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.write(out);
      docx = out.toByteArray();
    }
    JsonPath answer = dryRunPath("表格导入", docx, DocumentText.DOCX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范的问题",
                "公务接待不规范的问题",
                List.of(),
                lines(2, 4, null),
                List.of(
                    measure(
                        "修订接待制度，严格审批。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"))));
    assertEquals(expected, problems(answer), answer.prettify());
  }
}
