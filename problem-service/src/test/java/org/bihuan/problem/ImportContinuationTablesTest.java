package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.resource;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * Word tables continued in a second table whose columns LibreOffice fitted to other widths, as the
 * .docx they were made from and as LibreOffice's .doc (one table in the file, each row with its own
 * edges) and PDF (committed under src/test/resources/documents): read cell by cell, every field of
 * every problem and measure as the .docx gives it (docs/decisions/0263); and a PDF table row cut by
 * a page break inside its time limit (2024年12月31 | 日) read as one measure. Through {@code POST
 * /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportContinuationTablesTest {

  private static Map<String, Object> withProgress(
      Map<String, Object> measure, List<String> co, String progress, String hint) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("coResponsibleUnits", co);
    m.put("progress", progress);
    m.put("statusHint", hint);
    return m;
  }

  /**
   * The four problems of the table, the second part holding problem 3's 2nd row and problem 4. In
   * the .docx the second part is the file's table 2, and problem 4 is its row 2; problem 3 is told
   * by its rows in table 1, where it begins (0264). The .doc and the PDF hold one table.
   */
  private static List<Map<String, Object>> expected(boolean groupRows, boolean twoTables) {
    List<String> first = groupRows ? List.of("落实主体责任方面") : List.of();
    List<String> second = groupRows ? List.of("作风建设方面") : List.of();
    int shift = groupRows ? 1 : 0;
    return List.of(
        problem(
            "主体责任压得不实，层层传导压力不够",
            "主体责任压得不实，层层传导压力不够。",
            first,
            rows(1, 2 + shift, 2 + shift),
            List.of(
                withProgress(
                    measure("签订责任书。", List.of("办公室"), "张伟", "李娜", "DEADLINE", "2024-06-30"),
                    List.of(),
                    "已完成部分整改",
                    null))),
        problem(
            "“一岗双责”落实不到位",
            "“一岗双责”落实不到位。",
            first,
            rows(1, 3 + shift, 3 + shift),
            List.of(
                withProgress(
                    measure("开展述责述廉。", List.of("人事科"), "李强", "王芳", "DEADLINE", "2024-12-31"),
                    List.of("纪检组"),
                    "已完成",
                    "REPORTED_DONE"))),
        problem(
            "文山会海问题仍然存在",
            "文山会海问题仍然存在。",
            second,
            twoTables
                ? rows(1, 4 + 2 * shift, 4 + 2 * shift)
                : rows(1, 4 + 2 * shift, 5 + 2 * shift),
            List.of(
                measure("压减发文数量。", List.of("办公室"), "李强", "李娜", "DEADLINE", "2024-09-30"),
                measure("压缩会议时长。", List.of("办公室"), null, "赵敏", "DEADLINE", "2024-10-31"))),
        problem(
            "调查研究不深入，走过场",
            "调查研究不深入，走过场。",
            second,
            twoTables ? rows(2, 2, 2) : rows(1, 6 + 2 * shift, 6 + 2 * shift),
            List.of(
                withProgress(
                    measure("制定调研计划。", List.of("政策研究室"), "张伟", "孙磊", "DEADLINE", "2024-11-30"),
                    List.of(),
                    "正在推进",
                    null))));
  }

  private static List<Map<String, Object>> onPageOne(List<Map<String, Object>> problems) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> p : problems) {
      Map<String, Object> copy = new LinkedHashMap<>(p);
      @SuppressWarnings("unchecked")
      Map<String, Object> origin = (Map<String, Object>) p.get("origin");
      Map<String, Object> paged = new LinkedHashMap<>();
      paged.put("page", 1);
      paged.putAll(origin);
      copy.put("origin", paged);
      out.add(copy);
    }
    return out;
  }

  private static void assertReadAsTheDocx(String name, boolean groupRows) throws IOException {
    List<Map<String, Object>> expected = expected(groupRows, false);
    JsonPath docx = dryRunPath("续表导入", resource("/documents/" + name + ".docx"), DocumentText.DOCX);
    assertEquals(expected(groupRows, true), problems(docx), docx.prettify());
    JsonPath doc = dryRunPath("续表导入", resource("/documents/" + name + ".doc"), DocumentText.DOC);
    assertEquals(expected, problems(doc), doc.prettify());
    JsonPath pdf = dryRunPath("续表导入", resource("/documents/" + name + ".pdf"), DocumentText.PDF);
    assertEquals(onPageOne(expected), problems(pdf), pdf.prettify());
    for (JsonPath answer : List.of(docx, doc, pdf)) {
      // problem 3's leader was merged down in the first part; the second part's row leaves it blank
      List<String> warnings = answer.getList("warnings");
      assertTrue(
          warnings.stream()
              .anyMatch(w -> w.contains("is blank for the measure 「压缩会议时长。」") && w.contains("李强」")),
          name + ": " + warnings);
    }
    for (JsonPath answer : List.of(doc, pdf)) {
      List<String> warnings = answer.getList("warnings");
      assertTrue(
          warnings.stream().noneMatch(w -> w.contains("merged across") || w.contains("column")),
          name + ": " + warnings);
      assertEquals(docx.getList("warnings").size(), warnings.size(), name + ": " + warnings);
    }
  }

  @Test
  void aDocAndAPdfWithGroupRowsAndAContinuationOfOtherWidthsReadAsTheirDocx() throws IOException {
    assertReadAsTheDocx("report-table-group-rows-continued", true);
  }

  @Test
  void aContinuationTableOfOtherWidthsKeepsItsColumnsInADocAndAPdf() throws IOException {
    assertReadAsTheDocx("table-continued-other-widths", false);
  }

  @Test
  void aPdfRowCutByAPageBreakInsideItsTimeLimitIsOneMeasure() throws IOException {
    JsonPath docx =
        dryRunPath(
            "续表导入", resource("/documents/tasklist-date-cut-at-page.docx"), DocumentText.DOCX);
    JsonPath pdf =
        dryRunPath("续表导入", resource("/documents/tasklist-date-cut-at-page.pdf"), DocumentText.PDF);
    List<Map<String, Object>> expected = withoutOrigins(problems(docx));
    assertEquals(20, expected.size(), docx.prettify());
    assertEquals(
        "措施乙12：开展专项检查，形成检查报告。",
        docx.getString("problems[11].measures[1].measure"),
        docx.prettify());
    assertEquals(expected, withoutOrigins(problems(pdf)), pdf.prettify());
    List<String> warnings = pdf.getList("warnings");
    assertTrue(warnings.stream().noneMatch(w -> w.contains("「日」")), warnings.toString());
  }
}
