package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A PDF exported by LibreOffice draws each line in one run per font: the Chinese quotes and dashes
 * (“” ‘’ —— ……), digits and spaces come from a fallback font and are drawn in a run of their own,
 * before (or after) the line's Chinese characters. Read through {@code POST
 * /sources/{id}/import?dryRun=true}, every problem and measure is read as the lines say, left to
 * right, not in the order the content stream draws the glyphs. (The ellipsis …… is left out: the
 * font these PDFs use without embedding it, STSong-Light, reads it back as ⋯⋯.)
 */
@QuarkusTest
class ImportPdfFallbackRunsTest {

  private static final List<String> PLAN =
      List.of(
          "××局关于巡察反馈问题的整改方案",
          "一、“两个责任”落实方面",
          "（1）“三会一课”制度执行不严格。",
          "整改措施：开展支部规范化建设“达标”活动",
          "责任单位：机关党委",
          "责任人：邓超",
          "整改时限：2024年10月31日",
          "（2）‘一岗双责’落实不到位——廉政风险排查不深入。",
          "整改措施：制定班子成员“一岗双责”责任清单。",
          "责任单位：党政办公室 纪工委",
          "责任领导：孙立平",
          "整改时限：2024年11月30日",
          "二、干部队伍建设方面",
          "一是干部交流轮岗不及时。",
          "整改措施：制定干部交流轮岗计划。",
          "责任单位：组织人事科",
          "整改时限：2025年3月31日",
          "二是年轻干部培养力度不够。",
          "整改措施：实施年轻干部“墩苗”计划。",
          "责任单位：组织人事科",
          "整改时限：长期坚持");

  private static Map<String, Object> problem(
      String title, String category, int from, int to, Map<String, Object> measure) {
    return ImportAnswers.problem(
        title, title + "。", List.of(category), lines(from, to, 1), List.of(measure));
  }

  private static final List<Map<String, Object>> EXPECTED =
      List.of(
          problem(
              "“三会一课”制度执行不严格",
              "“两个责任”落实方面",
              3,
              7,
              measure("开展支部规范化建设“达标”活动", List.of("机关党委"), null, "邓超", "DEADLINE", "2024-10-31")),
          problem(
              "‘一岗双责’落实不到位——廉政风险排查不深入",
              "“两个责任”落实方面",
              8,
              12,
              measure(
                  "制定班子成员“一岗双责”责任清单。",
                  List.of("党政办公室", "纪工委"),
                  "孙立平",
                  null,
                  "DEADLINE",
                  "2024-11-30")),
          problem(
              "干部交流轮岗不及时",
              "干部队伍建设方面",
              14,
              17,
              measure("制定干部交流轮岗计划。", List.of("组织人事科"), null, null, "DEADLINE", "2025-03-31")),
          problem(
              "年轻干部培养力度不够",
              "干部队伍建设方面",
              18,
              21,
              measure("实施年轻干部“墩苗”计划。", List.of("组织人事科"), null, null, "LONG_TERM", null)));

  @Test
  void quotesAndDashesDrawnBeforeTheLineStayInPlace() {
    JsonPath answer =
        TableImportTest.dryRun(ChinesePdf.withFallbackRuns(PLAN, true), DocumentText.PDF);
    TableImportTest.assertProblems(EXPECTED, answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void quotesAndDashesDrawnAfterTheLineStayInPlace() {
    JsonPath answer =
        TableImportTest.dryRun(ChinesePdf.withFallbackRuns(PLAN, false), DocumentText.PDF);
    TableImportTest.assertProblems(EXPECTED, answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
