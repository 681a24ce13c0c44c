package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.resource;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.PlainLedger;
import org.junit.jupiter.api.Test;

/**
 * A problem cell that opens with a lead-in before its numbered items, and the origin of the rows of
 * a Word table continued in a second table (docs/decisions/0264): .docx files and a workbook
 * written by POI, through {@code POST /sources/{id}/import?dryRun=true}, every field of every
 * problem.
 */
@QuarkusTest
class ImportLeadInCellsAndContinuationOriginsTest {

  private static final String LEAD_IN = "经检查，存在以下问题：1.食堂台账登记不全；2.库房物资未定期盘点。";

  private static List<List<Object>> leadInRows() {
    return List.of(
        PlainLedger.HEADER,
        List.of("1", LEAD_IN, "完善台账，定期盘点。", "后勤科", "2024年9月30日"),
        List.of("2", "公务用车登记不规范。", "规范用车登记。", "办公室", "2024年10月31日"));
  }

  private static void assertLeadInCellRead(JsonPath answer, Map<String, Object> firstOrigin) {
    assertEquals(
        List.of(
            problem(
                "食堂台账登记不全",
                LEAD_IN,
                List.of(),
                firstOrigin,
                List.of(
                    measure("完善台账，定期盘点。", List.of("后勤科"), null, null, "DEADLINE", "2024-09-30"))),
            problem(
                "公务用车登记不规范",
                "公务用车登记不规范。",
                List.of(),
                firstOrigin.containsKey("sheet")
                    ? Map.of("sheet", "整改台账", "rows", List.of(3, 3))
                    : rows(1, 3, 3),
                List.of(measure("规范用车登记。", List.of("办公室"), null, null, "DEADLINE", "2024-10-31")))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.startsWith("Problem 「食堂台账登记不全」")
                        && w.contains("lead-in (「经检查，存在以下问题：」) before 2 numbered items")
                        && w.contains("one problem titled by its first item")),
        warnings.toString());
  }

  @Test
  void aWordProblemCellOpeningWithALeadInIsTitledByItsFirstItemAndKeepsEveryItem() {
    byte[] docx =
        Ledgers.docx(List.of("整改任务清单", new Ledgers.Table(null, leadInRows(), List.of(), 5)));
    assertLeadInCellRead(dryRunPath("引语导入", docx, DocumentText.DOCX), rows(1, 2, 2));
  }

  @Test
  void aWorksheetProblemCellOpeningWithALeadInIsTitledByItsFirstItemAndKeepsEveryItem() {
    byte[] xlsx = Ledgers.xlsx(List.of(new Ledgers.Table("整改台账", leadInRows(), List.of(), 5)));
    assertLeadInCellRead(
        dryRunPath("引语导入", xlsx, DocumentText.XLSX),
        Map.of("sheet", "整改台账", "rows", List.of(2, 2)));
  }

  /**
   * A 整改任务清单 split in two Word tables: problem 2's second measure and problem 3 in the second,
   * which repeats the header under 续表 or goes on without it after a blank paragraph.
   */
  private static byte[] continued(boolean headerRepeated) {
    List<List<Object>> first =
        List.of(
            PlainLedger.HEADER,
            List.of("1", "问题一：学习制度落实不到位。", "建立学习台账。", "办公室", "2024年8月31日"),
            List.of("2", "问题二：公务接待不规范。", "修订接待制度。", "办公室", "2024年9月30日"));
    List<List<Object>> rest =
        List.of(
            List.of("", "", "严格审批程序。", "财务科", "2024年10月31日"),
            List.of("3", "问题三：档案管理不规范。", "开展档案整理。", "档案室", "2024年11月30日"));
    List<List<Object>> second = new java.util.ArrayList<>();
    if (headerRepeated) {
      second.add(PlainLedger.HEADER);
    }
    second.addAll(rest);
    return Ledgers.docx(
        List.of(
            "整改任务清单",
            new Ledgers.Table(null, first, List.of(), 5),
            headerRepeated ? "续表" : "",
            new Ledgers.Table(null, second, List.of(), 5)));
  }

  private static List<Map<String, Object>> continuedProblems(int shift) {
    return List.of(
        problem(
            "学习制度落实不到位",
            "问题一：学习制度落实不到位。",
            List.of(),
            rows(1, 2, 2),
            List.of(measure("建立学习台账。", List.of("办公室"), null, null, "DEADLINE", "2024-08-31"))),
        problem(
            "公务接待不规范",
            "问题二：公务接待不规范。",
            List.of(),
            rows(1, 3, 3),
            List.of(
                measure("修订接待制度。", List.of("办公室"), null, null, "DEADLINE", "2024-09-30"),
                measure("严格审批程序。", List.of("财务科"), null, null, "DEADLINE", "2024-10-31"))),
        problem(
            "档案管理不规范",
            "问题三：档案管理不规范。",
            List.of(),
            rows(2, 2 + shift, 2 + shift),
            List.of(measure("开展档案整理。", List.of("档案室"), null, null, "DEADLINE", "2024-11-30"))));
  }

  @Test
  void theRowsOfAContinuationTableRepeatingTheHeaderAreToldAsThatTablesRows() {
    JsonPath answer = dryRunPath("续表导入", continued(true), DocumentText.DOCX);
    assertEquals(continuedProblems(1), problems(answer), answer.prettify());
  }

  /**
   * The .docx of {@link #continued}(true) as LibreOffice saves it as .doc (two tables, 续表 between
   * them) and prints it as PDF, committed under src/test/resources/documents: the .doc tells the
   * rows as the .docx does; the PDF reads one table over its pages, rows counted on (0242).
   */
  @Test
  void aDocTellsTheRowsOfItsContinuationTableAsTheDocxAndAPdfCountsThemOn() throws IOException {
    JsonPath doc =
        dryRunPath(
            "续表导入", resource("/documents/table-continued-under-xubiao.doc"), DocumentText.DOC);
    assertEquals(continuedProblems(1), problems(doc), doc.prettify());
    JsonPath pdf =
        dryRunPath(
            "续表导入", resource("/documents/table-continued-under-xubiao.pdf"), DocumentText.PDF);
    List<Map<String, Object>> counted = new java.util.ArrayList<>();
    List<Map<String, Object>> origins =
        List.of(rows(1, 2, 2, 1), rows(1, 3, 5, 1), rows(1, 6, 6, 1));
    for (int i = 0; i < 3; i++) {
      Map<String, Object> p = new java.util.LinkedHashMap<>(continuedProblems(1).get(i));
      p.put("origin", origins.get(i));
      counted.add(p);
    }
    assertEquals(counted, problems(pdf), pdf.prettify());
  }

  @Test
  void theRowsOfAContinuationTableWithoutAHeaderAreToldAsThatTablesRows() {
    JsonPath answer = dryRunPath("续表导入", continued(false), DocumentText.DOCX);
    assertEquals(continuedProblems(0), problems(answer), answer.prettify());
  }
}
