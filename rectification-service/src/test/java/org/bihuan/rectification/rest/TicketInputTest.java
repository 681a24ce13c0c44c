package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.listByUnit;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem+json, nothing is written, and nothing answers 500. */
@QuarkusTest
class TicketInputTest {

  private static void refused(String body, String field, String unit) {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItem(field));
    assertEquals(List.of(), listByUnit(unit).getList("items"));
  }

  private static String valid(String unit) {
    return ticketJson(
        ProblemServiceStub.problem(UUID.randomUUID()),
        unit,
        "张三",
        "DEADLINE",
        today().plusDays(10),
        null,
        null);
  }

  @Test
  void badTicketInputIsRefusedFieldByField() {
    String unit = unit("审计处");
    String ok = valid(unit);
    refused(ok.replace("\"measure\"", "\"colour\": \"红\", \"measure\""), "colour", unit);
    refused(ok.replace("\"DEADLINE\"", "\"SOON\""), "timing", unit);
    refused(
        ok.replace("\"reportEvery\"", "\"x\"").replace("}\n", ", \"reportEvery\": \"DAY\"}\n"),
        "reportEvery",
        unit);
    refused(ok.replace(today().plusDays(10).toString(), "2024-13-45"), "deadline", unit);
    refused(ok.replace(today().plusDays(10).toString(), "2024年6月"), "deadline", unit);
    refused(ok.replace("组织专题学习，建立学习台账。", ""), "measure", unit);
    refused(ok.replace("组织专题学习，建立学习台账。", "   "), "measure", unit);
    // Unicode whitespace and zero-width characters are as blank as spaces (0207)
    for (String blank :
        List.of(
            "\\u00A0\\u00A0", "\\u3000", "\\u200B\\u2060", "\\u202F\\u2007", "\\uFEFF \\u180E")) {
      refused(ok.replace("组织专题学习，建立学习台账。", blank), "measure", unit);
    }
    refused(ok.replace("组织专题学习，建立学习台账。", "措".repeat(4001)), "measure", unit);
    refused(ok.replace("\"张三\"", "\"" + "张".repeat(10_000) + "\""), "responsiblePerson", unit);
    refused(ok.replace("\"李书记\"", "\"" + "李".repeat(101) + "\""), "leaderInCharge", unit);
    String leader = unit("领导");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(valid("单".repeat(10_000)).replace("李书记", leader))
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("responsibleUnits[0].name"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("leader", leader)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
    refused(ok.replaceAll("\"problemIds\": \\[[^]]*]", "\"problemIds\": []"), "problemIds", unit);
    refused(
        ok.replaceAll("\"problemIds\": \\[[^]]*]", "\"problemIds\": [\"P-2024-0001\"]"),
        "problemIds[0]",
        unit);
    refused(
        ok.replaceAll("\"responsibleUnits\": \\[[^]]*]", "\"responsibleUnits\": []"),
        "responsibleUnits",
        unit);
    refused(ok.replace(", \"deadline\": \"" + today().plusDays(10) + "\"", ""), "deadline", unit);
    refused(ok.replace("\"DEADLINE\"", "\"LONG_TERM\""), "deadline", unit);
    refused(ok.replace("\"measure\": \"组织专题学习，建立学习台账。\"", "\"measure\": [\"x\"]"), "measure", unit);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"problemIds\": [")
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    assertEquals(List.of(), listByUnit(unit).getList("items"));
  }

  @Test
  void aViewerMayNotCreateAndAnonymousMayNotRead() {
    String unit = unit("档案室");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .contentType(ContentType.JSON)
        .body(valid(unit))
        .post("/api/v1/tickets")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().get("/api/v1/tickets").then().statusCode(401).contentType("application/problem+json");
    assertEquals(List.of(), listByUnit(unit).getList("items"));
  }

  @Test
  void transitionsTakeJsonOrNoBodyAndNothingElse() {
    String unit = unit("机关工委");
    String reporter = Tokens.reporter("王五", unit);
    String id = create(valid(unit)).getString("id");
    for (String type : List.of("text/plain; charset=UTF-8", "application/octet-stream")) {
      given()
          .auth()
          .oauth2(reporter)
          .contentType(type)
          .body("\u001b[31m开始\u0000".getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .post("/api/v1/tickets/" + id + "/start")
          .then()
          .statusCode(415)
          .contentType("application/problem+json");
    }
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .body("status", equalTo("ASSIGNED"));
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .post("/api/v1/tickets/" + id + "/start")
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"));
  }

  @Test
  void badProgressAndTransitionInputIsRefused() {
    String unit = unit("机关党委");
    String reporter = Tokens.reporter("王五", unit);
    String id = create(valid(unit)).getString("id");
    for (String body :
        List.of(
            "{\"date\": \"" + today().plusDays(1) + "\", \"note\": \"明天的进展\"}",
            "{\"date\": \"2024-13-45\", \"note\": \"x\"}",
            "{\"date\": \"" + today() + "\", \"note\": \"\"}",
            "{\"date\": \"" + today() + "\", \"note\": \"x\", \"percent\": 101}",
            "{\"date\": \"" + today() + "\", \"note\": \"x\", \"extra\": 1}",
            "{\"date\": \"1900-01-01\", \"note\": \"before the ticket existed\"}")) {
      given()
          .auth()
          .oauth2(reporter)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/tickets/" + id + "/progress")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/progress")
        .then()
        .body("items", hasSize(0));
    act(Tokens.verifier("李四"), id, "cancel", null)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("comment"));
    // a required comment of Unicode spaces only is as missing as none (0207)
    act(Tokens.verifier("李四"), id, "cancel", "\u00A0\u3000")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("comment"));
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"x\", \"extra\": true}")
        .post("/api/v1/tickets/" + id + "/start")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("extra"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .body("status", equalTo("ASSIGNED"))
        .body("version", equalTo(0));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void badListFiltersAreRefused() {
    for (String[] q :
        new String[][] {
          {"overdue", "maybe"},
          {"light", "BLUE"},
          {"status", "DONE"},
          {"dueBefore", "2024年6月"},
          {"problemId", "P-1"},
          {"limit", "0"},
          {"cursor", "garbage!"}
        }) {
      given()
          .auth()
          .oauth2(Tokens.viewer())
          .queryParam(q[0], q[1])
          .get("/api/v1/tickets")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(q[0]));
    }
  }

  @Test
  void evidenceOverTheLimitIsRefusedWith413() {
    String unit = unit("基建处");
    String reporter = Tokens.reporter("王五", unit);
    String id = create(valid(unit)).getString("id");
    byte[] tooBig = new byte[20 * 1024 * 1024 + 1];
    given()
        .auth()
        .oauth2(reporter)
        .multiPart("file", "big.bin", tooBig, "application/octet-stream")
        .post("/api/v1/tickets/" + id + "/evidence")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("maxBytes", equalTo(20 * 1024 * 1024));
    given()
        .auth()
        .oauth2(reporter)
        .multiPart("file", "empty.txt", new byte[0], "text/plain")
        .post("/api/v1/tickets/" + id + "/evidence")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("file"));
    given()
        .auth()
        .oauth2(reporter)
        .multiPart("description", "没有文件")
        .post("/api/v1/tickets/" + id + "/evidence")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("file"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/evidence")
        .then()
        .body("items", hasSize(0));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .body("evidenceCount", equalTo(0))
        .body("version", equalTo(0));
  }
}
