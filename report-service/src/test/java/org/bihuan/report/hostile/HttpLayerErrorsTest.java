package org.bihuan.report.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.bihuan.testing.ChunkedBodies;
import org.bihuan.testing.HttpLayerRefusals;
import org.bihuan.testing.RawHttp;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What report-service's HTTP layer answers before any resource runs, sent byte for byte (issue 10,
 * item 10): a body over the limit (25 MiB here) and headers over 16 KiB are problem+json, over
 * HTTP/1.1 and HTTP/2 alike.
 */
@QuarkusTest
class HttpLayerErrorsTest {

  private static final long FORTY_MIB = 40L * 1024 * 1024;

  @TestHTTPResource("/")
  URL root;

  @Test
  void aBodyOverTheLimitIs413ProblemJson() throws Exception {
    RawHttp.Answer http1 =
        new RawHttp(root)
            .send(
                "POST /api/v1/reports/summary HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Tokens.viewer()
                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + FORTY_MIB
                    + "\r\n\r\n");
    RawHttp.problem(http1, 413);
    assertTrue(http1.closed(), "the unread body ends the connection: " + http1);
  }

  /** The plain port does not speak cleartext HTTP/2 (0271). */
  @Test
  void cleartextHttp2IsNotServed() throws Exception {
    HttpLayerRefusals.assertClearHttp2NotServed(root);
  }

  @Test
  void headersOverTheLimitAre431ProblemJson() throws Exception {
    RawHttp.Answer answer =
        new RawHttp(root)
            .send(
                "GET /api/v1/reports/summary HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Tokens.viewer()
                    + "\r\nCookie: "
                    + "a=b; ".repeat(4_000)
                    + "\r\n\r\n");
    RawHttp.problem(answer, 431);
  }

  /**
   * Requests refused below every resource — by Netty's decoder, by Quarkus' root handler, by the
   * router — each answer problem+json with type, title, status and detail (docs/decisions/0207).
   */
  @Test
  void everyRefusalOfTheHttpLayerIsProblemJson() throws Exception {
    // No route has GET /api/v1/reports (404) nor POST /api/v1/reports/summary (405): the router
    // answers before a token is asked for.
    HttpLayerRefusals.assertEachIsProblemJson(
        root, new HttpLayerRefusals.Paths("/api/v1/reports/summary", 405, "/api/v1/reports", 404));
  }

  /**
   * A chunk size that is no number: 400 problem+json, or the router's 405 when it answered before
   * the body came, and the connection closed (0244); it was closed without an answer.
   */
  @Test
  void aBrokenChunkIsAnsweredProblemJsonAndCloses() throws Exception {
    ChunkedBodies.assertBrokenChunksRefused(root, "/api/v1/reports/summary", Tokens.viewer(), 405);
  }

  /** A chunked body followed by trailer fields gets the route's normal answer (0244, amended). */
  @Test
  void aChunkedBodyWithTrailersGetsTheRoutesAnswer() throws Exception {
    ChunkedBodies.assertTrailersIgnored(
        root, "/api/v1/reports/summary", Tokens.viewer(), i -> "{}", 405);
  }

  /** Two Authorization headers: 401 problem+json whichever is first (0240). */
  @Test
  void twoAuthorizationHeadersAreRefused() throws Exception {
    HttpLayerRefusals.assertTwoCredentialsRefused(
        root,
        "/api/v1/reports/summary",
        org.bihuan.testing.Tokens.admin(),
        org.bihuan.testing.Tokens.viewer());
  }
}
