package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.OfficeMixedTables;
import org.junit.jupiter.api.Test;

/**
 * A ruled table and a table without borders on one PDF page, and a row whose unit alone a page
 * break cuts (docs/decisions/0242; LibreOffice's PDFs of POI .docx tables, {@link
 * OfficeMixedTables}, committed under src/test/resources/formats): a table without borders going on
 * over a page that also holds a ruled table, a ruled table ending on the page where a table without
 * borders starts, and the unit 后勤|服务中心 cut under a problem, measure and time limit that fit above
 * the break. Problem cells starting with a bare 问题： are titled by what follows the label, in PDF,
 * Word and Excel tables. Every field of every problem and measure compared, the .docx each PDF was
 * made from giving the same problems; through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfRuledAndBorderlessOnOnePageTest {

  private static final List<List<String>> FIRST = OfficeMixedTables.FIRST_ROWS;
  private static final List<List<String>> SECOND = OfficeMixedTables.SECOND_ROWS;

  /** The titles of FIRST's and SECOND's problems, as a reader writes them. */
  private static final List<String> FIRST_TITLES =
      List.of(
          "公务接待第1方面的工作还存在薄弱环节需要逐项对照检查加以改进",
          "会议管理第1方面的工作还存在薄弱环节需要逐项对照检查加以改进",
          "食堂卫生不达标，餐具消毒记录缺失",
          "车辆管理不规范，出车登记不全");

  private static final List<String> SECOND_TITLES = List.of("专项资金拨付滞后", "政府采购程序不规范");

  private static final List<String> FIRST_DEADLINES =
      List.of("2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30");

  private static final List<String> SECOND_DEADLINES = List.of("2024-10-31", "2024-11-30");

  @Test
  void aTableWithoutBordersGoesOnOverAPageThatAlsoHoldsARuledTable() throws IOException {
    // page 1: the table without borders, its second row cut; page 2: the rest of that row, rows 3
    // and 4, then (after an empty paragraph) a ruled table of other columns without a leader
    assertRead(
        "mixed-borderless-then-ruled.pdf",
        OfficeMixedTables.borderlessThenRuled(),
        twoTables(false, true),
        twoTables(false, false));
  }

  @Test
  void aTableWithoutBordersStartingWhereARuledTableEndsKeepsEveryRow() throws IOException {
    // page 1: the ruled table, its second row cut; page 2: its header repeated (标题行重复), the rest of
    // that row, rows 3 and 4, then (after an empty paragraph) the table without borders with its
    // own header: its first row is that table's, not the ruled one's nor text outside the tables
    assertRead(
        "mixed-ruled-then-borderless.pdf",
        OfficeMixedTables.ruledThenBorderless(),
        twoTables(true, true),
        twoTables(true, false));
  }

  /**
   * The problems of {@link OfficeMixedTables#FIRST_ROWS} (table 1, ruled when {@code firstRuled},
   * then without its leader column) and {@link OfficeMixedTables#SECOND_ROWS} (table 2, the other
   * kind), as read from the PDF (with pages) or from the .docx.
   */
  private static List<Map<String, Object>> twoTables(boolean firstRuled, boolean pdf) {
    List<List<String>> first = firstRuled ? OfficeMixedTables.withoutLeader(FIRST) : FIRST;
    List<List<String>> second = firstRuled ? SECOND : OfficeMixedTables.withoutLeader(SECOND);
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      // rows 3 and 4 stand on page 2, under the ruled table's header repeated there (row 4)
      int row = pdf && firstRuled && i >= 2 ? i + 3 : i + 2;
      int page = pdf ? (i < 2 ? 1 : 2) : 0;
      out.add(
          expected(
              first.get(i),
              FIRST_TITLES.get(i),
              FIRST_DEADLINES.get(i),
              !firstRuled,
              1,
              row,
              page));
    }
    for (int i = 0; i < second.size(); i++) {
      out.add(
          expected(
              second.get(i),
              SECOND_TITLES.get(i),
              SECOND_DEADLINES.get(i),
              firstRuled,
              2,
              i + 2,
              pdf ? 2 : 0));
    }
    return out;
  }

  @Test
  void aRowWhoseUnitAloneIsCutByThePageBreakIsOneMeasureWithOneUnit() throws IOException {
    List<List<String>> cells = OfficeMixedTables.UNIT_CUT;
    for (boolean ruled : List.of(true, false)) {
      List<Map<String, Object>> pdf = new ArrayList<>();
      List<Map<String, Object>> word = new ArrayList<>();
      for (int page : List.of(1, 0)) {
        List<Map<String, Object>> into = page == 1 ? pdf : word;
        into.add(
            problem(
                "公务接待第1方面的工作还存在薄弱环节需要逐项对照检查加以改进",
                cells.get(0).get(1),
                List.of(),
                origin(1, 2, page),
                List.of(
                    measure(
                        cells.get(0).get(2),
                        List.of("办公室"),
                        null,
                        "张三",
                        "DEADLINE",
                        "2024-06-30"))));
        into.add(
            problem(
                "会议管理不规范，会议多、时间长、效果差",
                "会议管理不规范，会议多、时间长、效果差。",
                List.of(),
                origin(1, 3, page),
                List.of(
                    measure("精简会议，压缩会期。", List.of("综合科"), null, "李四", "DEADLINE", "2024-06-30"))));
        // 后勤 on page 1, 服务中心 (under the header repeated, when ruled) on page 2: one unit
        into.add(
            problem(
                "账目不清",
                "问题：账目不清。",
                List.of(),
                origin(1, 4, page),
                List.of(
                    measure("开展账目清理。", List.of("后勤服务中心"), null, "王五", "DEADLINE", "2024-07-30"))));
      }
      String name = "table-unit-cut-" + (ruled ? "ruled" : "borderless") + ".pdf";
      assertRead(name, OfficeMixedTables.unitCut(ruled), pdf, word);
    }
  }

  @Test
  void aBareProblemLabelInAnExcelCellIsTakenOffTheTitle() {
    List<List<Object>> rows =
        List.of(
            List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "整改时限"),
            List.of("1", "问题：食堂卫生不达标", "开展食堂卫生整治。", "刘副局长", "后勤科", "2024年8月31日"),
            List.of("2", "存在问题：车辆管理不规范。", "修订车辆管理办法。", "陈副局长", "办公室", "2024年9月30日"));
    Ledgers.Table table = new Ledgers.Table("整改台账", rows, List.of(), 6);
    for (String type : List.of(DocumentText.XLSX, DocumentText.XLS)) {
      byte[] book =
          type.equals(DocumentText.XLSX)
              ? Ledgers.xlsx(List.of(table))
              : Ledgers.xls(List.of(table));
      JsonPath answer = dryRunPath("表格导入", book, type);
      assertEquals(
          List.of(
              problem(
                  "食堂卫生不达标",
                  "问题：食堂卫生不达标",
                  List.of(),
                  sheetRows(2),
                  List.of(
                      measure(
                          "开展食堂卫生整治。", List.of("后勤科"), "刘副局长", null, "DEADLINE", "2024-08-31"))),
              problem(
                  "车辆管理不规范",
                  "存在问题：车辆管理不规范。",
                  List.of(),
                  sheetRows(3),
                  List.of(
                      measure(
                          "修订车辆管理办法。", List.of("办公室"), "陈副局长", null, "DEADLINE", "2024-09-30")))),
          problems(answer),
          type + "\n" + answer.prettify());
    }
  }

  private static Map<String, Object> sheetRows(int row) {
    Map<String, Object> o = new java.util.LinkedHashMap<>();
    o.put("sheet", "整改台账");
    o.put("rows", List.of(row, row));
    return o;
  }

  /** The PDF read as {@code pdf} without a warning, the .docx it was made from as {@code word}. */
  private static void assertRead(
      String name, byte[] docx, List<Map<String, Object>> pdf, List<Map<String, Object>> word)
      throws IOException {
    JsonPath fromWord = dryRunPath("表格导入", docx, DocumentText.DOCX);
    assertEquals(word, problems(fromWord), name + " (.docx)\n" + fromWord.prettify());
    JsonPath fromPdf = dryRunPath("表格导入", FormatFiles.committed(name), DocumentText.PDF);
    assertEquals(pdf, problems(fromPdf), name + "\n" + fromPdf.prettify());
    assertEquals(List.of(), fromPdf.getList("warnings"), name);
  }

  /**
   * The problem of a row (序号 | problem | measure | [leader] | unit | person | time limit), its
   * origin row {@code row} of table {@code table}, on {@code page} (0: a Word table, no page).
   */
  private static Map<String, Object> expected(
      List<String> cells,
      String title,
      String deadline,
      boolean leader,
      int table,
      int row,
      int page) {
    int unit = leader ? 4 : 3;
    return problem(
        title,
        cells.get(1),
        List.of(),
        origin(table, row, page),
        List.of(
            measure(
                cells.get(2),
                List.of(cells.get(unit)),
                leader ? cells.get(3) : null,
                cells.get(unit + 1),
                "DEADLINE",
                deadline)));
  }

  private static Map<String, Object> origin(int table, int row, int page) {
    return page == 0 ? rows(table, row, row) : rows(table, row, row, page);
  }
}
