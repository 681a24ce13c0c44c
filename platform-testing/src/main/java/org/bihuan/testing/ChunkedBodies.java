package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Chunked JSON bodies as the HTTP layer of every service takes them (docs/decisions/0244): trailer
 * fields after the last chunk are ignored, and framing that cannot be read is refused 400
 * problem+json with the connection closed. Raw requests, written byte for byte ({@link RawHttp}).
 */
public final class ChunkedBodies {

  private ChunkedBodies() {}

  /**
   * Chunked bodies whose framing cannot be read: a size that is no hexadecimal number, a trailer
   * line without a colon.
   */
  public static final List<String> BROKEN_CHUNKS =
      List.of(
          "zz\r\n{}\r\n0\r\n\r\n",
          "1\r\n{\r\nzz\r\n}\r\n0\r\n\r\n",
          "-1\r\n{}\r\n0\r\n\r\n",
          "2\r\n{}\r\n0\r\nXT1\r\n\r\n");

  /** Trailer sections after the last chunk (RFC 9112 §7.1.2): one field, two. */
  public static final List<String> TRAILERS = List.of("X-T: 1\r\n", "X-T: 1\r\nX-U: 2\r\n");

  /**
   * POSTs to {@code path}, with a token the service accepts, the JSON {@code body(i)} in chunks
   * followed by each of {@link #TRAILERS}, and asserts the route's normal answer {@code status}
   * (0244, amended): the trailer fields are ignored. The body was handed on with an empty piece
   * that the JSON reader failed as a 500. {@code body} gives a new body for each attempt, so that a
   * write is not refused as a duplicate.
   */
  public static void assertTrailersIgnored(
      URL root, String path, String token, java.util.function.IntFunction<String> body, int status)
      throws IOException {
    for (int i = 0; i < TRAILERS.size(); i++) {
      byte[] json = body.apply(i).getBytes(StandardCharsets.UTF_8);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
              + Integer.toHexString(json.length)
              + "\r\n";
      byte[] sent = RawHttp.concat(head, json);
      byte[] tail = ("\r\n0\r\n" + TRAILERS.get(i) + "\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] all = java.util.Arrays.copyOf(sent, sent.length + tail.length);
      System.arraycopy(tail, 0, all, sent.length, tail.length);
      RawHttp.Answer answer = new RawHttp(root).send(all);
      if (status >= 400) {
        RawHttp.problem(answer, status);
      } else {
        assertEquals(status, answer.status(), TRAILERS.get(i) + " → " + answer);
      }
    }
  }

  /**
   * POSTs to {@code path}, with a token the service accepts, a JSON body in chunks whose framing
   * breaks ({@link #BROKEN_CHUNKS}), and asserts 400 problem+json and the connection closed (0244):
   * the connection was closed without an answer, or the request failed as a 500. The caller checks
   * that nothing was stored. A token is sent so that the service waits for the body; without one it
   * may answer 401 first.
   */
  public static void assertBrokenChunksRefused(URL root, String path, String token)
      throws IOException {
    assertBrokenChunksRefused(root, path, token, 400);
  }

  /**
   * As {@link #assertBrokenChunksRefused(URL, String, String)} on a route that may answer before it
   * reads a body ({@code answeredFirst}: 405 where no route has the method): the answer is
   * problem+json with that status or 400, and the connection is closed.
   */
  public static void assertBrokenChunksRefused(
      URL root, String path, String token, int answeredFirst) throws IOException {
    for (String chunks : BROKEN_CHUNKS) {
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
      RawHttp.Answer answer =
          new RawHttp(root).send((head + chunks).getBytes(StandardCharsets.ISO_8859_1));
      JsonNode problem =
          RawHttp.problem(answer, answer.status() == answeredFirst ? answeredFirst : 400);
      assertTrue(
          answer.status() == answeredFirst
              || problem.path("detail").asText().contains("chunked body"),
          answer.toString());
      assertTrue(answer.closed(), "a broken chunk closes the connection: " + answer);
    }
  }
}
