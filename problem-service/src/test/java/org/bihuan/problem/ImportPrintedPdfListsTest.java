package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.ChinesePdfRuled;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.PrintedPdfLists;
import org.junit.jupiter.api.Test;

/**
 * Rectification lists printed to PDF (docs/decisions/0346), through {@code POST
 * /sources/{id}/import?dryRun=true}, every field of every problem and measure, the origins and the
 * warnings compared with the expected answer:
 *
 * <ul>
 *   <li>a ruled table whose last header, 完成情况, was cut at the page's edge to 完成情 (a PDFBox PDF of
 *       the accuracy corpus's {@code tasklist-header-cut-at-page-edge-ruled}): its column was not
 *       recognised and its progress notes were lost;
 *   <li>LibreOffice's PDFs of {@link PrintedPdfLists#cells}, ruled and without borders: 「蓝天 景川」
 *       read as one person 蓝天景川, 县人民法院 / 执行局 as two units and 城关司法所 / 财务科 as one;
 *   <li>LibreOffice's PDF of {@link PrintedPdfLists#pointsDocx}, each point over two lines of the
 *       page: every point was told by its first line only.
 * </ul>
 */
@QuarkusTest
class ImportPrintedPdfListsTest {

  private static final Path CORPUS = Path.of("../bench/import-accuracy/corpus");

  private static final String EDGE = "tasklist-header-cut-at-page-edge-ruled";

  private static JsonPath pdf(byte[] body) {
    return dryRunPath("法院整改", body, DocumentText.PDF);
  }

  private static byte[] edgePdf() throws Exception {
    return new ChinesePdfRuled().generate(CORPUS, List.of(EDGE + ".ruled"));
  }

  private static Map<String, Object> expected(byte[] json) throws Exception {
    return new ObjectMapper().readValue(json, new TypeReference<>() {});
  }

  /** The answer's problems as the expected file gives them: without their descriptions. */
  private static List<Map<String, Object>> problems(JsonPath read) {
    List<Map<String, Object>> problems = new ArrayList<>();
    for (Map<String, Object> p : read.<Map<String, Object>>getList("problems")) {
      Map<String, Object> without = new LinkedHashMap<>(p);
      without.remove("description");
      problems.add(without);
    }
    return problems;
  }

  private static void readsAsExpected(JsonPath read, Map<String, Object> expected) {
    assertEquals(expected.get("problems"), problems(read), read.prettify());
    assertEquals(
        expected.getOrDefault("warnings", List.of()), read.getList("warnings"), read.prettify());
  }

  @Test
  void aHeaderCutAtThePageEdgeStillNamesItsColumn() throws Exception {
    JsonPath read = pdf(edgePdf());
    assertEquals(
        List.of("已完成", "正在推进"),
        read.getList("problems.collect { it.measures[0].progress }"),
        read.prettify());
    assertEquals(
        java.util.Arrays.asList("REPORTED_DONE", null),
        read.getList("problems.collect { it.measures[0].statusHint }"),
        read.prettify());
    readsAsExpected(
        read, expected(java.nio.file.Files.readAllBytes(CORPUS.resolve(EDGE + ".expected.json"))));
  }

  @Test
  void twoPeopleASpaceApartAreTwoAndANameTheColumnWrapsIsOne() throws Exception {
    for (String name : List.of(PrintedPdfLists.CELLS_NAME, PrintedPdfLists.BORDERLESS_NAME)) {
      JsonPath read = pdf(FormatFiles.committed(name + ".pdf"));
      assertEquals(
          List.of("蓝天、景川", "景川、欧阳修", "鲁平、向东"),
          read.getList("problems.collect { it.measures[0].responsiblePerson }"),
          name + ": " + read.prettify());
    }
  }

  @Test
  void aCourtHoldsItsBureauAndAStationDoesNotHoldASection() throws Exception {
    for (String name : List.of(PrintedPdfLists.CELLS_NAME, PrintedPdfLists.BORDERLESS_NAME)) {
      JsonPath read = pdf(FormatFiles.committed(name + ".pdf"));
      assertEquals(
          List.of(List.of("县人民法院执行局"), List.of("城关司法所", "财务科"), List.of("财务科")),
          read.getList("problems.collect { it.measures[0].responsibleUnits }"),
          name + ": " + read.prettify());
    }
  }

  @Test
  void libreOfficesTablesReadWhole() throws Exception {
    for (String name : List.of(PrintedPdfLists.CELLS_NAME, PrintedPdfLists.BORDERLESS_NAME)) {
      readsAsExpected(
          pdf(FormatFiles.committed(name + ".pdf")),
          expected(FormatFiles.committed(name + ".expected.json")));
    }
  }

  @Test
  void aPointWrappedOverTwoLinesIsToldByBoth() throws Exception {
    JsonPath read = pdf(FormatFiles.committed(PrintedPdfLists.POINTS_NAME + ".pdf"));
    assertEquals(
        List.of(List.of(4, 5), List.of(6, 7), List.of(9, 10), List.of(11, 12)),
        read.getList("problems.origin.lines"),
        read.prettify());
    readsAsExpected(
        read, expected(FormatFiles.committed(PrintedPdfLists.POINTS_NAME + ".expected.json")));
    JsonPath word = dryRunPath("统计局整改", PrintedPdfLists.pointsDocx(), DocumentText.DOCX);
    assertEquals(word.getList("problems.description"), read.getList("problems.description"));
  }
}
