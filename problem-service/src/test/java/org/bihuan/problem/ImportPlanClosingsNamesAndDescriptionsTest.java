package org.bihuan.problem;

import static org.bihuan.problem.ImportPlanMeasuresAndSubPointsTest.JSON;
import static org.bihuan.problem.ImportPlanMeasuresAndSubPointsTest.TEXT;
import static org.bihuan.problem.ImportPlanMeasuresAndSubPointsTest.bytes;
import static org.bihuan.problem.ImportPlanMeasuresAndSubPointsTest.dryRun;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * Plans as paragraphs: the closing formula, names and units, dates in numerals, descriptions and
 * lead units.
 */
@QuarkusTest
class ImportPlanClosingsNamesAndDescriptionsTest {

  static final String PLAN_BODY =
      """
      整改方案
      1.会议多的问题
      整改措施：压减会议。
      责任单位：办公室；整改时限：长期坚持
      2.文件多的问题
      整改措施：精简文件。
      责任单位：办公室；整改时限：2024年6月30日
      """;

  static final String PLAN_BODY_ANSWER =
      """
      [{"title": "会议多的问题", "description": "会议多的问题", "categoryPath": [],
        "measures": [{"measure": "压减会议。", "responsibleUnits": ["办公室"],
          "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null,
          "timing": "LONG_TERM", "deadline": null, "progress": null, "statusHint": null}],
        "origin": {"lines": [2, 4]}},
       {"title": "文件多的问题", "description": "文件多的问题", "categoryPath": [],
        "measures": [{"measure": "精简文件。", "responsibleUnits": ["办公室"],
          "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null,
          "timing": "DEADLINE", "deadline": "2024-06-30", "progress": null, "statusHint": null}],
        "origin": {"lines": [5, 7]}}]
      """;

  @Test
  void aClosingFormulaAnnexAndSignatureEndTheListAndAreReportedAsNotImported() throws IOException {
    String word = PLAN_BODY + "以上是我局的整改方案，请批评指正。\n附件：整改任务清单\n××县审计局\n2024年6月1日\n";
    JsonNode answer = dryRun(ImportOutlineTest.wordParagraphs(word), DocumentText.DOCX);
    assertEquals(JSON.readTree(PLAN_BODY_ANSWER), answer.get("problems"));
    assertEquals(
        List.of(
            closes(8, "以上是我局的整改方案，请批评指正。"),
            closes(9, "附件：整改任务清单"),
            closes(10, "××县审计局"),
            closes(11, "2024年6月1日")),
        JSON.convertValue(answer.get("warnings"), List.class));

    String text = PLAN_BODY + "特此报告。\n××县审计局\n二〇二四年六月一日\n";
    answer = dryRun(bytes(text), TEXT);
    assertEquals(JSON.readTree(PLAN_BODY_ANSWER), answer.get("problems"));
    assertEquals(
        List.of(closes(8, "特此报告。"), closes(9, "××县审计局"), closes(10, "二〇二四年六月一日")),
        JSON.convertValue(answer.get("warnings"), List.class));

    String signed = PLAN_BODY + "××县审计局\n2024年6月1日\n";
    answer = dryRun(bytes(signed), TEXT);
    assertEquals(JSON.readTree(PLAN_BODY_ANSWER), answer.get("problems"));
    assertEquals(
        List.of(closes(8, "××县审计局"), closes(9, "2024年6月1日")),
        JSON.convertValue(answer.get("warnings"), List.class));
  }

  private static String closes(int line, String text) {
    return "Line "
        + line
        + " 「"
        + text
        + "」 closes the document (以上…/特此报告/落款/附件); it was not imported.";
  }

  @Test
  void namesWithSpacesUnitsSeparatedByBarsAndChineseNumeralDatesAreRead() throws IOException {
    String plan =
        """
        整改方案
        1.票据管理不规范的问题
        整改措施：建立票据领用登记制度。
        责任领导：李　四；责任单位：财务科｜办公室；责任人：王　强；整改时限：二〇二四年九月三十日
        2.往来款项长期挂账的问题
        整改措施：逐笔清理往来款项。
        责任单位：财务科|审计科
        责任人：王 强、张三　李四
        整改时限：二〇二四年九月底
        """;
    JsonNode answer = dryRun(ImportOutlineTest.wordParagraphs(plan), DocumentText.DOCX);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "票据管理不规范的问题", "description": "票据管理不规范的问题", "categoryPath": [],
              "measures": [{"measure": "建立票据领用登记制度。", "responsibleUnits": ["财务科", "办公室"],
                "coResponsibleUnits": [], "leaderInCharge": "李四", "responsiblePerson": "王强",
                "timing": "DEADLINE", "deadline": "2024-09-30", "progress": null,
                "statusHint": null}],
              "origin": {"lines": [2, 4]}},
             {"title": "往来款项长期挂账的问题", "description": "往来款项长期挂账的问题", "categoryPath": [],
              "measures": [{"measure": "逐笔清理往来款项。", "responsibleUnits": ["财务科", "审计科"],
                "coResponsibleUnits": [], "leaderInCharge": null,
                "responsiblePerson": "王强、张三、李四", "timing": "DEADLINE", "deadline": "2024-09-30",
                "progress": null, "statusHint": null}],
              "origin": {"lines": [5, 9]}}]
            """),
        answer.get("problems"));
    assertEquals(JSON.readTree("[]"), answer.get("warnings"));
  }

  @Test
  void aProblemsDescriptionIsItsWholeTextWithItsFirstSentenceOnce() throws IOException {
    String plan =
        """
        整改方案
        1.会议多的问题。部分会议质量不高。
        整改措施：压减会议。
        责任单位：办公室；整改时限：长期坚持
        2.文件多的问题。
        整改措施：精简文件。
        责任单位：办公室；整改时限：2024年6月30日
        """;
    JsonNode answer = dryRun(bytes(plan), TEXT);
    assertEquals(List.of("会议多的问题", "文件多的问题"), answer.get("problems").findValuesAsText("title"));
    assertEquals(
        List.of("会议多的问题。部分会议质量不高。", "文件多的问题。"),
        answer.get("problems").findValuesAsText("description"));
    String text =
        """
        对照检查材料
        一、存在的问题
        1.学习不深。中心组学习流于形式。
        2.调研不实：下基层少。
        3.作风不实。
        二、原因分析
        （一）宗旨意识淡化。对群众感情不深。
        """;
    answer = dryRun(bytes(text), TEXT);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "学习不深", "description": "学习不深。中心组学习流于形式。", "categoryPath": [],
              "measures": [], "origin": {"lines": [3, 3]}},
             {"title": "调研不实", "description": "调研不实：下基层少。", "categoryPath": [],
              "measures": [], "origin": {"lines": [4, 4]}},
             {"title": "作风不实", "description": "作风不实。", "categoryPath": [],
              "measures": [], "origin": {"lines": [5, 5]}}]
            """),
        answer.get("problems"));
  }

  @Test
  void aUnitMarkedLeadInAPlanLineAnswersAndTheOthersOfItsValueHelp() throws IOException {
    JsonNode answer =
        dryRun(
            bytes(
                """
                整改方案
                1.督办件办理超期的问题
                整改措施：建立督办台账。
                责任单位：办公室（牵头）、督查室；责任人：张三；整改时限：2024年9月30日
                """),
            TEXT);
    JsonNode measure = answer.get("problems").get(0).get("measures").get(0);
    assertEquals(JSON.readTree("[\"办公室\"]"), measure.get("responsibleUnits"));
    assertEquals(JSON.readTree("[\"督查室\"]"), measure.get("coResponsibleUnits"));
    assertEquals("张三", measure.get("responsiblePerson").asText());
    assertEquals("2024-09-30", measure.get("deadline").asText());
  }
}
