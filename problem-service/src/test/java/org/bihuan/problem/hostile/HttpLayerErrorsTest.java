package org.bihuan.problem.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.bihuan.testing.ChunkedBodies;
import org.bihuan.testing.HttpLayerRefusals;
import org.bihuan.testing.RawHttp;
import org.bihuan.testing.Tokens;
import org.bihuan.testing.WriteHosts;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP layer answers to bodies and requests that no resource method sees whole, sent byte
 * for byte (issue 10, item 10): a body sent in chunks over {@code
 * quarkus.http.limits.max-body-size} (25 MiB here) is a 413 problem+json like one whose
 * Content-Length says so — it was an empty 413 written by the REST layer's input stream — and
 * changes nothing.
 */
@QuarkusTest
class HttpLayerErrorsTest {

  private static final long FORTY_MIB = 40L * 1024 * 1024;

  @TestHTTPResource("/")
  URL root;

  private byte[] head(String path, String... headers) {
    StringBuilder sb =
        new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n")
            .append("Authorization: Bearer ")
            .append(Tokens.admin())
            .append("\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n");
    for (String h : headers) {
      sb.append(h).append("\r\n");
    }
    return sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A source whose title is preceded by {@code spaces} bytes of JSON whitespace. */
  private static RawHttp.Chunked source(String ref, long spaces) {
    return new RawHttp.Chunked(
        "{\"title\": ".getBytes(StandardCharsets.UTF_8),
        spaces,
        64 * 1024,
        ("\"分块发送的来源\", \"kind\": \"MEETING\", \"externalRef\": \"" + ref + "\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** The sources listed under {@code ref} are as {@code items} says. */
  private static void sourcesWith(String ref, Matcher<?> items) {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("externalRef", ref)
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("items", items);
  }

  private static void noSourceWith(String ref) {
    sourcesWith(ref, empty());
  }

  @Test
  void aChunkedJsonBodyOverTheLimitIs413ProblemJsonAndChangesNothing() throws Exception {
    String ref = "chunked-" + UUID.randomUUID();
    RawHttp.Answer answer = new RawHttp(root).send(head("/api/v1/sources"), source(ref, FORTY_MIB));
    RawHttp.problem(answer, 413);
    assertTrue(answer.body().contains("/problems/too-large"), answer.toString());
    assertTrue(answer.closed(), "the unread rest of the body ends the connection: " + answer);
    noSourceWith(ref);
  }

  @Test
  void withAnIdempotencyKeyTheKeyIsNotSpentByTheRefusedBody() throws Exception {
    String ref = "chunked-key-" + UUID.randomUUID();
    String key = "Idempotency-Key: " + UUID.randomUUID();
    RawHttp.problem(
        new RawHttp(root).send(head("/api/v1/sources", key), source(ref, FORTY_MIB)), 413);
    noSourceWith(ref);
    // The same key with a body under the limit is a first request, not a replay or a 422.
    RawHttp.Answer again = new RawHttp(root).send(head("/api/v1/sources", key), source(ref, 1024));
    assertEquals(201, again.status(), again.toString());
  }

  @Test
  void aChunkedJsonBodyUnderTheLimitIsReadWhole() throws Exception {
    String ref = "chunked-small-" + UUID.randomUUID();
    RawHttp.Answer answer =
        new RawHttp(root).send(head("/api/v1/sources"), source(ref, 3L * 1024 * 1024));
    assertEquals(201, answer.status(), answer.toString());
    sourcesWith(ref, hasSize(1));
  }

  /** The plain port does not speak cleartext HTTP/2 (0271). */
  @Test
  void cleartextHttp2IsNotServed() throws Exception {
    HttpLayerRefusals.assertClearHttp2NotServed(root);
  }

  /** Headers between 16 and 32 KiB: problem+json 431 (beyond 32 KiB Netty's empty 431, 0173). */
  @Test
  void headersOverTheLimitAre431ProblemJson() throws Exception {
    RawHttp.Answer answer =
        new RawHttp(root)
            .send(
                "GET /api/v1/sources HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Tokens.admin()
                    + "\r\nX-Padding: "
                    + "a".repeat(20_000)
                    + "\r\n\r\n");
    RawHttp.problem(answer, 431);
    assertTrue(answer.body().contains("/problems/header-fields-too-large"), answer.toString());
  }

  /**
   * Requests refused below every resource — by Netty's decoder, by Quarkus' root handler, by the
   * router — each answer problem+json with type, title, status and detail (docs/decisions/0207).
   */
  @Test
  void everyRefusalOfTheHttpLayerIsProblemJson() throws Exception {
    // Every API route asks for a token first.
    HttpLayerRefusals.assertEachIsProblemJson(
        root, new HttpLayerRefusals.Paths("/api/v1/sources", 401, "/api/v1/sources", 401));
  }

  /** A JSON write whose body comes without Content-Type: 415, nothing stored (0240). */
  @Test
  void aJsonBodyWithoutContentTypeIs415AndStoresNothing() throws Exception {
    String ref = "undeclared-" + UUID.randomUUID();
    String body =
        "{\"title\": \"未声明类型的来源\", \"kind\": \"MEETING\", \"externalRef\": \"" + ref + "\"}";
    HttpLayerRefusals.assertUndeclaredJsonRefused(
        root, "POST", "/api/v1/sources", Tokens.admin(), body);
    noSourceWith(ref);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("application/json")
        .body(body)
        .post("/api/v1/sources")
        .then()
        .statusCode(201);
    sourcesWith(ref, hasSize(1));
  }

  /**
   * A create with a Host that makes no URI, or with two, was committed and then answered 500 (its
   * Location was built from the host): now 400 problem+json before routing, nothing stored; a valid
   * Host creates, and the Location is absolute (0244).
   */
  @Test
  void aCreateWithABadHostIs400AndStoresNothing() throws Exception {
    String ref = "bad-host-" + UUID.randomUUID();
    String body =
        "{\"title\": \"错误主机头的来源\", \"kind\": \"MEETING\", \"externalRef\": \"" + ref + "\"}";
    WriteHosts.assertBadHostsRefusedBeforeWriting(root, "/api/v1/sources", Tokens.admin(), body);
    noSourceWith(ref);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("application/json")
        .body(body)
        .post("/api/v1/sources")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.startsWith("http://localhost:"));
    sourcesWith(ref, hasSize(1));
  }

  /**
   * A Location follows the authority the create was sent to: no port 0 for {@code Host: x:}, and an
   * absolute-form target's authority in place of Host (RFC 9112 3.2.2, 0250).
   */
  @Test
  void aCreatesLocationFollowsTheAuthorityItWasSentTo() throws Exception {
    String ref = "authority-" + UUID.randomUUID();
    WriteHosts.assertLocationsFollowTheAuthority(
        root,
        "/api/v1/sources",
        Tokens.admin(),
        i ->
            "{\"title\": \"按请求目标的来源\", \"kind\": \"MEETING\", \"externalRef\": \""
                + ref
                + i
                + "\"}");
    for (int i = 0; i < 3; i++) {
      sourcesWith(ref + i, hasSize(1));
    }
  }

  /** A chunk size that is no number: 400 problem+json, closed, nothing stored (0244). */
  @Test
  void aBrokenChunkIs400ProblemJsonAndStoresNothing() throws Exception {
    long before = sourceCount();
    ChunkedBodies.assertBrokenChunksRefused(root, "/api/v1/sources", Tokens.admin());
    assertEquals(before, sourceCount());
  }

  /** A chunked body followed by trailer fields is served, the fields ignored (0244, amended). */
  @Test
  void aChunkedBodyWithTrailersIsServed() throws Exception {
    String ref = "trailers-" + UUID.randomUUID();
    ChunkedBodies.assertTrailersIgnored(
        root,
        "/api/v1/sources",
        Tokens.admin(),
        i ->
            "{\"title\": \"带尾部字段的来源\", \"kind\": \"MEETING\", \"externalRef\": \""
                + ref
                + i
                + "\"}",
        201);
    sourcesWith(ref + 0, hasSize(1));
    sourcesWith(ref + 1, hasSize(1));
  }

  /** Hang-ups, resets, broken chunks and bad JSON are logged at DEBUG, not WARN/ERROR (0244). */
  @Test
  void clientFaultsAreNotLoggedAsErrors() throws Exception {
    long before = sourceCount();
    org.bihuan.testing.ClientFaultLogs.assertClientFaultsLogQuietly(
        root, "/api/v1/sources", Tokens.admin());
    assertEquals(before, sourceCount());
  }

  private static long sourceCount() {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("limit", 500)
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }

  /** Two Authorization headers: 401 problem+json whichever is first (0240). */
  @Test
  void twoAuthorizationHeadersAreRefused() throws Exception {
    HttpLayerRefusals.assertTwoCredentialsRefused(
        root, "/api/v1/sources?limit=1", Tokens.admin(), Tokens.viewer());
  }
}
