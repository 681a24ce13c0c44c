package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every service's HTTP layer answers before any resource runs (docs/decisions/0207), one table
 * for all of them: requests refused by Netty's decoder, by Quarkus' root handler or by the router,
 * each of which must be answered problem+json with type, title, status and detail. A service names
 * only its own paths.
 */
public final class HttpLayerRefusals {

  /**
   * The paths a service names and the one status it answers each with when no token comes: 401
   * where the token is checked first, 404 where no route has the path, 405 where none has the
   * method. {@code post} takes a POST with a body; {@code items} is a collection whose items are
   * named by a path segment ({@code items/%zz}, {@code items/{x}} are tried).
   */
  public record Paths(String post, int postWithoutToken, String items, int getWithoutToken) {}

  private HttpLayerRefusals() {}

  /** The requests, written byte for byte, and the status each is refused with. */
  public static Map<String, Integer> table(Paths paths) {
    String itemsPath = paths.items();
    String host = "Host: localhost\r\n";
    String post = "POST " + paths.post() + " HTTP/1.1\r\n" + host;
    Map<String, Integer> refused = new LinkedHashMap<>();
    refused.put("GET /" + "a".repeat(40_000) + " HTTP/1.1\r\n" + host + "\r\n", 414);
    refused.put("GET / HTTP/1.1\r\n" + host + "Cookie: " + "c".repeat(40_000) + "\r\n\r\n", 431);
    refused.put(post + "Content-Length: abc\r\n\r\n", 400);
    refused.put(post + "Content-Length: -1\r\n\r\n", 400);
    refused.put(post + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n", 400);
    refused.put(post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
    refused.put("GET / HTTP/1.1\r\n" + host + "X-A: a\u0001b\r\n\r\n", 400);
    refused.put("GET / HTTP/1.1\n" + host.replace("\r", "") + "\n", 400);
    refused.put("GET /a b HTTP/1.1\r\n" + host + "\r\n", 400);
    refused.put("GET " + itemsPath + "/%zz HTTP/1.1\r\n" + host + "\r\n", 400);
    refused.put("GET " + itemsPath + "/{x} HTTP/1.1\r\n" + host + "\r\n", 400);
    refused.put("GET / HTTP/1.1\r\n\r\n", 400);
    refused.put("GET / HTTP/1.1\r\nHost: localhost:abc\r\n\r\n", 400);
    // HTTP/1.0 needs no Host; without one a request is answered as the same request without a
    // token would be, never with 500 (docs/decisions/0237).
    int get = paths.getWithoutToken();
    refused.put("GET " + itemsPath + " HTTP/1.0\r\n\r\n", get);
    refused.put(
        post.replace("HTTP/1.1\r\n" + host, "HTTP/1.0\r\n") + "Content-Length: 0\r\n\r\n",
        paths.postWithoutToken());
    // A Host that makes no URI, or two, is refused 400 before routing, a write's included: a 201's
    // Location is built from it (docs/decisions/0244).
    for (String bad : List.of("[zz]", "a b", "x:99999", "", "localhost:-1", "a@b", "a/b")) {
      for (String version : List.of("HTTP/1.0", "HTTP/1.1")) {
        refused.put("GET " + itemsPath + " " + version + "\r\nHost: " + bad + "\r\n\r\n", 400);
      }
      refused.put(
          post.replace(host, "Host: " + bad + "\r\n")
              + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
          400);
    }
    refused.put("GET " + itemsPath + " HTTP/1.1\r\n" + host + host + "\r\n", 400);
    refused.put("GET " + itemsPath + " HTTP/1.1\r\n" + host + "Host: other\r\n\r\n", 400);
    refused.put(post + "Host: other\r\nContent-Length: 0\r\n\r\n", 400);
    // Two Idempotency-Key headers, or an empty one: 400 before routing (0244).
    String json = "Content-Type: application/json\r\nContent-Length: 2\r\n";
    refused.put(post + "Idempotency-Key: a\r\nIdempotency-Key: b\r\n" + json + "\r\n{}", 400);
    refused.put(post + "Idempotency-Key: a\r\nIdempotency-Key: a\r\n" + json + "\r\n{}", 400);
    refused.put(post + "Idempotency-Key: \r\n" + json + "\r\n{}", 400);
    refused.put(post + "Idempotency-Key:    \r\n" + json + "\r\n{}", 400);
    // Keys blank as people see them: U+00A0 as one byte and as UTF-8, U+3000, U+200B (0250).
    for (String blank :
        List.of("\u00a0", "\u00c2\u00a0", "\u00e3\u0080\u0080", "\u00e2\u0080\u008b")) {
      refused.put(post + "Idempotency-Key: " + blank + "\r\n" + json + "\r\n{}", 400);
    }
    // Hosts with a zone id or port 0; absolute-form targets whose authority (which replaces Host,
    // RFC 9112 3.2.2) makes no URI, or whose scheme is not HTTP (0250).
    for (String bad : List.of("[fe80::1%eth0]", "[fe80::1%25eth0]:8080", "localhost:0")) {
      refused.put("GET " + itemsPath + " HTTP/1.1\r\nHost: " + bad + "\r\n\r\n", 400);
    }
    for (String target :
        List.of("http://[zz]", "http://a%20b", "http://x:99999", "ftp://localhost")) {
      refused.put("GET " + target + itemsPath + " HTTP/1.1\r\n" + host + "\r\n", 400);
      refused.put("POST " + target + paths.post() + " HTTP/1.1\r\n" + host + json + "\r\n{}", 400);
    }
    // An absolute-form target on this service is routed by its path (401 without a token), and a
    // Host with an empty port, or a request line of HTTP/1.2 read as HTTP/1.1 (RFC 9112 2.3), too.
    refused.put(
        "GET http://localhost" + itemsPath + " HTTP/1.1\r\nHost: other.example\r\n\r\n", get);
    refused.put("GET " + itemsPath + " HTTP/1.1\r\nHost: localhost:\r\n\r\n", get);
    refused.put("GET " + itemsPath + " HTTP/1.2\r\n" + host + "\r\n", get);
    // Another major version in an HTTP/1 request line: 505 (RFC 9110 15.6.6).
    for (String version : List.of("HTTP/2.0", "HTTP/3.0", "HTTP/0.9")) {
      refused.put("GET " + itemsPath + " " + version + "\r\n" + host + "\r\n", 505);
      refused.put("POST " + paths.post() + " " + version + "\r\n" + host + json + "\r\n{}", 505);
    }
    return refused;
  }

  /**
   * Sends every request of {@link #table} to the service at {@code root} and asserts that each is
   * answered problem+json with its status; a failure lists every request answered otherwise.
   */
  public static void assertEachIsProblemJson(URL root, Paths paths) throws IOException {
    List<String> failures = new ArrayList<>();
    for (var e : table(paths).entrySet()) {
      RawHttp.Answer answer =
          new RawHttp(root).send(e.getKey().getBytes(StandardCharsets.ISO_8859_1));
      try {
        RawHttp.problem(answer, e.getValue());
        // Every refusal before routing closes the connection: the body it did not read is not
        // taken as a request (0244, 0250).
        if (Set.of(400, 414, 431, 505).contains(e.getValue())) {
          assertTrue(answer.closed(), "the connection is closed");
        }
      } catch (AssertionError failed) {
        String request = e.getKey().length() > 90 ? e.getKey().substring(0, 90) + "…" : e.getKey();
        failures.add(request.replace("\r\n", "⏎") + " → " + answer);
      }
    }
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  /**
   * Sends requests the HTTP layer refuses for one fault each and asserts that each detail names its
   * own fault and no other (docs/decisions/0257): a bare LF or an HTTP/0.9 request line was told
   * about Content-Length. An empty Idempotency-Key (with or without a space after the colon) is
   * refused naming the header, like a blank one.
   */
  public static void assertEachDetailNamesItsFault(URL root, Paths paths) throws IOException {
    String host = "Host: localhost\r\n";
    String post = "POST " + paths.post() + " HTTP/1.1\r\n" + host;
    String json = "Content-Type: application/json\r\nContent-Length: 2\r\n";
    Map<String, String> named = new LinkedHashMap<>();
    named.put("GET / HTTP/1.1\nHost: localhost\n\n", "bare LF");
    named.put("GET /\r\n\r\n", "HTTP/0.9");
    named.put("GET /a b HTTP/1.1\r\n" + host + "\r\n", "request line");
    named.put("GET / HTTP/1.1\r\n" + host + "X-A: a\u0001b\r\n\r\n", "header");
    named.put("GET / HTTP/1.1\r\n" + host + "Bad Name: v\r\n\r\n", "header");
    named.put(post + "Content-Length: abc\r\n\r\n", "Content-Length 必须是一个非负的十进制数");
    named.put(
        post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "Content-Length is not allowed beside Transfer-Encoding");
    named.put(post + "Idempotency-Key:\r\n" + json + "\r\n{}", "Idempotency-Key");
    named.put(post + "Idempotency-Key: \r\n" + json + "\r\n{}", "Idempotency-Key");
    List<String> failures = new ArrayList<>();
    for (var e : named.entrySet()) {
      RawHttp.Answer answer =
          new RawHttp(root).send(e.getKey().getBytes(StandardCharsets.ISO_8859_1));
      String request = e.getKey().replace("\r", "\\r").replace("\n", "\\n");
      try {
        String detail = RawHttp.problem(answer, 400).path("detail").asText();
        if (!detail.contains(e.getValue())
            || (!e.getValue().contains("Content-Length") && detail.contains("Content-Length"))) {
          failures.add(request + " → " + detail);
        }
      } catch (AssertionError failed) {
        failures.add(request + " → " + answer);
      }
    }
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  /**
   * The plain port does not speak cleartext HTTP/2 (docs/decisions/0271): the HTTP/2 connection
   * preface is answered with an HTTP/1.1 505 (an HTTP/2 server would answer with its own SETTINGS
   * frame), and a request asking to upgrade to h2c is answered in HTTP/1.1, not with 101.
   */
  public static void assertClearHttp2NotServed(URL root) throws IOException {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0}); // an empty SETTINGS frame
      out.flush();
      byte[] answer = socket.getInputStream().readNBytes(12);
      String text = new String(answer, StandardCharsets.ISO_8859_1);
      assertTrue(text.startsWith("HTTP/1.1 505"), "the preface was answered: " + hex(answer));
    }
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings"
                  + "\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status =
          new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
      assertTrue(status.startsWith("HTTP/1.1 200"), "the upgrade to h2c was taken: " + status);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02x ", b));
    }
    return out.toString();
  }

  /**
   * A GET of {@code path} with two Authorization headers, each a token the service accepts alone,
   * is refused 401 problem+json whichever comes first; with either alone it answers 200
   * (docs/decisions/0240).
   */
  public static void assertTwoCredentialsRefused(URL root, String path, String first, String second)
      throws IOException {
    for (String[] tokens : List.of(new String[] {first, second}, new String[] {second, first})) {
      String head = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
      RawHttp.Answer two =
          new RawHttp(root)
              .send(
                  (head
                          + "Authorization: Bearer "
                          + tokens[0]
                          + "\r\nAuthorization: Bearer "
                          + tokens[1]
                          + "\r\n\r\n")
                      .getBytes(StandardCharsets.UTF_8));
      RawHttp.problem(two, 401);
      assertTrue(two.body().contains("Authorization headers"), two.toString());
      RawHttp.Answer one =
          new RawHttp(root)
              .send(
                  (head + "Authorization: Bearer " + tokens[0] + "\r\n\r\n")
                      .getBytes(StandardCharsets.UTF_8));
      assertEquals(200, one.status(), one.toString());
    }
  }

  /**
   * {@code method path} with a JSON {@code body} but no Content-Type is refused 415 problem+json
   * (docs/decisions/0240). The caller checks that nothing was stored, and that the same body with
   * {@code Content-Type: application/json} is taken.
   */
  public static RawHttp.Answer assertUndeclaredJsonRefused(
      URL root, String method, String path, String token, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Length: "
            + bytes.length
            + "\r\n";
    RawHttp.Answer refused = new RawHttp(root).send(RawHttp.concat(head + "\r\n", bytes));
    RawHttp.problem(refused, 415);
    assertTrue(refused.body().contains("without Content-Type"), refused.toString());
    return refused;
  }
}
