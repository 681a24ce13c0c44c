package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.PlainLedger.deadlineProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.OfficeTables;
import org.bihuan.problem.support.PlainLedger;
import org.bihuan.problem.support.StartOverrideListWord;
import org.junit.jupiter.api.Test;

/**
 * Documents an outside tester wrote (0233), through {@code POST /sources/{id}/import?dryRun}: a
 * Word table whose header cells wrap over two lines, without borders and with them, exported to PDF
 * by LibreOffice ({@link OfficeTables}, committed under src/test/resources/documents), with label
 * lines above it (问题：以下为检查发现的问题, 责任单位：各部门) and a 说明 line under it; items numbered 第1号：; a 问题： line
 * ending in a comma; a .doc whose list starts at 5 and restarts ({@link StartOverrideListWord}).
 */
@QuarkusTest
class ImportWrappedHeadersLeadInsAndItemNumbersTest {

  private static final String LEAD_IN =
      "「问题：以下为检查发现的问题」, 「责任单位：各部门」 introduce the table below; they name no problem of the"
          + " text and were not imported.";

  /** The 说明 line under the table, named rather than dropped silently (0252). */
  private static final String NOTE =
      "The note 「说明：完成时限为最迟时间，各部门可提前完成。」 was read as a note, not as a problem; it was not"
          + " imported.";

  /** The table's three problems, their origins rows 2–4 of table 1 (on page 1 of a PDF). */
  private static List<Map<String, Object>> tableProblems(Integer page) {
    List<List<String>> rows = OfficeTables.WRAPPED_ROWS;
    List<String> titles = List.of("公务接待管理不规范，接待清单填写不完整", "固定资产账实不符，部分资产长期闲置", "干部教育培训计划执行不到位");
    List<String> timings = List.of("IMMEDIATE", "LONG_TERM", "IMMEDIATE");
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      out.add(
          problem(
              titles.get(i),
              row.get(1),
              List.of(),
              page == null ? rows(1, i + 2, i + 2) : rows(1, i + 2, i + 2, page),
              List.of(
                  measure(
                      row.get(2), List.of(row.get(3)), null, row.get(4), timings.get(i), null))));
    }
    return out;
  }

  @Test
  void aBorderlessTableWhoseHeaderCellsWrapIsReadAndItsLeadInLabelsAreNoProblems()
      throws IOException {
    // 责任单位 over （部门）, 具体责 over 任人, 完成 over 时限: the header is the two lines joined
    JsonPath pdf = dryRunPath("表格导入", document("wrapped-header-unruled.pdf"), DocumentText.PDF);
    assertEquals(tableProblems(1), problems(pdf), pdf.prettify());
    assertEquals(List.of(NOTE, LEAD_IN), pdf.getList("warnings"), pdf.prettify());
  }

  @Test
  void labelLinesAboveARuledTableAreNoProblemsInTheDocxAndItsPdf() throws IOException {
    JsonPath word = dryRunPath("表格导入", OfficeTables.wrappedHeader(true).docx(), DocumentText.DOCX);
    assertEquals(tableProblems(null), problems(word), word.prettify());
    assertEquals(List.of(NOTE, LEAD_IN), word.getList("warnings"), word.prettify());
    JsonPath pdf = dryRunPath("表格导入", document("wrapped-header-ruled.pdf"), DocumentText.PDF);
    assertEquals(tableProblems(1), problems(pdf), pdf.prettify());
    assertEquals(List.of(NOTE, LEAD_IN), pdf.getList("warnings"), pdf.prettify());
  }

  @Test
  void aProblemWrittenWithItsLabelsAboveATableStays() {
    // a 问题 without a hand-over, and duties under a numbered problem, belong to the text
    List<List<Object>> table =
        List.of(PlainLedger.HEADER, List.of("1", "档案管理不规范。", "完善档案管理制度。", "档案室", "2024年10月31日"));
    JsonPath answer =
        dryRunPath(
            "表格导入",
            Ledgers.docx(
                List.of("问题：公务用车管理不规范", "责任单位：办公室"), new Ledgers.Table("清单", table, List.of(), 5)),
            DocumentText.DOCX);
    assertEquals(
        List.of("公务用车管理不规范", "档案管理不规范"), answer.getList("problems.title"), answer.prettify());
  }

  @Test
  void anItemNumbered第1号IsTitledByItsTextInTextAndInATable() {
    String text =
        """
        某某局巡察反馈问题整改清单
        第1号：公务用车管理不规范，存在公车私用现象。
        整改措施：完善公务用车管理制度。
        责任单位：办公室
        整改时限：2024年6月30日
        第2号：财务报销审核不严格。
        整改措施：加强报销审核。
        责任单位：财务科
        整改时限：2024年7月31日
        """;
    JsonPath typed =
        dryRunPath("编号", text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    assertEquals(
        List.of(
            deadlineProblem(
                "公务用车管理不规范，存在公车私用现象",
                List.of(),
                lines(2, 5, null),
                "完善公务用车管理制度。",
                List.of("办公室"),
                "2024-06-30"),
            deadlineProblem(
                "财务报销审核不严格",
                List.of(),
                lines(6, 9, null),
                "加强报销审核。",
                List.of("财务科"),
                "2024-07-31")),
        problems(typed),
        typed.prettify());
    assertEquals(List.of(), typed.getList("warnings"), typed.prettify());

    List<List<Object>> table =
        List.of(
            PlainLedger.HEADER,
            List.of("1", "第1号：公务用车管理不规范，存在公车私用现象。", "完善公务用车管理制度。", "办公室", "2024年6月30日"),
            List.of("2", "第2号：财务报销审核不严格。", "加强报销审核。", "财务科", "2024年7月31日"));
    JsonPath word =
        dryRunPath(
            "编号",
            Ledgers.docx(List.of("整改清单"), new Ledgers.Table("清单", table, List.of(), 5)),
            DocumentText.DOCX);
    assertEquals(
        List.of("公务用车管理不规范，存在公车私用现象", "财务报销审核不严格"),
        word.getList("problems.title"),
        word.prettify());
  }

  @Test
  void aProblemLabelEndingInACommaKeepsItsTextWhole() {
    String text =
        """
        某某局巡察反馈问题整改清单
        一、党建方面
        1.问题：理论学习不深入，学用结合不紧密，
        整改措施：制定学习计划。
        责任单位：办公室
        整改时限：2024年6月30日
        2.问题：组织生活不规范，
        三会一课记录不全。
        整改措施：规范组织生活。
        责任单位：组织科
        整改时限：2024年7月31日
        """;
    JsonPath typed =
        dryRunPath("逗号", text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    assertEquals(
        List.of(
            problem(
                "理论学习不深入，学用结合不紧密",
                "理论学习不深入，学用结合不紧密，",
                List.of("党建方面"),
                lines(3, 6, null),
                List.of(measure("制定学习计划。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"))),
            deadlineProblem(
                "组织生活不规范，三会一课记录不全",
                List.of("党建方面"),
                lines(7, 11, null),
                "规范组织生活。",
                List.of("组织科"),
                "2024-07-31")),
        problems(typed),
        typed.prettify());
    assertEquals(List.of(), typed.getList("warnings"), typed.prettify());
  }

  @Test
  void aDocWhoseListStartsAtFiveAndRestartsReadsTheNumbersTheFileShows() throws IOException {
    JsonPath docx =
        dryRunPath(
            "列表编号", StartOverrideListWord.docx(StartOverrideListWord.PLAN), DocumentText.DOCX);
    JsonPath doc = dryRunPath("列表编号", document("start-override-list.doc"), DocumentText.DOC);
    List<Map<String, Object>> expected =
        List.of(
            deadlineProblem(
                "公务接待管理不规范，接待清单填写不完整",
                List.of("审计发现的问题"),
                lines(3, 6, null),
                "修订公务接待管理办法。",
                List.of("办公室"),
                "2024-06-30"),
            deadlineProblem(
                "固定资产账实不符，部分资产长期闲置",
                List.of("审计发现的问题"),
                lines(7, 10, null),
                "开展资产清查，盘活闲置资产。",
                List.of("财务科"),
                "2024-09-30"),
            deadlineProblem(
                "政府采购程序不规范",
                List.of("审计发现的问题"),
                lines(11, 14, null),
                "严格执行政府采购制度。",
                List.of("财务科"),
                "2024-11-30"),
            deadlineProblem(
                "干部教育培训计划执行不到位",
                List.of("巡察反馈的问题"),
                lines(16, 19, null),
                "制定年度培训计划并按月督办。",
                List.of("人事科"),
                "2024-12-31"),
            deadlineProblem(
                "档案管理不规范",
                List.of("巡察反馈的问题"),
                lines(20, 23, null),
                "完善档案管理制度。",
                List.of("档案室"),
                "2024-10-31"));
    assertEquals(expected, problems(docx), docx.prettify());
    assertEquals(expected, problems(doc), doc.prettify());
    // the .docx numbers 5. 6. 7. and 1. 2. (one list instance starting at 5, one restarting);
    // LibreOffice writes each start into the .doc as a copy of the list holding the instance's
    // first item, the others staying in the list itself, so the .doc shows 5. 1. 2. and 1. 1., as
    // LibreOffice shows that file again (0213): the numbers are read as the file shows them
    assertEquals(
        List.of(
            "Line 3: numbering jumps to 5. at 「公务接待管理不规范，接待清单填写不完整。」; check that no item is missing."),
        docx.getList("warnings"),
        docx.prettify());
    assertEquals(
        List.of(
            "Line 3: numbering jumps to 5. at 「公务接待管理不规范，接待清单填写不完整。」; check that no item is missing.",
            // 1. then 1. again is no jump: no item can be missing between them (0272)
            "Line 7: numbering jumps to 1. at 「固定资产账实不符，部分资产长期闲置。」; check that no item is missing."),
        doc.getList("warnings"),
        doc.prettify());
  }

  private byte[] document(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/documents/" + name)) {
      return in.readAllBytes();
    }
  }
}
