package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.CalcPrintedLedger;
import org.bihuan.problem.support.LedgerSheets;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.ParagraphCellTables;
import org.bihuan.problem.support.RuledPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Leaders each written with a post and a note (副主任 周立（分管城建）、主任 孙宏（总负责）) are two leaders stored by
 * name, the dry run naming the note on the post and the remark left out; a ruled units cell whose
 * lines mark the lead and the helpers (办公室（牵头）⏎各业务股（配合）), the helpers' list wrapped over lines
 * (人事股（牵头）⏎财务股、⏎督导室（配合）) or parted by a ； (财务科（牵头）；办公室), in a Word table and the same table drawn
 * as a ruled PDF; a ledger printed by Calc over two pages whose title row is merged across all the
 * columns. Through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0385).
 */
@QuarkusTest
class ImportLeaderNotesAndUnitCellsTest {

  private static final String LEADERS = "副主任 周立（分管城建）、主任 孙宏（总负责）";

  static final String PLAN =
      """
      区住建局巡察整改方案
      一、问题清单及整改措施
      1.城建档案移交滞后。
      整改措施：建立城建档案移交台账。
      责任领导：%s
      责任单位：城建股；整改时限：2024年6月30日
      """
          .formatted(LEADERS);

  private static final String POSTS =
      "责任领导 written with a post are stored by name only, so that the reports count each"
          + " leader once: 「副主任周立（分管城建）」 → 「周立」.";

  private static final String REMARKS =
      "责任领导 written with a remark on their part in the measure are stored by name only; the"
          + " remark is not kept (add it to the measure's text if it matters): 「主任孙宏（总负责）」 →"
          + " 「孙宏」.";

  private static List<Map<String, Object>> leaderProblems(Map<String, Object> origin) {
    return List.of(
        problem(
            "城建档案移交滞后",
            "城建档案移交滞后。",
            List.of(),
            origin,
            List.of(
                measure("建立城建档案移交台账。", List.of("城建股"), "周立、孙宏", null, "DEADLINE", "2024-06-30"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void leadersEachWithAPostAndANoteAreTwoLeadersByName(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(leaderProblems(lines(3, 6, null)), problems(answer), answer.prettify());
    assertEquals(List.of(POSTS, REMARKS), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void leadersEachWithAPostAndANoteInACellAreTwoLeadersByName(String format) {
    Ledgers.Table table =
        LedgerSheets.table(
            "台账",
            List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "完成时限"),
            List.of(LedgerSheets.row(1, "城建档案移交滞后。", "建立城建档案移交台账。", LEADERS, "城建股", "2024年6月30日")));
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "区住建局巡察整改任务清单", table));
    assertEquals(
        leaderProblems(tableOrSheetRows(format, 2, 2)), problems(answer), answer.prettify());
    assertEquals(List.of(POSTS, REMARKS), answer.getList("warnings"), answer.prettify());
  }

  private static final List<List<String>> UNIT_ROWS =
      List.of(
          List.of("序号", "存在问题", "整改措施", "责任单位", "完成时限"),
          List.of("1", "制度执行不严。", "修订内部管理制度。", "办公室（牵头）\n各业务股（配合）", "2024年6月30日"),
          List.of("2", "干部培训不足。", "开展全员轮训。", "人事股（牵头）\n财务股、\n督导室（配合）", "2024年9月30日"),
          List.of("3", "票据管理混乱。", "清理票据台账。", "财务科（牵头）；办公室", "2024年10月31日"));

  private static final float[] UNIT_WIDTHS = {30, 110, 110, 100, 90};

  private static List<Map<String, Object>> unitProblems(List<Map<String, Object>> origins) {
    Map<String, Object> first =
        measure("修订内部管理制度。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30");
    first.put("coResponsibleUnits", List.of("各业务股"));
    Map<String, Object> second =
        measure("开展全员轮训。", List.of("人事股"), null, null, "DEADLINE", "2024-09-30");
    second.put("coResponsibleUnits", List.of("财务股", "督导室"));
    // a ； parts a list's units as a line does: 办公室 helps the lead above it
    Map<String, Object> third =
        measure("清理票据台账。", List.of("财务科"), null, null, "DEADLINE", "2024-10-31");
    third.put("coResponsibleUnits", List.of("办公室"));
    return List.of(
        problem("制度执行不严", "制度执行不严。", List.of(), origins.get(0), List.of(first)),
        problem("干部培训不足", "干部培训不足。", List.of(), origins.get(1), List.of(second)),
        problem("票据管理混乱", "票据管理混乱。", List.of(), origins.get(2), List.of(third)));
  }

  @Test
  void aWordUnitsCellMarkingTheLeadAndItsWrappedHelpers() {
    JsonPath answer =
        dryRunTableFile("docx", ParagraphCellTables.docx(List.of("区教育局巡察整改任务清单", UNIT_ROWS)));
    assertEquals(
        unitProblems(List.of(rows(1, 2, 2), rows(1, 3, 3), rows(1, 4, 4))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aRuledPdfUnitsCellMarkingTheLeadAndItsWrappedHelpers() {
    JsonPath answer =
        dryRunPath(
            "外部文件",
            RuledPdfs.ruled(List.of("区教育局巡察整改任务清单"), UNIT_ROWS, UNIT_WIDTHS, List.of()),
            DocumentText.PDF);
    assertEquals(
        unitProblems(List.of(rows(1, 2, 2, 1), rows(1, 3, 3, 1), rows(1, 4, 4, 1))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static final String LEDGER_TITLE = "区卫生健康局二〇二四年巡察反馈问题整改落实情况台账";

  /**
   * The title, merged across all seven columns and centred, runs on from page 1 into page 2, where
   * it starts left of the page's first column; each page holds it whole, clipped.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aCalcLedgerWhoseTitleIsMergedAcrossAllColumnsJoinsPageTwosColumns(boolean borders) {
    byte[] pdf =
        CalcPrintedLedger.pdf(
            "整改台账",
            LEDGER_TITLE,
            ImportPdfLedgerColumnsOnNextPageTest.ledger("正在推进"),
            ImportPdfLedgerColumnsOnNextPageTest.WIDTHS,
            4,
            borders,
            new CalcPrintedLedger.Cells(CalcPrintedLedger.Down.BOTTOM, false, true));
    JsonPath answer = dryRunPath("整改台账", pdf, DocumentText.PDF);
    assertEquals(
        ImportPdfLedgerColumnsOnNextPageTest.expected("正在推进"), problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "The line 「整改台账」, repeated at the top or bottom of page(s) 1–2, was read as a running"
                + " header or footer and left out of the text.",
            "The line 「"
                + LEDGER_TITLE
                + "」, repeated at the top or bottom of page(s) 1–2, was read as a running header or"
                + " footer and left out of the text.",
            "Problem 「干部培训覆盖面不足」, measure 「开展新入职人员岗前培训。」: the document reports it done; it is"
                + " imported as not yet verified (its evidence still has to be checked).",
            "Problem 「财务报销审核不严」, measure 「开展财务票据自查自纠。」: the document reports it done; it is"
                + " imported as not yet verified (its evidence still has to be checked)."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
