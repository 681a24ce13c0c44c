package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.listByUnit;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The closed loop through HTTP on a real PostgreSQL, with problem-service as WireMock. */
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

  @Test
  void aReporterOfAnotherUnitMayReadButNotWrite() {
    String unit = unit("宣传部");
    String id =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    "张三",
                    "IMMEDIATE",
                    null,
                    null,
                    null))
            .getString("id");
    String stranger = Tokens.reporter("赵六", unit("纪检组"));
    given().auth().oauth2(stranger).get("/api/v1/tickets/" + id).then().statusCode(200);
    act(stranger, id, "start", null).then().statusCode(403).contentType("application/problem+json");
    progress(stranger, id, today(), "越权填报").then().statusCode(403);
    given()
        .auth()
        .oauth2(stranger)
        .multiPart("file", "x.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain")
        .post("/api/v1/tickets/" + id + "/evidence")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(stranger)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + today().plusDays(90) + "\", \"reason\": \"越权\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(403);
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
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .body("items", hasSize(1));
  }

  @Test
  void tenConcurrentTransitionsWithTheSameIfMatchGiveExactlyOneSuccess() throws Exception {
    String unit = unit("办公室");
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    "张三",
                    "IMMEDIATE",
                    null,
                    null,
                    null))
            .getString("id");
    String etag =
        given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id).header("ETag");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("If-None-Match", etag)
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(304);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Callable<Integer> call =
          () -> {
            go.await();
            return given()
                .auth()
                .oauth2(reporter)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"comment\": \"开始整改\"}")
                .post("/api/v1/tickets/" + id + "/start")
                .statusCode();
          };
      answers.add(pool.submit(call));
    }
    go.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> f : answers) {
      codes.add(f.get());
    }
    pool.shutdown();
    assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
    assertEquals(9, codes.stream().filter(c -> c == 412).count(), codes.toString());
    JsonPath history =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/tickets/" + id + "/history")
            .then()
            .extract()
            .jsonPath();
    assertEquals(List.of("create", "start"), history.getList("items.action"));
    assertChained(history);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .body("version", equalTo(1))
        .body("status", equalTo("IN_PROGRESS"));
    // The stale ETag keeps failing; the fresh one works.
    given()
        .auth()
        .oauth2(Tokens.verifier("李四"))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"撤销\"}")
        .post("/api/v1/tickets/" + id + "/cancel")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
  }

  @Test
  void aTransitionNeedsNoBodyWhenNoCommentIsRequired() throws Exception {
    String unit = unit("离退休处");
    String id =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    "张三",
                    "IMMEDIATE",
                    null,
                    null,
                    null))
            .getString("id");
    // As curl -X POST or java.net.http send it: no body, no Content-Type.
    HttpResponse<String> started =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + RestAssured.port
                                + "/api/v1/tickets/"
                                + id
                                + "/start"))
                    .header("Authorization", "Bearer " + Tokens.reporter("王五", unit))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, started.statusCode(), started.body());
    assertEquals(
        "\"1@" + TicketFixtures.today() + "\"", started.headers().firstValue("ETag").orElse(""));
    assertTrue(started.body().contains("\"status\":\"IN_PROGRESS\""), started.body());
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .post("/api/v1/tickets/" + id + "/cancel")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void concurrentCreationsGetDistinctNumbers() throws Exception {
    String unit = unit("法规处");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> numbers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      numbers.add(
          pool.submit(
              () -> {
                go.await();
                return given()
                    .auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null))
                    .post("/api/v1/tickets")
                    .then()
                    .statusCode(201)
                    .extract()
                    .<String>path("number");
              }));
    }
    go.countDown();
    List<String> got = new ArrayList<>();
    for (Future<String> f : numbers) {
      got.add(f.get());
    }
    pool.shutdown();
    assertEquals(8, got.stream().distinct().count(), got.toString());
    assertEquals(8, listByUnit(unit).getList("items").size());
  }

  @Test
  void anUnknownProblemIsRefusedWith422AndNothingIsWritten() {
    String unit = unit("财务处");
    UUID unknown = UUID.randomUUID();
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(ticketJson(unknown, unit, "张三", "IMMEDIATE", null, null, null))
        .post("/api/v1/tickets")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/unknown-problem"))
        .body("detail", containsString(unknown.toString()))
        .body("errors[0].field", equalTo("problemIds[0]"));
    UUID withdrawn = ProblemServiceStub.problem(UUID.randomUUID(), UUID.randomUUID(), "WITHDRAWN");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(ticketJson(withdrawn, unit, "张三", "IMMEDIATE", null, null, null))
        .post("/api/v1/tickets")
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/withdrawn-problem"));
    assertEquals(List.of(), listByUnit(unit).getList("items"));
  }

  @Test
  void aSecondTicketWithTheSameExternalRefPointsAtTheFirst() {
    String unit = unit("人事处");
    String ref = "OA-T-" + UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, ref)).getString("id");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, ref))
        .post("/api/v1/tickets")
        .then()
        .statusCode(409)
        .header("Location", containsString(id));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("externalRef", ref)
        .get("/api/v1/tickets")
        .then()
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(id))
        .body("items[0].deadline", equalTo(today().plusDays(30).toString()));
  }

  @Test
  void anExtensionMovesTheEffectiveDeadlineAndKeepsTheOriginal() {
    String unit = unit("后勤处");
    String reporter = Tokens.reporter("王五", unit);
    String verifier = Tokens.verifier("李四");
    String id = create(TicketFixtures.deadlineTicket(unit, today().plusDays(3))).getString("id");
    assertEquals(true, get(id).getBoolean("dueSoon"));
    // Not after the current effective deadline → 400.
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + today().plusDays(3) + "\", \"reason\": \"太忙\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("newDeadline"));
    String first = requestExtension(reporter, id, today().plusDays(40));
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + today().plusDays(50) + "\", \"reason\": \"再等等\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(409)
        .header("Location", containsString(first));
    decide(reporter, first, "approve", "").then().statusCode(403);
    decide(verifier, first, "refuse", null).then().statusCode(400);
    decide(verifier, first, "refuse", "理由不充分")
        .then()
        .statusCode(200)
        .body("status", equalTo("REFUSED"));
    assertEquals(today().plusDays(3).toString(), get(id).getString("effectiveDeadline"));
    assertEquals(false, get(id).getBoolean("extensionApproved"));
    decide(verifier, first, "approve", "改主意了").then().statusCode(409);

    String second = requestExtension(reporter, id, today().plusDays(60));
    decide(verifier, second, "approve", "同意延期")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    JsonPath t = get(id);
    assertEquals(today().plusDays(3).toString(), t.getString("deadline"));
    assertEquals(today().plusDays(60).toString(), t.getString("effectiveDeadline"));
    assertEquals(true, t.getBoolean("extensionApproved"));
    assertEquals(false, t.getBoolean("dueSoon"));
    assertEquals("GREEN", t.getString("light"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .body(
            "items.action",
            equalTo(
                List.of(
                    "create",
                    "extension_requested",
                    "extension_refused",
                    "extension_requested",
                    "extension_approved")));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/extensions")
        .then()
        .body("items.status", equalTo(List.of("REFUSED", "APPROVED")));
  }

  @Test
  void editingHonoursIfMatchAndOnlyAnAdminCorrectsADeadline() {
    String unit = unit("团委");
    String reporter = Tokens.reporter("王五", unit);
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    JsonPath t =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(10), null, null));
    String id = t.getString("id");
    String edited =
        ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(10), "MONTH", null)
            .replace("组织专题学习，建立学习台账。", "组织专题学习，建立学习台账并每月通报。");
    given()
        .auth()
        .oauth2(reporter)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(edited)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .header("ETag", containsString("1"))
        .body("measure", equalTo("组织专题学习，建立学习台账并每月通报。"))
        .body("reportEvery", equalTo("MONTH"));
    given()
        .auth()
        .oauth2(reporter)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(edited)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(412);
    String later = ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(99), "MONTH", null);
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body(later)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.verifier("李四"))
        .contentType(ContentType.JSON)
        .body(later)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(403);
    // An admin corrects the deadline of a ticket not started and not overdue (decision 0051).
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(later)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("deadline", equalTo(today().plusDays(99).toString()));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .body("items.action", equalTo(List.of("create", "update", "update")))
        .body("items[1].comment", containsString("measure"));
  }

  private static JsonPath get(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String requestExtension(String token, String id, java.time.LocalDate date) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + date + "\", \"reason\": \"涉及多部门协调\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(201)
        .body("status", equalTo("REQUESTED"))
        .extract()
        .path("id");
  }

  private static Response decide(String token, String extensionId, String verb, String comment) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(comment == null ? "{}" : "{\"comment\": \"" + comment + "\"}")
        .post("/api/v1/extensions/" + extensionId + "/" + verb);
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

  /** Each entry starts in the state the previous one ended in; ids only grow. */
  static void assertChained(JsonPath history) {
    List<Map<String, Object>> items = history.getList("items");
    long lastId = -1;
    Object lastTo = null;
    for (Map<String, Object> h : items) {
      long hid = ((Number) h.get("id")).longValue();
      assertTrue(hid > lastId, "history ids grow: " + items);
      if (lastId >= 0) {
        assertEquals(lastTo, h.get("from"), "history is chained: " + items);
      }
      lastId = hid;
      lastTo = h.get("to");
    }
  }
}
