package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * POST /sources/{id}/import?dryRun=true with plan constructs an outside test found misread: a
 * problem whose sub-points （1）（2） are followed by its measure (the problem stayed a category and
 * its points became problems), a problem ②…主要表现在： whose points are numbered ⑴ ⑵ (a style the fixed
 * ranks put above ②), and 整改进展：/完成情况： lines (the measure's first progress note, and a hint when
 * they report it done). Every field of every problem and measure is compared, as text and as Word
 * paragraphs.
 */
@QuarkusTest
class PlanPointsAndProgressTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "text/plain; charset=UTF-8";

  static final String POINTS_THEN_MEASURE =
      """
      ××局整改方案
      一、存在问题及整改措施
      1.主体责任落实不到位。
      （1）部分支部书记抓党建意识不强；
      （2）党建工作与业务工作结合不紧。
      整改措施：开展支部书记述职评议。
      责任单位：组织科
      责任人：王强
      整改时限：2024年9月30日
      2.公务接待不规范。
      整改措施：建立接待台账。
      责任单位：办公室
      责任人：李华
      整改时限：2024年6月30日
      """;

  static final String POINTS_THEN_MEASURE_ANSWER =
      """
      [{"title": "主体责任落实不到位",
        "description": "主体责任落实不到位。\\n（1）部分支部书记抓党建意识不强；\\n（2）党建工作与业务工作结合不紧。",
        "categoryPath": [],
        "measures": [
          {"measure": "开展支部书记述职评议。", "responsibleUnits": ["组织科"], "coResponsibleUnits": [],
           "leaderInCharge": null, "responsiblePerson": "王强", "timing": "DEADLINE",
           "deadline": "2024-09-30", "progress": null, "statusHint": null}],
        "origin": {"lines": [3, 9]}},
       {"title": "公务接待不规范", "description": "公务接待不规范。", "categoryPath": [],
        "measures": [
          {"measure": "建立接待台账。", "responsibleUnits": ["办公室"], "coResponsibleUnits": [],
           "leaderInCharge": null, "responsiblePerson": "李华", "timing": "DEADLINE",
           "deadline": "2024-06-30", "progress": null, "statusHint": null}],
        "origin": {"lines": [10, 14]}}]
      """;

  static final String CIRCLED_THEN_PARENTHESISED =
      """
      ××局对照检查材料
      一、存在的问题
      （一）政治建设方面
      ①理论学习不深入，主要表现在：
      ⑴中心组学习流于形式；
      ⑵研讨发言准备不充分。
      ②民主生活会批评质量不高。
      （二）作风建设方面
      ①会议文件偏多。
      """;

  static final String CIRCLED_THEN_PARENTHESISED_ANSWER =
      """
      [{"title": "理论学习不深入",
        "description": "理论学习不深入，主要表现在：\\n⑴中心组学习流于形式；\\n⑵研讨发言准备不充分。",
        "categoryPath": ["政治建设方面"], "measures": [], "origin": {"lines": [4, 6]}},
       {"title": "民主生活会批评质量不高", "description": "民主生活会批评质量不高。",
        "categoryPath": ["政治建设方面"], "measures": [], "origin": {"lines": [7, 7]}},
       {"title": "会议文件偏多", "description": "会议文件偏多。",
        "categoryPath": ["作风建设方面"], "measures": [], "origin": {"lines": [9, 9]}}]
      """;

  static final String PROGRESS_LINES =
      """
      ××局巡察整改方案
      1.理论学习制度执行不严格的问题
      整改措施：完善中心组学习制度。
      责任单位：办公室；责任人：王强；整改时限：2024年9月30日
      整改进展：已完成，制度已印发。
      2.公务接待不规范的问题
      整改措施：建立接待台账。
      责任单位：财务科；责任人：赵六；整改时限：2024年12月31日
      完成情况：正在推进，台账模板已拟定
      """;

  static final String PROGRESS_LINES_ANSWER =
      """
      [{"title": "理论学习制度执行不严格的问题", "description": "理论学习制度执行不严格的问题",
        "categoryPath": [],
        "measures": [
          {"measure": "完善中心组学习制度。", "responsibleUnits": ["办公室"], "coResponsibleUnits": [],
           "leaderInCharge": null, "responsiblePerson": "王强", "timing": "DEADLINE",
           "deadline": "2024-09-30", "progress": "已完成，制度已印发", "statusHint": "REPORTED_DONE"}],
        "origin": {"lines": [2, 5]}},
       {"title": "公务接待不规范的问题", "description": "公务接待不规范的问题", "categoryPath": [],
        "measures": [
          {"measure": "建立接待台账。", "responsibleUnits": ["财务科"], "coResponsibleUnits": [],
           "leaderInCharge": null, "responsiblePerson": "赵六", "timing": "DEADLINE",
           "deadline": "2024-12-31", "progress": "正在推进，台账模板已拟定", "statusHint": null}],
        "origin": {"lines": [6, 9]}}]
      """;

  private static JsonNode dryRun(byte[] body, String mediaType) throws IOException {
    return org.bihuan.problem.support.ImportAnswers.dryRun("段落导入", body, mediaType);
  }

  private static void assertBothForms(String text, String expected) throws IOException {
    JsonNode asText = dryRun(text.getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(JSON.readTree(expected), asText.get("problems"), asText.toPrettyString());
    JsonNode asWord = dryRun(ImportOutlineTest.wordParagraphs(text), DocumentText.DOCX);
    assertEquals(JSON.readTree(expected), asWord.get("problems"), asWord.toPrettyString());
  }

  @Test
  void pointsFollowedByTheMeasureDescribeTheProblemAboveThem() throws IOException {
    assertBothForms(POINTS_THEN_MEASURE, POINTS_THEN_MEASURE_ANSWER);
  }

  @Test
  void pointsNumberedInAStyleRankedAboveTheirProblemStayItsDescription() throws IOException {
    assertBothForms(CIRCLED_THEN_PARENTHESISED, CIRCLED_THEN_PARENTHESISED_ANSWER);
  }

  @Test
  void progressLinesAreTheMeasuresFirstProgressNoteAndDoneIsOnlyAHint() throws IOException {
    assertBothForms(PROGRESS_LINES, PROGRESS_LINES_ANSWER);
    JsonNode answer = dryRun(PROGRESS_LINES.getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(
        JSON.readTree(
            "[\"Problem 「理论学习制度执行不严格的问题」, measure 「完善中心组学习制度。」: the document reports it"
                + " done; it is imported as not yet verified (its evidence still has to be"
                + " checked).\"]"),
        answer.get("warnings"));
  }
}
