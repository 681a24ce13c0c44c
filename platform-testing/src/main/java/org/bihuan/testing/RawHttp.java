package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests written byte for byte on a socket, for what no HTTP client sends: malformed
 * request lines and headers, bodies in chunks of any size without a Content-Length. The answer is
 * read while the body is still being written (a server that refuses a body answers and closes
 * before it has read it all), up to the end of its first answer or until the server closes.
 */
public final class RawHttp {

  /** One answer: status line, headers (names in lower case), body; and whether it closed. */
  public record Answer(
      String statusLine, int status, Map<String, String> headers, String body, boolean closed) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The media type without parameters, or null. */
    public String mediaType() {
      String type = header("content-type");
      return type == null ? null : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
      return statusLine + " " + headers + " " + body;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Asserts that {@code answer} is a problem+json document of {@code status} with a type, a title
   * and a detail, and returns it.
   */
  public static JsonNode problem(Answer answer, int status) {
    assertEquals(status, answer.status(), answer.toString());
    assertEquals("application/problem+json", answer.mediaType(), answer.toString());
    JsonNode body;
    try {
      body = JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + answer, e);
    }
    assertEquals(status, body.path("status").asInt(), answer.toString());
    assertTrue(body.path("type").asText().startsWith("/problems/"), answer.toString());
    assertFalse(body.path("title").asText().isBlank(), answer.toString());
    assertFalse(body.path("detail").asText().isBlank(), answer.toString());
    return body;
  }

  private final String host;
  private final int port;

  public RawHttp(URL root) {
    this.host = root.getHost();
    this.port = root.getPort();
  }

  /** Sends {@code head} (the request line and headers, CRLF-terminated, no body) exactly. */
  public Answer send(byte[] head) throws IOException {
    return send(head, (Chunked) null);
  }

  public Answer send(String head) throws IOException {
    return send(head.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends {@code head} (which must say {@code Transfer-Encoding: chunked}) and then {@code body} in
   * chunks, reading the answer while the body is still being written.
   */
  public Answer send(byte[] head, Chunked body) throws IOException {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head);
      out.flush();
      Thread writer = null;
      if (body != null) {
        writer = new Thread(() -> body.writeTo(out), "raw-http-body");
        writer.setDaemon(true);
        writer.start();
      }
      Answer answer = read(socket);
      if (writer != null) {
        // Whatever the server did not read is dropped with the socket.
        writer.interrupt();
      }
      return answer;
    }
  }

  /**
   * A chunked body: {@code prefix}, then {@code filler} spaces in chunks of {@code chunk} bytes,
   * then {@code suffix}. Spaces are JSON whitespace and filler in a multipart file part, so a
   * parser keeps reading until the body limit trips.
   */
  public record Chunked(byte[] prefix, long filler, int chunk, byte[] suffix) {

    void writeTo(OutputStream out) {
      try {
        writeChunk(out, prefix, prefix.length);
        byte[] spaces = new byte[chunk];
        Arrays.fill(spaces, (byte) ' ');
        for (long left = filler; left > 0 && !Thread.currentThread().isInterrupted(); ) {
          int n = (int) Math.min(chunk, left);
          writeChunk(out, spaces, n);
          left -= n;
        }
        writeChunk(out, suffix, suffix.length);
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // the server answered and closed before the whole body was sent: expected
      }
    }

    private static void writeChunk(OutputStream out, byte[] data, int n) throws IOException {
      if (n == 0) {
        return;
      }
      out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(data, 0, n);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  }

  private static Answer read(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    boolean closed = false;
    int headEnd = -1;
    long contentLength = -1;
    try {
      while (true) {
        int n = in.read(buf);
        if (n < 0) {
          closed = true;
          break;
        }
        got.write(buf, 0, n);
        byte[] all = got.toByteArray();
        if (headEnd < 0) {
          headEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          // An interim 100 Continue is not the answer.
          if (headEnd >= 0
              && new String(all, 0, headEnd, StandardCharsets.UTF_8)
                  .matches("(?s)HTTP/1\\.. 100.*")) {
            got.reset();
            got.write(all, headEnd + 4, all.length - headEnd - 4);
            headEnd = indexOf(got.toByteArray(), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            all = got.toByteArray();
          }
          if (headEnd >= 0) {
            contentLength = contentLength(new String(all, 0, headEnd, StandardCharsets.UTF_8));
          }
        }
        if (headEnd >= 0 && contentLength >= 0 && all.length >= headEnd + 4 + contentLength) {
          // The whole answer is in; see whether the server closes the connection after it.
          closed = closesSoon(socket);
          break;
        }
      }
    } catch (SocketException e) {
      closed = true; // reset by the server
    } catch (SocketTimeoutException e) {
      // the server went quiet
    }
    return parse(got.toByteArray(), closed);
  }

  /** Whether the server closes the connection within two seconds of its answer. */
  private static boolean closesSoon(Socket socket) {
    try {
      socket.setSoTimeout(2_000);
      return socket.getInputStream().read() < 0;
    } catch (SocketException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static long contentLength(String head) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("content-length")) {
        return Long.parseLong(line.substring(colon + 1).strip());
      }
    }
    return -1;
  }

  private static Answer parse(byte[] all, boolean closed) {
    int headEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    String head = new String(all, 0, headEnd < 0 ? all.length : headEnd, StandardCharsets.UTF_8);
    String body =
        headEnd < 0
            ? ""
            : new String(all, headEnd + 4, all.length - headEnd - 4, StandardCharsets.UTF_8);
    String[] lines = head.split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    int status = -1;
    String[] parts = lines[0].split(" ");
    if (parts.length > 1 && parts[1].matches("\\d{3}")) {
      status = Integer.parseInt(parts[1]);
    }
    return new Answer(lines[0], status, headers, body, closed);
  }

  private static int indexOf(byte[] data, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= data.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** {@code head} in UTF-8 followed by {@code body}. */
  static byte[] concat(String head, byte[] body) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }
}
