package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.resource;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.PdfPageEdgeTable;
import org.junit.jupiter.api.Test;

/**
 * A Word table wider than its page printed to PDF by LibreOffice ({@link PdfPageEdgeTable},
 * committed under src/test/resources/formats): the right border is drawn at the page's edge, the
 * 完成时限 cell's 2024年9月30日 wraps after its 30, whose 0 reaches past the edge. Read by the border
 * drawn, the 0 fell in no cell and the date read 2024年9月3日, a wrong deadline given silently; the
 * cut column reaches as far as its text does and the date reads 2024-09-30, as the .docx gives it.
 * The 问题清单 cell's three numbered problems, a paragraph each, beside three numbered measures, are
 * three problems with a measure each (0360), as the .docx gives them, not the three run together.
 * Through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0341).
 */
@QuarkusTest
class ImportPdfTablePastPageEdgeTest {

  private static JsonPath pdf() throws IOException {
    return dryRunPath(
        "档案馆整改", resource("/formats/" + PdfPageEdgeTable.NAME + ".pdf"), DocumentText.PDF);
  }

  @Test
  void theDateCutAtThePageEdgeReadsWhole() throws IOException {
    JsonPath read = pdf();
    // three numbered problems beside three numbered measures: a problem each (0360)
    List<String> first =
        List.of("problems[0].measures[0]", "problems[1].measures[0]", "problems[2].measures[0]");
    assertEquals(
        List.of("2024-09-30", "2024-09-30", "2024-09-30"),
        first.stream().map(m -> read.getString(m + ".deadline")).toList(),
        read.prettify());
    assertEquals(
        List.of("DEADLINE", "DEADLINE", "DEADLINE"),
        first.stream().map(m -> read.getString(m + ".timing")).toList(),
        read.prettify());
    assertEquals(
        List.of("制定档案移交计划", "规范借阅登记", "建立库房巡查台账。"),
        first.stream().map(m -> read.getString(m + ".measure")).toList(),
        read.prettify());
    assertEquals("LONG_TERM", read.getString("problems[3].measures[0].timing"), read.prettify());
  }

  @Test
  void theNumberedProblemsOfACellStayApart() throws IOException {
    JsonPath read = pdf();
    assertEquals(
        List.of("档案移交不及时", "档案借阅登记不全", "库房巡查记录缺失", "档案数字化进度滞后"),
        read.getList("problems.title"),
        read.prettify());
  }

  @Test
  void libreOfficesPdfReadsAsTheWordFile() throws IOException {
    JsonPath word = dryRunPath("档案馆整改", PdfPageEdgeTable.table().docx(), DocumentText.DOCX);
    JsonPath read = pdf();
    assertEquals(withoutOrigins(problems(word)), withoutOrigins(problems(read)), read.prettify());
    assertEquals(word.getList("warnings"), read.getList("warnings"), read.prettify());
  }
}
