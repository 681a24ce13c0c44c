package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.platform.input.SafeText;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A document's text holds characters no other route accepts (a bidirectional override, a
 * noncharacter, a control character pasted from elsewhere): the import leaves them out of every
 * field and says so, so that the problem can be saved again as it is and its events can be followed
 * (they made the report service stop at the event for good).
 */
@QuarkusTest
class ImportStorableTextTest {

  private static JsonPath imported(String source, byte[] body, String mediaType, boolean dryRun) {
    var request =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType(mediaType)
            .body(body);
    if (dryRun) {
      request = request.queryParam("dryRun", "true");
    }
    return request
        .post("/api/v1/sources/" + source + "/import")
        .then()
        .statusCode(dryRun ? 200 : 201)
        .extract()
        .jsonPath();
  }

  @Test
  void aWordDocumentsOverridesAndNoncharactersAreLeftOutAndTheProblemSavesAgain() {
    String source = source("含控制字符的文档");
    byte[] docx =
        Ledgers.docx(
            List.<Object>of(
                "一、存在的问题",
                "（一）私用\uE000区标题\u202E反向。描述\uFDD0含非字符。",
                "整改措施：建立台账\u2066，每月检查。",
                "责任单位：党委办公室\u202C"));
    JsonPath dry = imported(source, docx, DocumentText.DOCX, true);
    assertTrue(
        dry.getList("warnings").toString().contains("U+202E"), "warnings: " + dry.get("warnings"));
    JsonPath done = imported(source, docx, DocumentText.DOCX, false);
    String id = done.getString("problems[0].id");
    JsonPath view = asViewer().get("/api/v1/problems/" + id).then().extract().jsonPath();
    for (String text : List.of(view.getString("title"), view.getString("description"))) {
      assertNull(SafeText.problemInText(text), text);
    }
    // private use is text and stays
    assertTrue(view.getString("title").contains("\uE000"), view.getString("title"));
    assertEquals(
        "党委办公室", done.getString("problems[0].measures[0].responsibleUnits[0]"), done.prettify());
    Api.putBackUnchanged(source, id, view);
  }

  @Test
  void aTextFilesNoncharactersAndOverridesNeverReachAUnitOrAPerson() {
    String source = source("含非字符的文本");
    String text = "一、存在的问题\n1. 制度执行不严格\uFDD0。\n整改措施：完善制度。\n责任单位：党委办公室\uFFFE\n" + "责任人：张三\u202E\n";
    JsonPath dry =
        imported(source, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", true);
    String units = dry.getString("problems[0].measures[0].responsibleUnits[0]");
    assertEquals("党委办公室", units, dry.prettify());
    assertEquals("张三", dry.getString("problems[0].measures[0].responsiblePerson"));
    org.hamcrest.MatcherAssert.assertThat(
        dry.getList("warnings").toString(), containsString("U+FFFE"));
  }

  @Test
  void namesMadeOnlyOfInvisibleCharactersNameNobodyAndAnInvisibleTitleIsRefused() {
    String source = source("不可见的名称");
    String text = "一、存在的问题\n1. 制度执行不严格。\n整改措施：完善制度。\n责任单位：\u200B\u2060、党委办公室\n" + "责任人：\u3164\n";
    JsonPath dry =
        imported(source, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", true);
    assertEquals(
        List.of("党委办公室"), dry.getList("problems[0].measures[0].responsibleUnits"), dry.prettify());
    assertNull(dry.getString("problems[0].measures[0].responsiblePerson"), dry.prettify());
    org.hamcrest.MatcherAssert.assertThat(
        dry.getList("warnings").toString(), containsString("made only of invisible characters"));
  }

  @Test
  void aProblemWhoseTitleIsOnlyInvisibleIsRefusedAsMissingATitleNotAsTooLong() {
    String source = source("不可见的标题");
    String text = "一、存在的问题\n（一）\u200B\u2060\u3000\n整改措施：完善制度。\n（二）会议偏多。\n整改措施：精简会议。\n";
    for (boolean dryRun : List.of(true, false)) {
      var request =
          RestAssured.given()
              .auth()
              .oauth2(Tokens.reporter("导入人", null))
              .contentType("text/plain; charset=UTF-8")
              .body(text.getBytes(StandardCharsets.UTF_8))
              .queryParam("dryRun", dryRun);
      request
          .post("/api/v1/sources/" + source + "/import")
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("type", org.hamcrest.Matchers.endsWith("/problems/import-title-missing"))
          .body("detail", containsString("has no visible title"))
          .body("detail", org.hamcrest.Matchers.not(containsString("this long")))
          .body("errors[0].field", org.hamcrest.Matchers.equalTo("problems[0].title"));
    }
    asViewer()
        .get("/api/v1/problems?sourceId=" + source)
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }
}
