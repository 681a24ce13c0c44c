package org.bihuan.rectification.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A JSON body announced by its head and never sent, the connection kept open: answered once, 408
 * problem+json {@code body-too-slow}, and the connection closed (docs/decisions/0271, 0275). Here
 * the REST layer's own read timeout (2 s) is shorter than the body deadline (5 s): its blocking
 * read of the body gives up first and closes the connection, and the 408 is written before that
 * close; before, the connection closed without any answer.
 */
@QuarkusTest
@TestProfile(JsonBodyNeverComesTest.ShortTimeouts.class)
class JsonBodyNeverComesTest {

  public static class ShortTimeouts implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.http.body-timeout", "5s", "quarkus.http.read-timeout", "2s");
    }
  }

  private static final Pattern STATUS_LINE = Pattern.compile("(?m)^HTTP/1\\.[01] \\d{3}");

  @Test
  void aTicketWhoseBodyNeverComesIsAnsweredOnce408() throws Exception {
    assertOne408(headersOnly("/api/v1/tickets", Tokens.admin()));
  }

  private static void assertOne408(Answer answer) {
    String text = answer.text();
    assertTrue(answer.closed(), "the connection was not closed after the answer: " + text);
    assertTrue(text.startsWith("HTTP/1.1 408"), "no 408: [" + text + "]");
    Matcher lines = STATUS_LINE.matcher(text);
    int count = 0;
    while (lines.find()) {
      count++;
    }
    assertEquals(1, count, "one answer only: " + text);
    assertTrue(text.toLowerCase().contains("content-type: application/problem+json"), text);
    assertTrue(text.contains("body-too-slow"), text);
    assertTrue(
        answer.seconds() >= 1.5 && answer.seconds() <= 4.5,
        "answered after " + answer.seconds() + " s, the read timeout is 2 s");
  }

  record Answer(String text, boolean closed, double seconds) {}

  /** Sends a JSON request's head announcing 200 bytes, then nothing; reads until closed or 15 s. */
  private static Answer headersOnly(String path, String token) throws IOException {
    long started = System.nanoTime();
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    boolean closed = false;
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          read.write(buffer, 0, n);
        }
        closed = true;
      } catch (SocketTimeoutException stillOpen) {
        closed = false;
      } catch (IOException reset) {
        closed = true;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Answer(read.toString(StandardCharsets.UTF_8), closed, seconds);
  }
}
