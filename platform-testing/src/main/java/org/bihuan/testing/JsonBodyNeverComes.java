package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON body announced by its head and never sent, the connection kept open: the server answers
 * once, 408 problem+json {@code body-too-slow}, and closes the connection (docs/decisions/0271,
 * 0275) — within the time a test's profile gives its body deadline and the REST layer's read
 * timeout.
 */
public final class JsonBodyNeverComes {

  private static final Pattern STATUS_LINE = Pattern.compile("(?m)^HTTP/1\\.[01] \\d{3}");

  private JsonBodyNeverComes() {}

  /**
   * POSTs to {@code path} a head announcing a 200-byte JSON body and sends nothing more; asserts
   * one 408 {@code body-too-slow} answer, the connection closed, between {@code earliest} and
   * {@code latest} seconds after the head ({@code why}: which timeout sets that time, for the
   * message).
   */
  public static void assertOne408(
      URL root, String path, String token, double earliest, double latest, String why)
      throws IOException {
    Answer answer = headersOnly(root, path, token);
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
        answer.seconds() >= earliest && answer.seconds() <= latest,
        "answered after " + answer.seconds() + " s, " + why);
  }

  private record Answer(String text, boolean closed, double seconds) {}

  /** Sends a JSON request's head announcing 200 bytes, then nothing; reads until closed or 15 s. */
  private static Answer headersOnly(URL root, String path, String token) throws IOException {
    long started = System.nanoTime();
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    boolean closed = false;
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
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
