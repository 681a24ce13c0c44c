package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * Importing paragraphs: an inspection list of three levels and closing paragraphs, as text and as
 * Word paragraphs.
 */
@QuarkusTest
class ImportParagraphListsAndClosingsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TEXT = "text/plain; charset=UTF-8";

  /** 一、 groups, （一） sub-groups, 1. problems, then 三、原因分析 and 四、整改措施. */
  static final String INSPECTION =
      """
      关于县委巡察反馈问题的自查报告
      一、党的政治建设方面
      （一）学习贯彻党的创新理论不够深入
      1.中心组学习流于形式。
      2.青年理论学习小组活动开展不经常。
      （二）意识形态工作责任制落实不到位
      1.网络阵地管理不规范。
      二、全面从严治党方面
      （一）主体责任落实不到位
      1.研究党风廉政建设次数偏少。
      三、原因分析
      （一）理论学习不够深入。对党的创新理论学习不系统。
      （二）管党治党不够严格。压力传导层层递减。
      四、整改措施
      （一）加强理论武装。每月开展一次集中学习。
      （二）压实管党治党责任。每季度专题研究党风廉政建设。
      """;

  static final String INSPECTION_ANSWER =
      """
      {"problems": [
        {"title": "中心组学习流于形式", "description": "中心组学习流于形式。",
         "categoryPath": ["党的政治建设方面", "学习贯彻党的创新理论不够深入"], "measures": [],
         "origin": {"lines": [4, 4]}},
        {"title": "青年理论学习小组活动开展不经常", "description": "青年理论学习小组活动开展不经常。",
         "categoryPath": ["党的政治建设方面", "学习贯彻党的创新理论不够深入"], "measures": [],
         "origin": {"lines": [5, 5]}},
        {"title": "网络阵地管理不规范", "description": "网络阵地管理不规范。",
         "categoryPath": ["党的政治建设方面", "意识形态工作责任制落实不到位"], "measures": [],
         "origin": {"lines": [7, 7]}},
        {"title": "研究党风廉政建设次数偏少", "description": "研究党风廉政建设次数偏少。",
         "categoryPath": ["全面从严治党方面", "主体责任落实不到位"], "measures": [],
         "origin": {"lines": [10, 10]}}],
       "causes": [
        {"title": "理论学习不够深入", "description": "对党的创新理论学习不系统。"},
        {"title": "管党治党不够严格", "description": "压力传导层层递减。"}],
       "proposedMeasures": [
        {"title": "加强理论武装", "description": "每月开展一次集中学习。"},
        {"title": "压实管党治党责任", "description": "每季度专题研究党风廉政建设。"}],
       "warnings": []}
      """;

  @Test
  void anInspectionListOfThreeLevelsImportsItsProblemsCausesAndMeasuresAsText() throws IOException {
    assertEquals(JSON.readTree(INSPECTION_ANSWER), content(dryRun(bytes(INSPECTION), TEXT)));
  }

  @Test
  void anInspectionListOfThreeLevelsImportsItsProblemsCausesAndMeasuresAsWordParagraphs()
      throws IOException {
    assertEquals(
        JSON.readTree(INSPECTION_ANSWER),
        content(dryRun(ImportOutlineTest.wordParagraphs(INSPECTION), DocumentText.DOCX)));
  }

  /** 此外，… after the last problem of a group whose problems are one line each. */
  static final String CLOSING_PARAGRAPH =
      """
      自查报告
      一、存在的问题
      （一）作风建设方面
      1.调查研究不深入。
      2.文山会海问题仍然存在，部分会议质量不高。
      此外，个别干部上班时间玩手机。
      （二）纪律建设方面
      1.公务接待管理不够规范。
      二、原因分析
      （一）宗旨意识淡化。对群众感情不深。
      """;

  static final String CLOSING_PARAGRAPH_ANSWER =
      """
      {"problems": [
        {"title": "调查研究不深入", "description": "调查研究不深入。",
         "categoryPath": ["作风建设方面"], "measures": [], "origin": {"lines": [4, 4]}},
        {"title": "文山会海问题仍然存在，部分会议质量不高",
         "description": "文山会海问题仍然存在，部分会议质量不高。\\n此外，个别干部上班时间玩手机。",
         "categoryPath": ["作风建设方面"], "measures": [], "origin": {"lines": [5, 6]}},
        {"title": "公务接待管理不够规范", "description": "公务接待管理不够规范。",
         "categoryPath": ["纪律建设方面"], "measures": [], "origin": {"lines": [8, 8]}}],
       "causes": [{"title": "宗旨意识淡化", "description": "对群众感情不深。"}],
       "proposedMeasures": [],
       "warnings": [
        "Line 6 「此外，个别干部上班时间玩手机。」 has no number and follows the last problem of its group; it was added to the description of the problem 「文山会海问题仍然存在，部分会议质量不高」."]}
      """;

  @Test
  void aClosingParagraphIsAddedToTheLastProblemWithAWarningNamingItsLineAsText()
      throws IOException {
    assertEquals(
        JSON.readTree(CLOSING_PARAGRAPH_ANSWER), content(dryRun(bytes(CLOSING_PARAGRAPH), TEXT)));
  }

  @Test
  void aClosingParagraphIsAddedToTheLastProblemWithAWarningNamingItsLineAsWordParagraphs()
      throws IOException {
    assertEquals(
        JSON.readTree(CLOSING_PARAGRAPH_ANSWER),
        content(dryRun(ImportOutlineTest.wordParagraphs(CLOSING_PARAGRAPH), DocumentText.DOCX)));
  }

  @Test
  void aClosingParagraphOfAPlanFollowsTheProblemsOwnTextInsteadOfReplacingIt() throws IOException {
    String plan = "整改方案\n1.会议多的问题\n整改措施：压减会议。\n责任单位：办公室；整改时限：长期坚持\n" + "此外，部分会议时间过长。\n";
    JsonNode answer = dryRun(bytes(plan), TEXT);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "会议多的问题", "description": "会议多的问题\\n此外，部分会议时间过长。",
              "categoryPath": [],
              "measures": [{"measure": "压减会议。", "responsibleUnits": ["办公室"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null,
                "timing": "LONG_TERM", "deadline": null, "progress": null, "statusHint": null}],
              "origin": {"lines": [2, 5]}}]
            """),
        answer.get("problems"));
    assertEquals(
        List.of(
            "Line 5 「此外，部分会议时间过长。」 follows the responsibility and time-limit lines; it was"
                + " added to the description of the problem 「会议多的问题」."),
        JSON.convertValue(answer.get("warnings"), List.class));
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The parts of a dry-run answer read from the document. */
  private static JsonNode content(JsonNode answer) {
    var node = JSON.createObjectNode();
    for (String field : List.of("problems", "causes", "proposedMeasures", "warnings")) {
      node.set(field, answer.get(field));
    }
    return node;
  }

  static JsonNode dryRun(byte[] body, String mediaType) throws IOException {
    return org.bihuan.problem.support.ImportAnswers.dryRun("段落导入", body, mediaType);
  }
}
