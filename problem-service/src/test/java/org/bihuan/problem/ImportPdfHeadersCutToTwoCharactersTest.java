package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.ChinesePdfRuled;
import org.bihuan.problem.support.RuledPdfs;
import org.junit.jupiter.api.Test;

/**
 * A PDFBox table whose last header was cut at the page's edge to two characters
 * (docs/decisions/0358), through {@code POST /sources/{id}/import?dryRun=true}: 分管 begins only 分管领导
 * and names the leaders' column; 责任 (责任单位, 责任领导, 责任人) and 完成 (完成时限, 完成情况) begin headers of several
 * columns and name none: the column is not read and the dry run says so, never a wrong column.
 */
@QuarkusTest
class ImportPdfHeadersCutToTwoCharactersTest {

  private static final Path CORPUS = Path.of("../bench/import-accuracy/corpus");

  private static final String EDGE = "tasklist-header-cut-to-two-at-page-edge-ruled";

  /** Reaching the page's right edge: 40 pt of margin and 555 pt of columns on an A4 page. */
  private static final float[] WIDTHS = {30, 100, 110, 60, 85, 60, 110};

  private static JsonPath pdf(byte[] body) {
    return dryRunPath("住建整改", body, DocumentText.PDF);
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

  @Test
  void aHeaderCutToTwoCharactersOfOneKnownHeaderNamesItsColumn() throws Exception {
    JsonPath read = pdf(new ChinesePdfRuled().generate(CORPUS, List.of(EDGE + ".ruled")));
    assertEquals(
        List.of("宫平", "向东"),
        read.getList("problems.collect { it.measures[0].leaderInCharge }"),
        read.prettify());
    Map<String, Object> expected =
        new ObjectMapper()
            .readValue(
                Files.readAllBytes(CORPUS.resolve(EDGE + ".expected.json")),
                new TypeReference<>() {});
    assertEquals(expected.get("problems"), problems(read), read.prettify());
    assertEquals(expected.get("warnings"), read.getList("warnings"), read.prettify());
  }

  @Test
  void aHeaderCutToTwoCharactersOfHeadersOfSeveralColumnsNamesNone() {
    for (String[] cut : new String[][] {{"责任", "鲁平"}, {"完成", "2025年3月31日"}}) {
      byte[] body =
          RuledPdfs.table(
              List.of("县住建局整改清单"),
              List.of(
                  List.of("序号", "存在问题", "整改措施", "责任单位", "完成情况", "分管领导", cut[0]),
                  List.of("1", "工地扬尘管控不严。", "开展扬尘专项检查。", "建管科", "正在推进", "宫平", cut[1])),
              WIDTHS);
      JsonPath read = pdf(body);
      assertEquals(1, read.getList("problems").size(), read.prettify());
      assertEquals("工地扬尘管控不严", read.getString("problems[0].title"), read.prettify());
      assertEquals(
          Arrays.asList("开展扬尘专项检查。", List.of("建管科"), "宫平", null, null, null, "正在推进"),
          Arrays.asList(
              read.get("problems[0].measures[0].measure"),
              read.get("problems[0].measures[0].responsibleUnits"),
              read.get("problems[0].measures[0].leaderInCharge"),
              read.get("problems[0].measures[0].responsiblePerson"),
              read.get("problems[0].measures[0].timing"),
              read.get("problems[0].measures[0].deadline"),
              read.get("problems[0].measures[0].progress")),
          cut[0] + ": " + read.prettify());
      List<String> warnings = read.getList("warnings");
      assertTrue(
          warnings.contains(
              "Table: column 7 「"
                  + cut[0]
                  + "」 is not imported (the importer does not know it); the text of its 1 filled"
                  + " cell(s) was not kept."),
          cut[0] + ": the column not read is named: " + read.prettify());
    }
  }
}
