package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.testing.AnswersBeforeRest.assertNormalAndSame;
import static org.bihuan.testing.AnswersBeforeRest.assertSame;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.http.HitRoute;
import org.bihuan.testing.AnotherReplica;
import org.bihuan.testing.AnswersBeforeRest;
import org.bihuan.testing.AnswersBeforeRest.Answer;
import org.bihuan.testing.RawHttp;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A ticket in memory is answered before Quarkus REST (docs/decisions/0302), and that answer is the
 * resource method's, byte for byte; every request the route is not sure of — an unknown, expired or
 * refused token, a role too low, a condition, a query, HEAD, another Accept — goes the normal way
 * and is answered as before; a write here and a commit of another instance are seen.
 */
@QuarkusTest
class HitRouteTest {

  @Inject HitRoute hits;
  @Inject AgroalDataSource dataSource;

  @TestHTTPResource("/")
  URL root;

  private AnswersBeforeRest answers;

  @BeforeEach
  void answers() {
    answers = new AnswersBeforeRest(hits::answered);
  }

  private static String path(String id) {
    return "/api/v1/tickets/" + id;
  }

  private static String ticket(String unit) {
    return create(deadlineTicket(unit(unit), today().plusDays(5))).getString("id");
  }

  @Test
  void theAnswerBeforeRestIsTheResourceMethodsByteForByte() throws Exception {
    String path = path(ticket("前置回答"));
    String viewer = Tokens.viewer();

    Answer fast = answers.awaitFast(viewer, path);
    // A token not seen before goes the normal way; the answer there is from memory too.
    Answer normal = answers.get(Tokens.viewer(), path);
    assertEquals(200, fast.status());
    assertSame(normal, fast);
    assertSame(
        answers.get(Tokens.viewer(), path),
        answers.awaitFast(viewer, path, "Accept", "application/json"));
    assertSame(
        answers.get(Tokens.viewer(), path), answers.awaitFast(viewer, path, "Accept", "*/*"));

    String tag = fast.response().header("ETag");
    Answer notModified = answers.awaitFast(viewer, path, "If-None-Match", tag);
    assertEquals(304, notModified.status());
    assertSame(answers.get(Tokens.viewer(), path, "If-None-Match", tag), notModified);
    Answer otherTag = answers.awaitFast(viewer, path, "If-None-Match", "\"0@2000-01-01\"");
    assertSame(answers.get(Tokens.viewer(), path, "If-None-Match", "\"0@2000-01-01\""), otherTag);
    assertEquals(200, otherTag.status());
  }

  /** The count of GETs of one ticket answered 200 in the service's metrics. */
  private static double countedAnswers() {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    return metrics
        .lines()
        .filter(l -> l.startsWith("http_server_requests_seconds_count{"))
        .filter(l -> l.contains("method=\"GET\"") && l.contains("status=\"200\""))
        .filter(l -> l.contains("uri=\"/api/v1/tickets/{id}\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  @Test
  void anAnswerBeforeRestIsCountedInTheMetricsAsTheRoutesAnswer() throws Exception {
    String path = path(ticket("前置-计量"));
    String viewer = Tokens.viewer();
    answers.awaitFast(viewer, path);
    double before = countedAnswers();
    // Three answers before REST; a GET in between that the route declined (the cache not yet
    // certain to follow the feed) goes the normal way and is counted as well.
    int gets = 0;
    long until = System.currentTimeMillis() + 20_000;
    for (int fast = 0; fast < 3; gets++) {
      assertTrue(System.currentTimeMillis() < until, "three answers before REST within 20 s");
      fast += answers.get(viewer, path).fast() ? 1 : 0;
    }
    // An answer is counted when its last byte is written, which the client may read before.
    long deadline = System.currentTimeMillis() + 2_000;
    double after = countedAnswers();
    while (after - before < gets && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
      after = countedAnswers();
    }
    assertEquals(gets, after - before, "every answer under the route's template");
  }

  @Test
  void whatTheRouteIsNotSureOfGoesTheNormalWayAndIsAnsweredAsBefore() throws Exception {
    String id = ticket("前置-其他");
    String path = path(id);
    String viewer = Tokens.viewer();
    answers.awaitFast(viewer, path);

    String[][] others = {
      {"If-Match", "\"7\""}, // 412
      {"If-Match", "\"0\""},
      {"Cache-Control", "no-cache"},
      {"Pragma", "no-cache"},
      {"Accept", "text/html"}, // 406
      {"Accept", "application/xml, application/json;q=0.5"},
      {"Content-Type", "application/json"}
    };
    for (String[] header : others) {
      Answer known = answers.get(viewer, path, header);
      Answer fresh = answers.get(Tokens.viewer(), path, header);
      assertFalse(known.fast(), header[0] + ": " + header[1]);
      assertEquals(fresh.status(), known.status(), header[0] + ": " + header[1]);
      assertEquals(fresh.response().asString(), known.response().asString());
    }
    for (String other : List.of(path + "?fields=all", path + "/", path.toUpperCase())) {
      Answer known = answers.get(viewer, other);
      assertFalse(known.fast(), other);
      assertEquals(answers.get(Tokens.viewer(), other).status(), known.status(), other);
    }
    long before = hits.answered();
    given()
        .auth()
        .oauth2(viewer)
        .head(path)
        .then()
        .statusCode(200)
        .header("ETag", equalTo(tagOf(id)));
    assertEquals(before, hits.answered(), "HEAD goes the normal way");
    // Two Authorization headers: 401 (docs/decisions/0240), whatever the first one is.
    given()
        .header("Authorization", "Bearer " + viewer)
        .header("Authorization", "Bearer " + viewer)
        .get(path)
        .then()
        .statusCode(401);
    assertEquals(before, hits.answered(), "two credentials go the normal way");
  }

  @Test
  void oddSpellingsOfATicketsPathAndALowercaseSchemeAreAnsweredAsTheNormalWayAnswersThem()
      throws Exception {
    String id = ticket("前置-写法");
    String path = path(id);
    String viewer = Tokens.viewer();
    answers.awaitFast(viewer, path);
    // Sent byte for byte: an HTTP client may tidy a target (RestAssured folds //).
    for (String other :
        List.of(
            path(id.toUpperCase()),
            path + ";x=1",
            "/api/v1/tickets;x=1/" + id,
            "/api/v1/tickets//" + id,
            "/api/v1//tickets/" + id,
            "/api/v1/tickets%2F" + id,
            path(id.replace("-", "%2D")),
            path(id) + "%2F")) {
      RawHttp.Answer normal = raw(Tokens.viewer(), other);
      long before = hits.answered();
      RawHttp.Answer known = raw(viewer, other);
      assertEquals(before, hits.answered(), other + ": not answered before Quarkus REST");
      assertEquals(normal.status(), known.status(), other);
      assertEquals(normal.body(), known.body(), other);
    }
    // The scheme in lower case: whatever the normal way makes of it, it is made there every time.
    for (int i = 0; i < 3; i++) {
      assertNormalAndSame(
          answers.get(null, path, "Authorization", "bearer " + Tokens.viewer()),
          answers.get(null, path, "Authorization", "bearer " + viewer),
          "bearer");
    }
  }

  @Test
  void aGetThatSaysItsBodyIsEmptyIsAnsweredBeforeRestAndOtherLengthsGoTheNormalWay()
      throws Exception {
    // Java 17's HttpClient sends Content-Length: 0 with every GET.
    String path = path(ticket("前置-空体"));
    String viewer = Tokens.viewer();
    Answer normal = answers.awaitFast(viewer, path);
    long until = System.currentTimeMillis() + 20_000;
    boolean fast = false;
    while (!fast) {
      assertTrue(System.currentTimeMillis() < until, "answered before REST within 20 s");
      long before = hits.answered();
      RawHttp.Answer empty = raw(viewer, path, "Content-Length: 0\r\n");
      fast = hits.answered() > before;
      assertEquals(200, empty.status());
      assertEquals(normal.response().asString(), empty.body());
      assertEquals(normal.response().header("ETag"), empty.header("ETag"));
    }
    long before = hits.answered();
    RawHttp.Answer twice = raw(viewer, path, "Content-Length: 0\r\nContent-Length: 0\r\n");
    assertEquals(before, hits.answered(), "two lengths go the normal way");
    assertEquals(
        raw(Tokens.viewer(), path, "Content-Length: 0\r\nContent-Length: 0\r\n").status(),
        twice.status());
  }

  private RawHttp.Answer raw(String token, String target) throws IOException {
    return raw(token, target, "");
  }

  /** A GET of {@code target} with {@code token}, written byte for byte. */
  private RawHttp.Answer raw(String token, String target, String headers) throws IOException {
    return new RawHttp(root)
        .send(
            "GET "
                + target
                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token
                + "\r\n"
                + headers
                + "Connection: close\r\n\r\n");
  }

  private String tagOf(String id) {
    return answers.get(Tokens.viewer(), path(id)).response().header("ETag");
  }

  @Test
  void eachTokenIsJudgedByItsOwnClaimsAndRefusalsComeFromTheNormalWay() throws Exception {
    String path = path(ticket("前置-角色"));
    answers.awaitFast(Tokens.admin(), path);

    // Tokens this instance has verified, whose claims the route refuses: each is refused each
    // time by the normal way, never answered before it.
    String noRole = Tokens.token("admin", "管理员", null);
    String otherRole = Tokens.token("admin", "管理员", null, "auditor");
    String blankUnit = Tokens.withClaims("reporter-空", Map.of("unit", " "), "reporter");
    for (String token : List.of(noRole, otherRole, blankUnit)) {
      for (int i = 0; i < 3; i++) {
        Answer refused = answers.get(token, path);
        assertEquals(403, refused.status(), token);
        assertFalse(refused.fast());
      }
    }
    for (String token : List.of("", "abc", Tokens.viewer() + "x")) {
      for (int i = 0; i < 2; i++) {
        Answer refused = answers.get(null, path, "Authorization", "Bearer " + token);
        assertEquals(401, refused.status(), token);
        assertFalse(refused.fast());
      }
    }
    Answer anonymous = answers.get(null, path);
    assertEquals(401, anonymous.status());
    assertFalse(anonymous.fast());

    // Roles that imply viewer are admitted, each token on its own claims.
    assertEquals(200, answers.awaitFast(Tokens.reporter("前置", "前置-角色"), path).status());
    assertEquals(200, answers.awaitFast(Tokens.verifier("前置"), path).status());
  }

  @Test
  void aTokenIsAnsweredBeforeRestOnlyUntilItsExpAndIsRefusedWhenTheNormalWayRefusesIt()
      throws Exception {
    String path = path(ticket("前置-过期"));
    answers.awaitFast(Tokens.viewer(), path);
    long exp = Instant.now().getEpochSecond() + 3;
    String shortLived =
        Tokens.rawClaims(
            Map.of("sub", "viewer", "groups", List.of("viewer"), "exp", exp, "name", "查看人"));
    Answer fast = answers.awaitFast(shortLived, path);
    assertEquals(200, fast.status());
    while (Instant.now().getEpochSecond() <= exp) {
      Thread.sleep(200);
    }
    // Past exp: never before REST again. The normal way accepts it for the clock-skew leeway the
    // integration guide states, then refuses it (401).
    long giveUp = exp + 120;
    Answer late = answers.get(shortLived, path);
    while (late.status() == 200) {
      assertFalse(late.fast(), "answered before REST after exp");
      assertTrue(Instant.now().getEpochSecond() < giveUp, "still accepted long after exp");
      Thread.sleep(2_000);
      late = answers.get(shortLived, path);
    }
    assertEquals(401, late.status());
    assertFalse(late.fast());
  }

  @Test
  void aWriteHereAndACommitOfAnotherInstanceAreSeenByTheNextAnswer() throws Exception {
    String id = ticket("前置-写入");
    String path = path(id);
    String viewer = Tokens.viewer();
    answers.awaitFast(viewer, path).response().then().body("version", equalTo(0));

    act(Tokens.admin(), id, "start", null).then().statusCode(200);
    answers
        .get(viewer, path)
        .response()
        .then()
        .body("version", equalTo(1))
        .body("status", equalTo("IN_PROGRESS"));
    answers.awaitFast(viewer, path).response().then().body("version", equalTo(1));

    long committed = AnotherReplica.commitUpdate(dataSource, "ticket", "measure", "另一实例的措施", id);
    Answer seen =
        AnotherReplica.readUntilSeen(
            committed,
            () -> answers.get(viewer, path),
            a -> a.response().jsonPath().getInt("version") == 1);
    seen.response().then().body("measure", equalTo("另一实例的措施")).body("version", equalTo(2));
    Answer fastAfter = answers.awaitFast(viewer, path);
    fastAfter.response().then().body("measure", equalTo("另一实例的措施")).body("version", equalTo(2));
  }
}
