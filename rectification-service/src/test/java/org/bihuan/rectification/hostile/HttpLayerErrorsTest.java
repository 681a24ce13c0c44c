package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.bihuan.testing.ChunkedBodies;
import org.bihuan.testing.HttpLayerRefusals;
import org.bihuan.testing.RawHttp;
import org.bihuan.testing.Tokens;
import org.bihuan.testing.WriteHosts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies over {@code quarkus.http.limits.max-body-size} (21 MiB here), sent byte for byte (issue
 * 10, item 10): an evidence upload or a JSON body sent in chunks is a 413 problem+json like one
 * whose Content-Length says so — both were an empty 413 written by the REST layer's input stream —
 * and nothing is stored.
 */
@QuarkusTest
class HttpLayerErrorsTest {

  private static final String UNIT = "党委办公室";
  private static final long FORTY_MIB = 40L * 1024 * 1024;
  private static final String BOUNDARY = "----bihuan-chunked";

  @TestHTTPResource("/")
  URL root;

  private String ticketId;
  private String reporter;

  @BeforeEach
  void aTicket() {
    reporter = Tokens.reporter("王五", UNIT);
    ticketId = HostileFixtures.ticket(UNIT);
  }

  private byte[] head(String path, String contentType, String... headers) {
    StringBuilder sb =
        new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n")
            .append("Authorization: Bearer ")
            .append(reporter)
            .append("\r\nContent-Type: ")
            .append(contentType)
            .append("\r\nTransfer-Encoding: chunked\r\n");
    for (String h : headers) {
      sb.append(h).append("\r\n");
    }
    return sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A multipart body whose one file part has {@code bytes} bytes. */
  private static RawHttp.Chunked evidence(long bytes) {
    return new RawHttp.Chunked(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"签到表.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8),
        bytes,
        64 * 1024,
        ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private RawHttp.Answer uploadChunked(long bytes) throws Exception {
    return new RawHttp(root)
        .send(
            head(
                "/api/v1/tickets/" + ticketId + "/evidence",
                "multipart/form-data; boundary=" + BOUNDARY),
            evidence(bytes));
  }

  @Test
  void aChunkedEvidenceUploadOverTheLimitIs413ProblemJsonAndStoresNothing() throws Exception {
    RawHttp.Answer answer = uploadChunked(FORTY_MIB);
    RawHttp.problem(answer, 413);
    assertTrue(answer.body().contains("/problems/too-large"), answer.toString());
    assertTrue(answer.closed(), "the unread rest of the body ends the connection: " + answer);
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  @Test
  void anEvidenceUploadWhoseContentLengthIsOverTheLimitIs413ProblemJson() throws Exception {
    RawHttp.Answer answer =
        new RawHttp(root)
            .send(
                ("POST /api/v1/tickets/"
                        + ticketId
                        + "/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + reporter
                        + "\r\nContent-Type: multipart/form-data; boundary="
                        + BOUNDARY
                        + "\r\nContent-Length: "
                        + FORTY_MIB
                        + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
    RawHttp.problem(answer, 413);
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  @Test
  void aChunkedJsonBodyOverTheLimitIs413ProblemJsonAndStoresNothing() throws Exception {
    RawHttp.Answer answer =
        new RawHttp(root)
            .send(
                head("/api/v1/tickets/" + ticketId + "/progress", "application/json"),
                new RawHttp.Chunked(
                    "{\"date\": \"2024-05-31\", \"note\": ".getBytes(StandardCharsets.UTF_8),
                    FORTY_MIB,
                    64 * 1024,
                    "\"分块进展\"}".getBytes(StandardCharsets.UTF_8)));
    RawHttp.problem(answer, 413);
    HostileFixtures.noneStored(ticketId, "progress");
  }

  @Test
  void aChunkedEvidenceUploadUnderTheLimitIsStoredWhole() throws Exception {
    RawHttp.Answer answer = uploadChunked(2L * 1024 * 1024);
    assertEquals(201, answer.status(), answer.toString());
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + ticketId + "/evidence")
        .then()
        .statusCode(200)
        .body("items[0].size", org.hamcrest.Matchers.equalTo(2 * 1024 * 1024));
  }

  /**
   * Requests refused below every resource — by Netty's decoder, by Quarkus' root handler, by the
   * router — each answer problem+json with type, title, status and detail (docs/decisions/0207).
   */
  @Test
  void everyRefusalOfTheHttpLayerIsProblemJson() throws Exception {
    // Every API route asks for a token first.
    HttpLayerRefusals.assertEachIsProblemJson(
        root, new HttpLayerRefusals.Paths("/api/v1/tickets", 401, "/api/v1/tickets", 401));
  }

  /** Each refusal of the HTTP layer says what was wrong with the request (0257). */
  @Test
  void eachRefusalOfTheHttpLayerNamesItsOwnFault() throws Exception {
    HttpLayerRefusals.assertEachDetailNamesItsFault(
        root, new HttpLayerRefusals.Paths("/api/v1/tickets", 401, "/api/v1/tickets", 401));
  }

  /** A JSON write whose body comes without Content-Type: 415, nothing stored (0240). */
  @Test
  void aJsonBodyWithoutContentTypeIs415AndStoresNothing() throws Exception {
    String body = progressReportOfStartedTicket("未声明类型");
    HttpLayerRefusals.assertUndeclaredJsonRefused(
        root, "POST", "/api/v1/tickets/" + ticketId + "/progress", reporter, body);
    HostileFixtures.noneStored(ticketId, "progress");
    String ticket =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/tickets/" + ticketId)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    HttpLayerRefusals.assertUndeclaredJsonRefused(
        root, "PUT", "/api/v1/tickets/" + ticketId, Tokens.admin(), ticket);
    given()
        .auth()
        .oauth2(reporter)
        .contentType("application/json")
        .body(body)
        .post("/api/v1/tickets/" + ticketId + "/progress")
        .then()
        .statusCode(201);
  }

  /**
   * A progress report sent with a Host that makes no URI, or with two, was recorded and then
   * answered 500 (its Location was built from the host): now 400 problem+json before routing,
   * nothing stored (0244).
   */
  @Test
  void aCreateWithABadHostIs400AndStoresNothing() throws Exception {
    String body = progressReportOfStartedTicket("错误主机头");
    WriteHosts.assertBadHostsRefusedBeforeWriting(
        root, "/api/v1/tickets/" + ticketId + "/progress", reporter, body);
    HostileFixtures.noneStored(ticketId, "progress");
  }

  /** A chunk size that is no number: 400 problem+json, closed, nothing stored (0244). */
  @Test
  void aBrokenChunkIs400ProblemJsonAndStoresNothing() throws Exception {
    ChunkedBodies.assertBrokenChunksRefused(
        root, "/api/v1/tickets/" + ticketId + "/progress", reporter);
    HostileFixtures.noneStored(ticketId, "progress");
  }

  /** A chunked body followed by trailer fields is served, the fields ignored (0244, amended). */
  @Test
  void aChunkedBodyWithTrailersIsServed() throws Exception {
    progressReportOfStartedTicket("");
    ChunkedBodies.assertTrailersIgnored(
        root,
        "/api/v1/tickets/" + ticketId + "/progress",
        reporter,
        i -> progressReport("带尾部字段 " + i),
        201);
  }

  /** Hang-ups, resets, broken chunks and bad JSON are logged at DEBUG, not WARN/ERROR (0244). */
  @Test
  void clientFaultsAreNotLoggedAsErrors() throws Exception {
    org.bihuan.testing.ClientFaultLogs.assertClientFaultsLogQuietly(
        root, "/api/v1/tickets/" + ticketId + "/progress", reporter);
    HostileFixtures.noneStored(ticketId, "progress");
  }

  /** Two Authorization headers: 401 problem+json whichever is first (0240). */
  @Test
  void twoAuthorizationHeadersAreRefused() throws Exception {
    HttpLayerRefusals.assertTwoCredentialsRefused(
        root, "/api/v1/tickets/" + ticketId, Tokens.admin(), reporter);
  }

  /** Starts the ticket (its reporter) and gives a progress report of today with {@code note}. */
  private String progressReportOfStartedTicket(String note) {
    given()
        .auth()
        .oauth2(reporter)
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/tickets/" + ticketId + "/start")
        .then()
        .statusCode(200);
    return progressReport(note);
  }

  private static String progressReport(String note) {
    return "{\"date\": \""
        + org.bihuan.rectification.rest.TicketFixtures.today()
        + "\", \"note\": \""
        + note
        + "\"}";
  }
}
