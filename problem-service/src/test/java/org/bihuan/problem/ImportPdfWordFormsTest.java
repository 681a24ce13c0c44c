package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.MeasuresByProblemNumber;
import org.bihuan.problem.support.WordFormsAsPdf;
import org.junit.jupiter.api.Test;

/**
 * Word documents printed to PDF, drawn by PDFBox as Word lays them out, read through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0379) with every field of every problem and
 * measure compared: a line that happens to start two pages, 整改任务书 forms, and a measures table keyed
 * by 问题序号 — each read as the .docx is.
 */
@QuarkusTest
class ImportPdfWordFormsTest {

  private static JsonPath dryRunPdf(byte[] pdf) {
    return dryRunPath("外部文件", pdf, DocumentText.PDF);
  }

  @Test
  void aLineThatHappensToStartTwoPagesIsNoRunningHeader() {
    // pages 2 and 3 start with the same body line, where page 1 starts with the title: no text
    // stands above it, so it is the pages' own text and is read as the plan without pages reads it
    JsonPath pdf = dryRunPdf(ChinesePdf.of(WordFormsAsPdf.planPages()));
    JsonPath text =
        dryRunPath(
            "外部文件",
            String.join("\n", WordFormsAsPdf.planPages().stream().flatMap(List::stream).toList())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/plain; charset=UTF-8");
    // the plan's own reading pinned, so that the text and the PDF cannot be wrong together
    assertEquals(
        List.of("理论学习不深入", "采购未执行比价程序", "档案移交不及时"),
        problems(text).stream().map(p -> p.get("title")).toList(),
        text.prettify());
    assertEquals(
        List.of(
            List.of("制定学习计划。", "开展专题研讨。\n加强督促检查"),
            List.of("建立比价制度。", "开展采购自查。\n加强督促检查"),
            List.of("完成档案移交。")),
        problems(text).stream().map(ImportPdfWordFormsTest::measureTexts).toList(),
        text.prettify());
    assertEquals(withoutOrigins(problems(text)), withoutOrigins(problems(pdf)), pdf.prettify());
    assertEquals(
        List.of(1, 2, 3),
        problems(pdf).stream().map(p -> ((Map<?, ?>) p.get("origin")).get("page")).toList(),
        pdf.prettify());
    assertEquals(text.getList("warnings"), pdf.getList("warnings"), pdf.prettify());
  }

  private static List<Map<String, Object>> formProblems(List<Map<String, Object>> origins) {
    return List.of(
        problem(
            "理论学习不深入，学习形式单一",
            "理论学习不深入，学习形式单一。\n整改目标：学习制度落实到位",
            List.of(),
            origins.get(0),
            List.of(measure("制定年度学习计划", List.of("机关党委"), "张明", "王强", "DEADLINE", "2024-12-31"))),
        problem(
            "公务接待不规范",
            "公务接待不规范。\n整改目标：接待管理规范有序",
            List.of(),
            origins.get(1),
            // 立行立改，长期坚持: the measure held in both stages, as in the .docx (0342)
            List.of(
                measure("修订公务接待制度", List.of("办公室"), "李华", "赵六", "IMMEDIATE", null),
                measure("修订公务接待制度", List.of("办公室"), "李华", "赵六", "LONG_TERM", null))),
        problem(
            "采购未执行比价程序",
            "采购未执行比价程序。\n整改目标：采购程序合规",
            List.of(),
            origins.get(2),
            List.of(measure("建立采购比价制度", List.of("财务科"), "张明", "钱七", "DEADLINE", "2024-06-30"))));
  }

  @Test
  void taskFormsPrintedToPdfAreOneProblemEachAsInTheWordFile() {
    JsonPath docx = dryRunTableFile("docx", WordFormsAsPdf.formsDocx());
    assertEquals(
        formProblems(List.of(rows(1, 1, 1), rows(2, 1, 1), rows(3, 1, 1))),
        problems(docx),
        docx.prettify());
    JsonPath pageEach = dryRunPdf(WordFormsAsPdf.formsPdfPageEach());
    assertEquals(
        formProblems(List.of(rows(1, 1, 1, 1), rows(2, 1, 1, 2), rows(3, 1, 1, 3))),
        problems(pageEach),
        pageEach.prettify());
    JsonPath onePage = dryRunPdf(WordFormsAsPdf.formsPdfOnePage());
    assertEquals(
        formProblems(List.of(rows(1, 1, 1, 1), rows(2, 1, 1, 1), rows(3, 1, 1, 1))),
        problems(onePage),
        onePage.prettify());
    assertEquals(
        List.of(
            "Problem 「公务接待不规范」, measure 「修订公务接待制度」: 「立行立改，长期坚持」 says 立行立改 and 长期坚持: the"
                + " measure is held in both stages, as two measures of its text: one IMMEDIATE (立行立改),"
                + " and one LONG_TERM (长期坚持) without a deadline."),
        docx.getList("warnings"),
        docx.prettify());
    assertEquals(docx.getList("warnings"), pageEach.getList("warnings"), pageEach.prettify());
    assertEquals(docx.getList("warnings"), onePage.getList("warnings"), onePage.prettify());
  }

  @Test
  void aMeasuresTableKeyedByProblemNumberAddsItsMeasuresAsInTheWordFile() {
    JsonPath docx = dryRunTableFile("docx", MeasuresByProblemNumber.word());
    // the .docx's own reading pinned: titles, each measure's unit and deadline under its problem
    assertEquals(
        ImportMeasuresByProblemNumberTest.expected(
            List.of(rows(1, 2, 2), rows(1, 3, 3), rows(1, 4, 4))),
        problems(docx),
        docx.prettify());
    JsonPath pdf = dryRunPdf(WordFormsAsPdf.measuresByNumberPdf());
    assertEquals(withoutOrigins(problems(docx)), withoutOrigins(problems(pdf)), pdf.prettify());
    assertEquals(
        List.of(rows(1, 2, 2, 1), rows(1, 3, 3, 1), rows(1, 4, 4, 1)),
        problems(pdf).stream().map(p -> p.get("origin")).toList(),
        pdf.prettify());
    assertEquals(docx.getList("warnings"), pdf.getList("warnings"), pdf.prettify());
  }

  private static List<Object> measureTexts(Map<String, Object> problem) {
    return ((List<?>) problem.get("measures"))
        .stream().map(m -> ((Map<?, ?>) m).get("measure")).map(Object.class::cast).toList();
  }
}
