package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.junit.jupiter.api.Test;

/**
 * A PDF plan's contents page (docs/decisions/0225) is left out whole, however many entries it has:
 * entries with dotted leaders or without, numbered 一、 （一） 1., an entry too long for its line whose
 * text or page number goes on in the next line, a part listed without a page number, and an
 * appendix whose name ends in a digit. PDFs PDFBox writes, read through {@code POST
 * /sources/{id}/import?dryRun=true} with every field of every problem and measure compared.
 */
@QuarkusTest
class ImportContentsPagesTest {

  private static final List<String> BODY =
      List.of(
          "一、存在的主要问题",
          "（一）作风建设方面",
          "1.会议偏多。",
          "整改措施：精简会议。",
          "责任单位：办公室",
          "整改时限：2024年6月30日",
          "（二）档案管理方面",
          "1.档案管理不规范。",
          "整改措施：开展档案整理。",
          "责任单位：档案室",
          "整改时限：2024年9月30日");

  private static Map<String, Object> problem(String title, String category, Map<String, Object> m) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    p.put("description", title + "。");
    p.put("categoryPath", List.of(category));
    p.put("measures", List.of(m));
    return p;
  }

  private static final List<Map<String, Object>> PROBLEMS =
      List.of(
          problem(
              "会议偏多",
              "作风建设方面",
              measure("精简会议。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30")),
          problem(
              "档案管理不规范",
              "档案管理方面",
              measure("开展档案整理。", List.of("档案室"), null, null, "DEADLINE", "2024-09-30")));

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

  /**
   * The plan's first page, its title and {@code contents}, is left out but for the title: one
   * warning names {@code lines} lines of contents (an entry wrapped over two lines counts two).
   */
  private static void assertLeftOut(List<String> contents, int lines) {
    List<String> first = new ArrayList<>(List.of("××局巡察反馈问题整改方案"));
    first.addAll(contents);
    JsonPath answer = dryRunPath("整改方案", ChinesePdf.of(List.of(first, BODY)), DocumentText.PDF);
    assertEquals(PROBLEMS, withoutOrigins(answer), answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(1, warnings.size(), answer.prettify());
    assertEquals(
        true,
        warnings
            .get(0)
            .startsWith(
                "Lines 2–" + (contents.size() + 1) + " are the document's table of contents"),
        answer.prettify());
    assertEquals(true, warnings.get(0).contains(lines + " entries"), answer.prettify());
  }

  @Test
  void aContentsPageWithDottedEntriesIsLeftOutWhole() {
    assertLeftOut(
        List.of(
            "目  录",
            "一、存在的主要问题……………………………………2",
            "（一）作风建设方面……………………………………2",
            "（二）档案管理方面……………………………………3",
            "二、整改措施……………………………………………4",
            "1.压实整改责任…………………………………………4",
            "2.建立长效机制…………………………………………5",
            "三、工作要求……………………………………………6"),
        7);
  }

  @Test
  void aContentsPageWithoutLeadersIsLeftOutWhole() {
    assertLeftOut(
        List.of("目录", "一、存在的主要问题 2", "（一）作风建设方面 2", "（二）档案管理方面 3", "二、整改措施 4", "三、工作要求 6"), 5);
  }

  @Test
  void wrappedEntriesPartsWithoutAPageAndNumberedAppendicesStayInTheContents() {
    assertLeftOut(
        List.of(
            "目录",
            "一、存在的主要问题……………………………………2",
            "（一）作风建设方面……………………………………2",
            "（二）关于进一步加强和改进干部职工档案管理的若干",
            "具体问题…………………………………………………3",
            "二、整改措施及责任分工…………………………………",
            "4",
            "三、工作要求",
            "（一）压实责任…………………………………………5",
            "附件1……………………………………………………6"),
        9);
  }
}
