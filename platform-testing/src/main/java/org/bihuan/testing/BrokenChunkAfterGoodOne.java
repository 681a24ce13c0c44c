package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chunked body whose first chunk is well formed and whose next chunk line is broken, the client
 * then sending nothing more and keeping the connection open: the server answers once, 400
 * problem+json, and writes nothing after it — neither a 408 of the body deadline nor the answer of
 * the route, which must not run for a body that was refused (docs/decisions/0244, 0280).
 */
public final class BrokenChunkAfterGoodOne {

  /** Broken lines after a good chunk: no hex, too long, negative, a control in an extension. */
  public static final List<String> BROKEN_LINES =
      List.of("zz\r\n", "FFFFFFFFFFFFFFFFFFFF\r\n", "-1\r\n", "1;ext=\u0001\r\nx\r\n");

  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})");

  private BrokenChunkAfterGoodOne() {}

  /**
   * POSTs {@code body} ({@code contentType}) in one good chunk to {@code path} and then each of
   * {@link #BROKEN_LINES}; reads for {@code seconds} or until the server closes, and asserts a
   * single 400 answer.
   */
  public static void assertOneAnswer(
      URL root, String path, String token, String contentType, String body, int seconds)
      throws IOException {
    byte[] json = body.getBytes(StandardCharsets.UTF_8);
    for (String broken : BROKEN_LINES) {
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: "
              + contentType
              + "\r\nTransfer-Encoding: chunked\r\n\r\n"
              + Integer.toHexString(json.length)
              + "\r\n";
      ByteArrayOutputStream sent = new ByteArrayOutputStream();
      sent.write(head.getBytes(StandardCharsets.ISO_8859_1));
      sent.write(json);
      sent.write(("\r\n" + broken).getBytes(StandardCharsets.ISO_8859_1));
      String got = exchange(root, sent.toByteArray(), seconds);
      Matcher m = STATUS_LINE.matcher(got);
      int answers = 0;
      String first = null;
      while (m.find()) {
        answers++;
        first = first == null ? m.group(1) : first;
      }
      assertEquals(1, answers, "one answer to a broken chunk line " + broken.strip() + ": " + got);
      assertEquals("400", first, got);
      assertTrue(got.contains("application/problem+json"), got);
    }
  }

  /** Everything the server writes within {@code seconds}, or until it closes. */
  private static String exchange(URL root, byte[] request, int seconds) throws IOException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[8192];
      while (System.nanoTime() < end) {
        socket.setSoTimeout((int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
        int n;
        try {
          n = in.read(buf);
        } catch (SocketTimeoutException e) {
          break;
        } catch (SocketException e) {
          break; // reset after the answer
        }
        if (n < 0) {
          break;
        }
        got.write(buf, 0, n);
      }
    }
    return got.toString(StandardCharsets.UTF_8);
  }
}
