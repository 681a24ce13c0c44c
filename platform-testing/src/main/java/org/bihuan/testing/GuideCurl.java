package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends a request of docs/integration.md ({@link IntegrationGuide.Request}) as curl does, with the
 * shell variables the reader has set by then.
 */
public final class GuideCurl {

  private GuideCurl() {}

  /**
   * Sends a request as curl does: no Content-Type unless the guide sets one, no body unless it
   * gives one; {@code vars} replaces shell variables ($TOKEN…) in the path and headers.
   */
  public static java.net.http.HttpResponse<String> send(
      IntegrationGuide.Request r, int port, Map<String, String> vars, String body)
      throws IOException, InterruptedException {
    String path = expand(r.pathAndQuery(), vars);
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port + encodePath(path)));
    for (Map.Entry<String, String> h : r.headers().entrySet()) {
      b.header(h.getKey(), expand(h.getValue(), vars));
    }
    b.method(
        r.method(),
        body == null
            ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return java.net.http.HttpClient.newHttpClient()
        .send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * {@link #send} with {@code body}, asserting that the guide's request answers 2xx (the failure
   * names the request and gives the answer).
   */
  public static java.net.http.HttpResponse<String> sendAnswered2xx(
      IntegrationGuide.Request r, int port, Map<String, String> vars, String body)
      throws IOException, InterruptedException {
    java.net.http.HttpResponse<String> answer = send(r, port, vars, body);
    assertTrue(
        answer.statusCode() / 100 == 2,
        r.method()
            + " "
            + r.pathAndQuery()
            + " answered "
            + answer.statusCode()
            + " "
            + answer.body());
    return answer;
  }

  /**
   * Sends a request as curl does against {@code baseUrl} (http://host:port): shell variables of
   * {@code vars} replaced in the path, headers, body and form values; {@code -F} parts as
   * multipart/form-data with the files of {@code files} (by name, as {@code @name} names them).
   */
  public static java.net.http.HttpResponse<byte[]> exchange(
      IntegrationGuide.Request r,
      String baseUrl,
      Map<String, String> vars,
      Map<String, byte[]> files)
      throws IOException, InterruptedException {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(baseUrl + encodePath(expand(r.pathAndQuery(), vars))));
    for (Map.Entry<String, String> h : r.headers().entrySet()) {
      b.header(h.getKey(), expand(h.getValue(), vars));
    }
    java.net.http.HttpRequest.BodyPublisher publisher;
    if (!r.form().isEmpty()) {
      String boundary = "guide" + java.util.UUID.randomUUID().toString().replace("-", "");
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (Map.Entry<String, String> part : r.form()) {
        String value = expand(part.getValue(), vars);
        out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (value.startsWith("@")) {
          String name = value.substring(1);
          byte[] content = files.get(name);
          if (content == null) {
            throw new IllegalArgumentException("no file " + name + " for " + r.pathAndQuery());
          }
          out.writeBytes(
              ("Content-Disposition: form-data; name=\""
                      + part.getKey()
                      + "\"; filename=\""
                      + name
                      + "\"\r\nContent-Type: "
                      + java.net.URLConnection.guessContentTypeFromName(name)
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8));
          out.writeBytes(content);
        } else {
          out.writeBytes(
              ("Content-Disposition: form-data; name=\"" + part.getKey() + "\"\r\n\r\n" + value)
                  .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      b.header("Content-Type", "multipart/form-data; boundary=" + boundary);
      publisher = java.net.http.HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    } else if (r.body() != null && r.body().startsWith("@")) {
      byte[] content = files.get(r.body().substring(1));
      if (content == null) {
        throw new IllegalArgumentException("no file " + r.body() + " for " + r.pathAndQuery());
      }
      publisher = java.net.http.HttpRequest.BodyPublishers.ofByteArray(content);
    } else if (r.body() != null) {
      if (!r.headers().containsKey("Content-Type")) {
        // curl -d sends this unless told otherwise
        b.header("Content-Type", "application/x-www-form-urlencoded");
      }
      publisher =
          java.net.http.HttpRequest.BodyPublishers.ofString(
              expand(r.body(), vars), StandardCharsets.UTF_8);
    } else {
      publisher = java.net.http.HttpRequest.BodyPublishers.noBody();
    }
    b.method(r.method(), publisher);
    return java.net.http.HttpClient.newHttpClient()
        .send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * {@code text} with each of {@code vars} (e.g. {@code $TOKEN}, {@code <problem id>}) replaced.
   */
  public static String expand(String text, Map<String, String> vars) {
    String out = text;
    // Longer names first, so $T does not eat the start of $TOKEN.
    List<String> names = new ArrayList<>(vars.keySet());
    names.sort((a, b) -> b.length() - a.length());
    for (String name : names) {
      out = out.replace(name, vars.get(name));
    }
    return out;
  }

  /** Percent-encodes what curl would (non-ASCII characters) and leaves the rest. */
  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
