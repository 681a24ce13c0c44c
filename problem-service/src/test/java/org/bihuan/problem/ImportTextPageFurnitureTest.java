package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan that a PDF saved as text: its pages kept apart by form feeds, a page number at the foot of
 * each (「- 1 -」, 「— 2 —」, 「第 3 页」, 「4 / 4」) and a running header at the top of the pages after the
 * first, an item and a sentence cut by each page break. The page numbers were read as part of the
 * item they stood in (「…培训- 1 -」); a page's first and last lines that are page numbers or running
 * headers are no content, as in the PDF, and every line keeps its number. Through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0370).
 */
@QuarkusTest
class ImportTextPageFurnitureTest {

  private static final String PLAN =
      String.join(
          "\n",
          "××局关于巡察反馈问题的整改方案",
          "一、存在问题及整改措施",
          "1.干部培训覆盖面不足，部分新入职人员未参加岗前培训，培训",
          "- 1 -",
          "\f××局整改方案",
          "效果不明显。",
          "整改措施：制定年度培训计划。",
          "责任单位：人事科",
          "— 2 —",
          "\f××局整改方案",
          "整改时限：2024年9月30日",
          "2.会议文件偏多，部分会议未按规定",
          "第 3 页",
          "\f××局整改方案",
          "精简。",
          "整改措施：建立会议审批制度。",
          "责任单位：办公室",
          "整改时限：2024年10月31日",
          "4 / 4",
          "");

  private static JsonPath dryRun() {
    return dryRunPath("整改方案", PLAN.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
  }

  @Test
  void pageNumbersAndRunningHeadersAtPageEdgesAreNoContent() {
    JsonPath read = dryRun();
    assertEquals(
        List.of("干部培训覆盖面不足，部分新入职人员未参加岗前培训，培训效果不明显", "会议文件偏多，部分会议未按规定精简"),
        read.getList("problems.title"),
        read.prettify());
    assertEquals(
        List.of("干部培训覆盖面不足，部分新入职人员未参加岗前培训，培训效果不明显。", "会议文件偏多，部分会议未按规定精简。"),
        read.getList("problems.description"),
        read.prettify());
    assertEquals(
        List.of("制定年度培训计划。", "建立会议审批制度。"),
        List.of(
            read.getString("problems[0].measures[0].measure"),
            read.getString("problems[1].measures[0].measure")),
        read.prettify());
    assertEquals(
        List.of(List.of("人事科"), List.of("办公室")),
        List.of(
            read.getList("problems[0].measures[0].responsibleUnits"),
            read.getList("problems[1].measures[0].responsibleUnits")),
        read.prettify());
    assertEquals(
        List.of("2024-09-30", "2024-10-31"),
        List.of(
            read.getString("problems[0].measures[0].deadline"),
            read.getString("problems[1].measures[0].deadline")),
        read.prettify());
    List<String> warnings = read.getList("warnings");
    assertTrue(
        warnings.stream().anyMatch(w -> w.contains("「××局整改方案」") && w.contains("running header")),
        read.prettify());
  }

  @Test
  void everyLineKeepsItsNumber() {
    JsonPath read = dryRun();
    // a form feed ends a line, as it does in the file: the second problem starts on line 14 and
    // ends with its 整改时限 on line 21, the page number 「4 / 4」 on line 22 left out
    assertEquals(List.of(3, 13), read.getList("problems[0].origin.lines"), read.prettify());
    assertEquals(List.of(14, 21), read.getList("problems[1].origin.lines"), read.prettify());
  }
}
