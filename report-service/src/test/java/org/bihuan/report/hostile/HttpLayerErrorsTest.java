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

  /**
   * Requests refused below every resource — by Netty's decoder, by Quarkus' root handler, by the
   * router — each answer problem+json with type, title, status and detail (docs/decisions/0207).
   */
  @Test
  void everyRefusalOfTheHttpLayerIsProblemJson() throws Exception {
    String host = "Host: localhost\r\n";
    java.util.Map<String, Integer> refused = new java.util.LinkedHashMap<>();
    refused.put("GET /" + "a".repeat(40_000) + " HTTP/1.1\r\n" + host + "\r\n", 414);
    refused.put("GET / HTTP/1.1\r\n" + host + "Cookie: " + "c".repeat(40_000) + "\r\n\r\n", 431);
    refused.put(
        "POST /api/v1/reports/summary HTTP/1.1\r\n" + host + "Content-Length: abc\r\n\r\n", 400);
    refused.put(
        "POST /api/v1/reports/summary HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n", 400);
    refused.put(
        "POST /api/v1/reports/summary HTTP/1.1\r\n"
            + host
            + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n",
        400);
    refused.put(
        "POST /api/v1/reports/summary HTTP/1.1\r\n"
            + host
            + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        400);
    refused.put("GET / HTTP/1.1\r\n" + host + "X-A: a\u0001b\r\n\r\n", 400);
    refused.put("GET / HTTP/1.1\n" + host.replace("\r", "") + "\n", 400);
    refused.put("GET /a b HTTP/1.1\r\n" + host + "\r\n", 400);
    refused.put("GET /api/v1/reports/%zz HTTP/1.1\r\n" + host + "\r\n", 400);
    refused.put("GET /api/v1/reports/{x} HTTP/1.1\r\n" + host + "\r\n", 400);
    refused.put("GET / HTTP/1.1\r\n\r\n", 400);
    refused.put("GET / HTTP/1.1\r\nHost: localhost:abc\r\n\r\n", 400);
    java.util.List<String> failures = new java.util.ArrayList<>();
    for (var e : refused.entrySet()) {
      RawHttp.Answer answer =
          new RawHttp(root).send(e.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      try {
        RawHttp.problem(answer, e.getValue());
      } catch (AssertionError failed) {
        String request = e.getKey().length() > 90 ? e.getKey().substring(0, 90) + "…" : e.getKey();
        failures.add(request.replace("\r\n", "⏎") + " → " + answer);
      }
    }
    assertEquals(java.util.List.of(), failures, String.join("\n", failures));
  }
}
