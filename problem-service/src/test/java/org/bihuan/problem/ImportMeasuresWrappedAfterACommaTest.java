package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.junit.jupiter.api.Test;

/**
 * A measure whose line ends with a comma after its label (整改措施：建立台账，) and goes on in the next line
 * keeps the comma (docs/decisions/0225): as text, as Word paragraphs, as one Word paragraph with
 * soft line breaks and as a PDF PDFBox writes, read through {@code POST
 * /sources/{id}/import?dryRun=true} with every field of every problem and measure compared (the
 * origins aside: they number each format's lines its own way). A measure that ends with its comma
 * where its label's line ends, the duties following, leaves the comma out as before.
 */
@QuarkusTest
class ImportMeasuresWrappedAfterACommaTest {

  private static final List<String> PLAN =
      List.of(
          "××局巡察反馈问题整改方案",
          "一、作风建设方面",
          "1.会议偏多。",
          "整改措施：精简会议，",
          "压缩会期。",
          "责任单位：办公室",
          "整改时限：2024年6月30日",
          "2.档案管理不规范。",
          "整改措施：建立台账，",
          "逐项销号，",
          "按月通报。",
          "责任单位：档案室",
          "整改时限：2024年9月30日",
          "3.调研不深入。",
          "整改措施：开展专题调研，",
          "责任单位：综合科",
          "整改时限：2024年10月31日");

  private static Map<String, Object> problem(String title, Map<String, Object> measure) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    p.put("description", title + "。");
    p.put("categoryPath", List.of("作风建设方面"));
    p.put("measures", List.of(measure));
    return p;
  }

  private static final List<Map<String, Object>> PROBLEMS =
      List.of(
          problem(
              "会议偏多", measure("精简会议，压缩会期。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30")),
          problem(
              "档案管理不规范",
              measure("建立台账，逐项销号，按月通报。", List.of("档案室"), null, null, "DEADLINE", "2024-09-30")),
          problem(
              "调研不深入", measure("开展专题调研", List.of("综合科"), null, null, "DEADLINE", "2024-10-31")));

  private static List<Map<String, Object>> withoutOrigins(JsonPath answer) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> p : answer.<Map<String, Object>>getList("problems")) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (String key : List.of("title", "description", "categoryPath", "measures")) {
        copy.put(key, p.get(key));
      }
      out.add(copy);
    }
    return out;
  }

  private static void assertRead(byte[] file, String mediaType) {
    JsonPath answer = dryRunPath("整改方案", file, mediaType);
    assertEquals(PROBLEMS, withoutOrigins(answer), answer.prettify());
  }

  @Test
  void aMeasureWrappedAfterItsCommaKeepsTheCommaAsText() {
    assertRead(
        String.join("\n", PLAN).getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
  }

  @Test
  void aMeasureWrappedAfterItsCommaKeepsTheCommaInWordParagraphsAndSoftBreaks() throws IOException {
    assertRead(docx(false), DocumentText.DOCX);
    assertRead(docx(true), DocumentText.DOCX);
  }

  @Test
  void aMeasureWrappedAfterItsCommaKeepsTheCommaInAPdf() {
    assertRead(ChinesePdf.of(List.of(PLAN)), DocumentText.PDF);
  }

  /**
   * The plan as Word paragraphs, one a line; with {@code softBreaks} each problem is one paragraph
   * whose lines are separated by soft line breaks (Shift+Enter).
   */
  private static byte[] docx(boolean softBreaks) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFRun run = null;
      for (String line : PLAN) {
        boolean item = line.matches("^[0-9一]+[.、].*");
        if (!softBreaks || item || run == null || line.startsWith("××")) {
          run = document.createParagraph().createRun();
        } else {
          run.addBreak();
        }
        run.setText(line, -1);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }
}
