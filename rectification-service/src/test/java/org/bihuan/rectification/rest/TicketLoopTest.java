package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.rectification.rest.TicketSteps.assertChained;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A ticket runs the whole loop from assignment to verification, never verified by its responsible
 * person.
 */
@QuarkusTest
class TicketLoopTest {

  private static final String EVIDENCE_NAME = "整改报告（第一批）.pdf";

  @Test
  void aTicketRunsTheWholeLoopFromAssignmentToVerification() throws Exception {
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(source);
    String unit = unit("党委办公室");
    String reporter = Tokens.reporter("王五", unit);
    String verifier = Tokens.verifier("李四");

    JsonPath t =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(20), "WEEK", null));
    String id = t.getString("id");
    assertEquals("ASSIGNED", t.getString("status"));
    assertTrue(t.getString("number").matches("T-\\d{4}-\\d{4,}"), t.getString("number"));
    assertEquals(List.of(source.toString()), t.getList("sourceIds"));
    assertEquals("GREEN", t.getString("light"));
    assertEquals(today().plusDays(20).toString(), t.getString("effectiveDeadline"));

    act(reporter, id, "start", null).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
    // Submitting with nothing recorded is refused.
    act(reporter, id, "submit", null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/nothing-to-submit"));
    progress(reporter, id, today(), "已召开专题学习会两次")
        .then()
        .statusCode(201)
        .body("note", equalTo("已召开专题学习会两次"))
        .body("reporterName", equalTo("王五"));

    byte[] bytes = new byte[70_000];
    new Random(7).nextBytes(bytes);
    // a PDF's header, as the name and type declare (0333); the rest is any bytes
    byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    JsonPath evidence =
        given()
            .config(
                RestAssured.config()
                    .httpClient(
                        HttpClientConfig.httpClientConfig()
                            .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                    .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
                    .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")))
            .auth()
            .oauth2(reporter)
            .multiPart("file", EVIDENCE_NAME, bytes, "application/pdf")
            .multiPart(
                new MultiPartSpecBuilder("会议纪要及签到表")
                    .controlName("description")
                    .charset(StandardCharsets.UTF_8)
                    .build())
            .post("/api/v1/tickets/" + id + "/evidence")
            .then()
            .statusCode(201)
            .body("sha256", equalTo(sha))
            .body("size", equalTo(bytes.length))
            .body("filename", equalTo(EVIDENCE_NAME))
            .body("mediaType", equalTo("application/pdf"))
            .extract()
            .jsonPath();
    String eid = evidence.getString("id");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/evidence")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].filename", equalTo(EVIDENCE_NAME))
        .body("items[0].description", equalTo("会议纪要及签到表"));
    Response download =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/tickets/" + id + "/evidence/" + eid + "/content");
    download.then().statusCode(200).contentType("application/pdf");
    byte[] got = download.asByteArray();
    assertArrayEquals(bytes, got);
    assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(got)));
    String disposition = download.header("Content-Disposition");
    assertTrue(
        disposition.contains(
            "filename*=UTF-8''"
                + java.net.URLEncoder.encode(EVIDENCE_NAME, StandardCharsets.UTF_8)
                    .replace("+", "%20")
                    .replace("%28", "(")
                    .replace("%29", ")")
                    .replace("(", "%28")
                    .replace(")", "%29")),
        disposition);

    act(reporter, id, "submit", "已完成整改")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"));
    act(verifier, id, "reject", "佐证材料不足")
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"));
    act(reporter, id, "submit", "补充材料后再次提交")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"));
    act(verifier, id, "verify", "验收通过，同意销号")
        .then()
        .statusCode(200)
        .body("status", equalTo("VERIFIED"))
        .body("light", nullValue())
        .body("verifiedAt", matchesPattern("\\d{4}-.*"))
        .body("evidenceCount", equalTo(1))
        .body("progressPercent", equalTo(40));

    JsonPath history =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/tickets/" + id + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(
        List.of("create", "start", "progress", "evidence", "submit", "reject", "submit", "verify"),
        history.getList("items.action"));
    assertEquals("李四", history.getString("items[7].actorName"));
    assertEquals("verifier-李四", history.getString("items[7].actorId"));
    assertEquals("验收通过，同意销号", history.getString("items[7].comment"));
    assertEquals("SUBMITTED", history.getString("items[7].from"));
    assertEquals("VERIFIED", history.getString("items[7].to"));
    assertChained(history);

    // A verified ticket takes only "reopen" (回头看), a verifier's action: the unit's reporter, who
    // may start tickets, hears that the state allows nothing he may do (a verifier, who never
    // starts one, hears 403: docs/decisions/0168).
    act(reporter, id, "start", null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("currentState", equalTo("VERIFIED"))
        .body("allowedActions", equalTo(List.of()))
        .body("detail", containsString("the state allows [reopen], none of them to you"));
    act(verifier, id, "start", null).then().statusCode(403);
    act(verifier, id, "reopen", "回头看发现反弹")
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"));

    // Every page of the feed: other test classes write events before this one.
    List<String> types = new java.util.ArrayList<>();
    long after = 0;
    while (true) {
      io.restassured.path.json.JsonPath page =
          given()
              .auth()
              .oauth2(Tokens.viewer())
              .queryParam("after", after)
              .queryParam("limit", 1000)
              .get("/api/v1/events")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (page.getList("events").isEmpty()) {
        break;
      }
      types.addAll(page.getList("events.findAll { it.resourceId == '" + id + "' }.type"));
      after = page.getLong("next");
    }
    assertEquals(
        List.of(
            "ticket.created",
            "ticket.started",
            "ticket.progress_reported",
            "ticket.evidence_added",
            "ticket.submitted",
            "ticket.rejected",
            "ticket.submitted",
            "ticket.verified",
            "ticket.reopened"),
        types);
  }

  @Test
  void verifyIsRefusedForTheResponsiblePerson() {
    String unit = unit("组织部");
    String id = submittedTicket(unit, "张三");
    act(Tokens.verifier("张三"), id, "verify", "自己验收自己")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    act(Tokens.token("张三", "Zhang San", null, "verifier"), id, "verify", "换个名字也不行")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .body("status", equalTo("SUBMITTED"));
  }

  /** A ticket of {@code unit} that {@code person} answers for, already SUBMITTED. */
  static String submittedTicket(String unit, String person) {
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    person,
                    "IMMEDIATE",
                    null,
                    null,
                    null))
            .getString("id");
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "完成").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    return id;
  }
}
