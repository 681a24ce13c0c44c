package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.junit.jupiter.api.Test;

/**
 * Plans as paragraphs: measures numbered in their label, labelled lines a PDF wrapped, sub-points
 * under a problem.
 */
@QuarkusTest
class ImportPlanMeasuresAndSubPointsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TEXT = "text/plain; charset=UTF-8";

  /** Measures numbered in their label, each with its own duties. */
  static final String NUMBERED_MEASURES =
      """
      ××局巡察整改方案
      一、整改任务
      1.理论学习制度执行不严格的问题
      整改措施一：完善中心组学习制度。
      责任领导：张明
      责任单位：办公室
      责任人：王强
      整改时限：2024年9月30日
      整改措施二：开展专题读书班。
      责任单位：组织科、宣传科
      责任人：李华
      整改时限：2024年12月31日
      2.公务接待不规范的问题
      措施（一）严格接待审批。
      责任单位：办公室；责任人：钱七；整改时限：立行立改
      措施二、建立接待台账。
      责任单位：财务科；责任人：赵六；整改时限：2024年6月30日
      """;

  static final String NUMBERED_MEASURES_ANSWER =
      """
      [{"title": "理论学习制度执行不严格的问题", "description": "理论学习制度执行不严格的问题",
        "categoryPath": [],
        "measures": [
          {"measure": "完善中心组学习制度。", "responsibleUnits": ["办公室"], "coResponsibleUnits": [],
           "leaderInCharge": "张明", "responsiblePerson": "王强", "timing": "DEADLINE",
           "deadline": "2024-09-30", "progress": null, "statusHint": null},
          {"measure": "开展专题读书班。", "responsibleUnits": ["组织科", "宣传科"],
           "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": "李华",
           "timing": "DEADLINE", "deadline": "2024-12-31", "progress": null, "statusHint": null}],
        "origin": {"lines": [3, 12]}},
       {"title": "公务接待不规范的问题", "description": "公务接待不规范的问题", "categoryPath": [],
        "measures": [
          {"measure": "严格接待审批。", "responsibleUnits": ["办公室"], "coResponsibleUnits": [],
           "leaderInCharge": null, "responsiblePerson": "钱七", "timing": "IMMEDIATE",
           "deadline": null, "progress": null, "statusHint": null},
          {"measure": "建立接待台账。", "responsibleUnits": ["财务科"], "coResponsibleUnits": [],
           "leaderInCharge": null, "responsiblePerson": "赵六", "timing": "DEADLINE",
           "deadline": "2024-06-30", "progress": null, "statusHint": null}],
        "origin": {"lines": [13, 17]}}]
      """;

  @Test
  void measuresNumberedInTheirLabelAreMeasuresEachWithItsOwnDutiesAsText() throws IOException {
    JsonNode answer = dryRun(bytes(NUMBERED_MEASURES), TEXT);
    assertEquals(JSON.readTree(NUMBERED_MEASURES_ANSWER), answer.get("problems"));
    assertEquals(JSON.readTree("[]"), answer.get("warnings"));
  }

  @Test
  void measuresNumberedInTheirLabelAreMeasuresEachWithItsOwnDutiesAsWordParagraphs()
      throws IOException {
    JsonNode answer =
        dryRun(ImportOutlineTest.wordParagraphs(NUMBERED_MEASURES), DocumentText.DOCX);
    assertEquals(JSON.readTree(NUMBERED_MEASURES_ANSWER), answer.get("problems"));
    assertEquals(JSON.readTree("[]"), answer.get("warnings"));
  }

  @Test
  void labelledLinesAPdfWrappedAreJoinedAndSeparateItemsStaySeparate() throws IOException {
    byte[] pdf =
        ChinesePdf.of(
            List.of(
                List.of(
                    "××县审计局整改方案",
                    "1.预算执行进度缓慢的问题",
                    "整改措施：建立预算执行月通报制度。",
                    "责任单位：财务科；责任人：陈",
                    "明",
                    "整改时",
                    "限：2024年9月30日",
                    "2.固定资产账实不符的问题",
                    "整改措施：开展资产清查。",
                    "责任单位：办公室；责任",
                    "人：李华",
                    "整改时限：",
                    "2024年12月31日",
                    "3.票据管理不规范的问题",
                    "整改措施：建立票据登记制度。",
                    "责任单位：财务科；责任人：赵六",
                    "整改时限：2024年6月",
                    "30日",
                    "4.公务用车登记不全的问题",
                    "整改措施：完善用车登记。",
                    "责任单位：办公室；责任人：孙八",
                    "整改时限：2024年",
                    "9月30日")));
    JsonNode answer = dryRun(pdf, DocumentText.PDF);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "预算执行进度缓慢的问题", "description": "预算执行进度缓慢的问题", "categoryPath": [],
              "measures": [{"measure": "建立预算执行月通报制度。", "responsibleUnits": ["财务科"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": "陈明",
                "timing": "DEADLINE", "deadline": "2024-09-30", "progress": null,
                "statusHint": null}],
              "origin": {"page": 1, "lines": [2, 6]}},
             {"title": "固定资产账实不符的问题", "description": "固定资产账实不符的问题", "categoryPath": [],
              "measures": [{"measure": "开展资产清查。", "responsibleUnits": ["办公室"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": "李华",
                "timing": "DEADLINE", "deadline": "2024-12-31", "progress": null,
                "statusHint": null}],
              "origin": {"page": 1, "lines": [8, 12]}},
             {"title": "票据管理不规范的问题", "description": "票据管理不规范的问题", "categoryPath": [],
              "measures": [{"measure": "建立票据登记制度。", "responsibleUnits": ["财务科"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": "赵六",
                "timing": "DEADLINE", "deadline": "2024-06-30", "progress": null,
                "statusHint": null}],
              "origin": {"page": 1, "lines": [14, 17]}},
             {"title": "公务用车登记不全的问题", "description": "公务用车登记不全的问题", "categoryPath": [],
              "measures": [{"measure": "完善用车登记。", "responsibleUnits": ["办公室"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": "孙八",
                "timing": "DEADLINE", "deadline": "2024-09-30", "progress": null,
                "statusHint": null}],
              "origin": {"page": 1, "lines": [19, 22]}}]
            """),
        answer.get("problems"));
    assertEquals(JSON.readTree("[]"), answer.get("warnings"));
  }

  /** Sub-points under …，主要表现在：; a group whose sub-points carry their own measures. */
  static final String DESCRIBING_POINTS_PLAN =
      """
      整改方案
      一、整改任务
      1.理论学习不深入，主要表现在：
      （1）中心组学习流于形式；
      （2）学习笔记不全。
      整改措施：完善学习制度。
      责任单位：办公室；整改时限：2024年6月30日
      2.基层党建薄弱，具体表现为：
      （1）发展党员程序不规范
      整改措施：开展程序审查。
      责任单位：组织科；整改时限：2024年9月30日
      （2）“三会一课”记录不全
      整改措施：统一记录本。
      责任单位：组织科；整改时限：2024年9月30日
      """;

  @Test
  void subPointsUnderAProblemThatIntroducesThemAreItsDescriptionInAPlan() throws IOException {
    JsonNode answer =
        dryRun(ImportOutlineTest.wordParagraphs(DESCRIBING_POINTS_PLAN), DocumentText.DOCX);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "理论学习不深入",
              "description": "理论学习不深入，主要表现在：\\n（1）中心组学习流于形式；\\n（2）学习笔记不全。",
              "categoryPath": [],
              "measures": [{"measure": "完善学习制度。", "responsibleUnits": ["办公室"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null,
                "timing": "DEADLINE", "deadline": "2024-06-30", "progress": null,
                "statusHint": null}],
              "origin": {"lines": [3, 7]}},
             {"title": "发展党员程序不规范", "description": "发展党员程序不规范",
              "categoryPath": ["基层党建薄弱"],
              "measures": [{"measure": "开展程序审查。", "responsibleUnits": ["组织科"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null,
                "timing": "DEADLINE", "deadline": "2024-09-30", "progress": null,
                "statusHint": null}],
              "origin": {"lines": [9, 11]}},
             {"title": "“三会一课”记录不全", "description": "“三会一课”记录不全",
              "categoryPath": ["基层党建薄弱"],
              "measures": [{"measure": "统一记录本。", "responsibleUnits": ["组织科"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null,
                "timing": "DEADLINE", "deadline": "2024-09-30", "progress": null,
                "statusHint": null}],
              "origin": {"lines": [12, 14]}}]
            """),
        answer.get("problems"));
    assertEquals(JSON.readTree("[]"), answer.get("warnings"));
  }

  @Test
  void subPointsUnderAProblemThatIntroducesThemAreItsDescriptionInASelfExamination()
      throws IOException {
    String text =
        """
        对照检查材料
        一、存在的问题
        1.理论学习不深入，具体表现为：
        （1）中心组学习流于形式；
        （2）学习笔记不全。
        2.调研不够扎实。下基层次数少。
        二、原因分析
        （一）宗旨意识淡化。对群众感情不深。
        """;
    JsonNode answer = dryRun(bytes(text), TEXT);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "理论学习不深入",
              "description": "理论学习不深入，具体表现为：\\n（1）中心组学习流于形式；\\n（2）学习笔记不全。",
              "categoryPath": [], "measures": [], "origin": {"lines": [3, 5]}},
             {"title": "调研不够扎实", "description": "调研不够扎实。下基层次数少。",
              "categoryPath": [], "measures": [], "origin": {"lines": [6, 6]}}]
            """),
        answer.get("problems"));
    assertEquals(JSON.readTree("[]"), answer.get("warnings"));
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static JsonNode dryRun(byte[] body, String mediaType) throws IOException {
    return org.bihuan.problem.support.ImportAnswers.dryRun("段落导入", body, mediaType);
  }
}
