package org.bihuan.problem;

import static org.bihuan.problem.ImportParagraphListsAndClosingsTest.JSON;
import static org.bihuan.problem.ImportParagraphListsAndClosingsTest.TEXT;
import static org.bihuan.problem.ImportParagraphListsAndClosingsTest.bytes;
import static org.bihuan.problem.ImportParagraphListsAndClosingsTest.dryRun;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.HostileFiles;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Importing paragraphs: wrapped problems, page breaks, responsibility lines, points, unsupported
 * dates and deep nesting.
 */
@QuarkusTest
class ImportParagraphWrapsAndLimitsTest {

  /** A problem wrapped mid-sentence, a heading line over its text, a problem of two paragraphs. */
  static final String WRAPPED =
      """
      自查报告
      一、存在的问题
      1.党委理论学习中心组学习制度执行不严格，全年仅开展集中学习3次，低
      于规定要求，学习效果不明显。
      2.基层党建
      部分支部“三会一课”记录不全。
      3.合同管理不规范。
      部分合同未经法律审核即签订。
      二、原因分析
      （一）宗旨意识淡化。对群众感情不深。
      """;

  @Test
  void aProblemWrappedOverSeveralLinesIsTitledByItsHeadAndDescribedByAllOfIt() throws IOException {
    JsonNode expected =
        JSON.readTree(
            """
            [{"title": "党委理论学习中心组学习制度执行不严格，全年仅开展集中学习3次，低于规定要求，学习效果不明显",
              "description": "党委理论学习中心组学习制度执行不严格，全年仅开展集中学习3次，低于规定要求，学习效果不明显。",
              "categoryPath": [], "measures": [], "origin": {"lines": [3, 4]}},
             {"title": "基层党建", "description": "部分支部“三会一课”记录不全。",
              "categoryPath": [], "measures": [], "origin": {"lines": [5, 6]}},
             {"title": "合同管理不规范", "description": "合同管理不规范。\\n部分合同未经法律审核即签订。",
              "categoryPath": [], "measures": [], "origin": {"lines": [7, 8]}}]
            """);
    JsonNode text = dryRun(bytes(WRAPPED), TEXT);
    assertEquals(expected, text.get("problems"));
    assertEquals(JSON.readTree("[]"), text.get("warnings"));
    JsonNode word = dryRun(ImportOutlineTest.wordParagraphs(WRAPPED), DocumentText.DOCX);
    assertEquals(expected, word.get("problems"));
    assertEquals(JSON.readTree("[]"), word.get("warnings"));
  }

  @Test
  void aPdfsPageNumbersAndRunningHeadersAreLeftOutAndASentenceCutByAPageBreakIsJoined()
      throws IOException {
    byte[] pdf =
        ChinesePdf.of(
            List.of(
                List.of(
                    "××县审计局整改方案", "一、整改任务", "1.预算执行进度缓慢的问题", "整改措施：建立预算执行月通报制度，对执行滞后的", "— 1 —"),
                List.of(
                    "××县审计局整改方案",
                    "项目约谈项目单位。",
                    "责任领导：李四；责任单位：财务科；整改时限：2024年6月30日",
                    "2.固定资产账实不符，部分资产长期",
                    "- 2 -"),
                List.of(
                    "××县审计局整改方案",
                    "闲置的问题",
                    "整改措施：开展资产清查。",
                    "责任领导：李四；责任单位：办公室；整改时限：2024年9月30日",
                    "第 3 页 共 3 页")));
    JsonNode answer = dryRun(pdf, DocumentText.PDF);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "预算执行进度缓慢的问题", "description": "预算执行进度缓慢的问题",
              "categoryPath": [],
              "measures": [{"measure": "建立预算执行月通报制度，对执行滞后的项目约谈项目单位。",
                "responsibleUnits": ["财务科"], "coResponsibleUnits": [], "leaderInCharge": "李四",
                "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-06-30",
                "progress": null, "statusHint": null}],
              "origin": {"page": 1, "lines": [2, 4]}},
             {"title": "固定资产账实不符，部分资产长期闲置的问题",
              "description": "固定资产账实不符，部分资产长期闲置的问题",
              "categoryPath": [],
              "measures": [{"measure": "开展资产清查。", "responsibleUnits": ["办公室"],
                "coResponsibleUnits": [], "leaderInCharge": "李四", "responsiblePerson": null,
                "timing": "DEADLINE", "deadline": "2024-09-30", "progress": null,
                "statusHint": null}],
              "origin": {"page": 2, "lines": [5, 7]}}]
            """),
        answer.get("problems"));
    // the running header is named once with its pages (0272); the page numbers are not
    assertEquals(
        JSON.readTree(
            "[\"The line 「××县审计局整改方案」, repeated at the top or bottom of page(s) 1–3, was read as"
                + " a running header or footer and left out of the text.\"]"),
        answer.get("warnings"));
  }

  @Test
  void coUnitsAndUnknownLabelsOnResponsibilityLinesFillNoOtherField() throws IOException {
    String plan =
        """
        整改方案
        1.预算执行进度缓慢的问题
        整改措施：建立预算执行月通报制度。
        责任领导：李四 责任单位：财务科 配合单位：办公室、审计科 整改时限：2024年6月30日
        2.固定资产账实不符的问题
        整改措施：开展资产清查。
        责任单位：办公室；备注：需与财政局对账；时间节点：2024年9月底
        3.往来款项长期挂账的问题
        整改措施：逐笔清理往来款项。
        配合部门：纪检组 责任人：赵六 整改目标：年底前清零 整改时限：2024年12月31日
        """;
    JsonNode answer = dryRun(bytes(plan), TEXT);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "预算执行进度缓慢的问题", "description": "预算执行进度缓慢的问题",
              "categoryPath": [],
              "measures": [{"measure": "建立预算执行月通报制度。", "responsibleUnits": ["财务科"],
                "coResponsibleUnits": ["办公室", "审计科"], "leaderInCharge": "李四",
                "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-06-30",
                "progress": null, "statusHint": null}],
              "origin": {"lines": [2, 4]}},
             {"title": "固定资产账实不符的问题", "description": "固定资产账实不符的问题\\n备注：需与财政局对账",
              "categoryPath": [],
              "measures": [{"measure": "开展资产清查。", "responsibleUnits": ["办公室"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null,
                "timing": "DEADLINE", "deadline": "2024-09-30", "progress": null,
                "statusHint": null}],
              "origin": {"lines": [5, 7]}},
             {"title": "往来款项长期挂账的问题", "description": "往来款项长期挂账的问题\\n整改目标：年底前清零",
              "categoryPath": [],
              "measures": [{"measure": "逐笔清理往来款项。", "responsibleUnits": [],
                "coResponsibleUnits": ["纪检组"], "leaderInCharge": null, "responsiblePerson": "赵六",
                "timing": "DEADLINE", "deadline": "2024-12-31", "progress": null,
                "statusHint": null}],
              "origin": {"lines": [8, 10]}}]
            """),
        answer.get("problems"));
    assertEquals(
        List.of(
            "Line 7 「备注：需与财政局对账」 is not a field of a measure (整改措施, 责任领导, 责任单位, 配合单位,"
                + " 责任人, 整改时限, 整改进展); its text was added to the description of the problem 「固定资产账实不符的问题」.",
            "Problem 「往来款项长期挂账的问题」, measure 「逐笔清理往来款项。」: no 责任单位 is given."),
        JSON.convertValue(answer.get("warnings"), List.class));
  }

  @Test
  void pointsOnOneLineContinuedOnTheNextAreNoNumberingJump() throws IOException {
    String text =
        "对照检查材料\n一、存在的问题\n（一）学习方面\n一是学习不系统；二是研讨不深入。\n三是学用结合不紧密。\n" + "二、原因分析\n（一）宗旨意识淡化。对群众感情不深。\n";
    JsonNode answer = dryRun(bytes(text), TEXT);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "学习不系统", "description": "学习不系统", "categoryPath": ["学习方面"],
              "measures": [], "origin": {"lines": [4, 4]}},
             {"title": "研讨不深入", "description": "研讨不深入。", "categoryPath": ["学习方面"],
              "measures": [], "origin": {"lines": [4, 4]}},
             {"title": "学用结合不紧密", "description": "学用结合不紧密。", "categoryPath": ["学习方面"],
              "measures": [], "origin": {"lines": [5, 5]}}]
            """),
        answer.get("problems"));
    assertEquals(JSON.readTree("[]"), answer.get("warnings"));
  }

  @Test
  void aDeadlineOutsideTheSupportedDatesIsNotImportedAndTheWarningNamesItsLine()
      throws IOException {
    String plan =
        "整改清单\n1.往来款项长期挂账的问题\n整改措施：逐笔清理往来款项。\n责任单位：财务科；整改时限：1024年6月30日\n"
            + "2.票据管理不规范的问题\n整改措施：建立票据领用登记制度。\n责任单位：办公室\n整改时限：0202年3月\n";
    JsonNode answer = dryRun(bytes(plan), TEXT);
    assertEquals(
        JSON.readTree(
            """
            [{"title": "往来款项长期挂账的问题", "description": "往来款项长期挂账的问题", "categoryPath": [],
              "measures": [{"measure": "逐笔清理往来款项。", "responsibleUnits": ["财务科"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null,
                "timing": null, "deadline": null, "progress": null, "statusHint": null}],
              "origin": {"lines": [2, 4]}},
             {"title": "票据管理不规范的问题", "description": "票据管理不规范的问题", "categoryPath": [],
              "measures": [{"measure": "建立票据领用登记制度。", "responsibleUnits": ["办公室"],
                "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null,
                "timing": null, "deadline": null, "progress": null, "statusHint": null}],
              "origin": {"lines": [5, 8]}}]
            """),
        answer.get("problems"));
    assertEquals(
        List.of(
            "Problem 「往来款项长期挂账的问题」, measure 「逐笔清理往来款项。」 (line 4): 「1024年6月30日」 is"
                + " outside the dates a deadline may have (1900-01-01 to 9999-12-31); it was not"
                + " imported; set a time limit before creating its ticket.",
            "Problem 「票据管理不规范的问题」, measure 「建立票据领用登记制度。」 (line 8): 「0202年3月」 is outside"
                + " the dates a deadline may have (1900-01-01 to 9999-12-31); it was not imported; set"
                + " a time limit before creating its ticket."),
        JSON.convertValue(answer.get("warnings"), List.class));
  }

  @Test
  void aWordDocumentNestedThousandsOfLevelsDeepIsRefusedAndNothingIsWritten() {
    String source = source("嵌套过深");
    for (int levels : List.of(2_000, 900)) {
      RestAssured.given()
          .auth()
          .oauth2(Tokens.reporter("导入人", null))
          .contentType(DocumentText.DOCX)
          .body(HostileFiles.deeplyNestedDocx(levels))
          .post("/api/v1/sources/" + source + "/import")
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body(
              "detail",
              containsString(
                  "its part word/document.xml nests XML elements more than 256 levels deep"));
    }
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
  }
}
