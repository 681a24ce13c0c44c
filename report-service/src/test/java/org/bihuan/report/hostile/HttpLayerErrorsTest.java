package org.bihuan.report.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpResponse;
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
  void aBodyOverTheLimitIs413ProblemJsonOverHttp1AndHttp2() throws Exception {
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

    HttpResponse<String> http2 =
        RawHttp.postOverHttp2(root, "/api/v1/reports/summary", Tokens.viewer(), FORTY_MIB);
    assertEquals(413, http2.statusCode(), http2.body());
    assertEquals("application/problem+json", http2.headers().firstValue("content-type").get());
    assertTrue(http2.body().contains("/problems/too-large"), http2.body());
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
}
