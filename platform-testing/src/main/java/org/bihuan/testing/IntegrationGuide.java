package org.bihuan.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads docs/integration.md the way a new integrator copies from it: the curl commands of its code
 * blocks, in order, and the table of which service emits which events. Services' tests run the
 * requests meant for them, so the guide cannot drift from what the services answer.
 */
public final class IntegrationGuide {

  public static final Path FILE = Path.of("../docs/integration.md");

  /** One curl command of the guide. {@code body} is the {@code -d} argument, or null. */
  public record Request(
      String method, int port, String pathAndQuery, Map<String, String> headers, String body) {}

  private static final Pattern CURL_URL =
      Pattern.compile("\"?(?:http://)?localhost:(\\d{4})(/[^\"'\\s]*)\"?");

  private IntegrationGuide() {}

  public static String text() throws IOException {
    return Files.readString(FILE, StandardCharsets.UTF_8);
  }

  /** Every curl command in the guide's code blocks, in order, continuation lines joined. */
  public static List<Request> requests() throws IOException {
    List<Request> out = new ArrayList<>();
    boolean inBlock = false;
    StringBuilder command = null;
    for (String line : text().split("\n")) {
      if (line.startsWith("```")) {
        inBlock = !inBlock;
        continue;
      }
      if (!inBlock) {
        continue;
      }
      String t = line.strip();
      if (command == null && t.startsWith("curl ")) {
        command = new StringBuilder();
      }
      if (command != null) {
        boolean continues = t.endsWith("\\");
        command.append(continues ? t.substring(0, t.length() - 1) : t).append(' ');
        // As the shell does, a quote left open goes on over the next line.
        if (!continues && !insideQuote(command)) {
          parse(command.toString()).ifPresent(out::add);
          command = null;
        }
      }
    }
    return out;
  }

  /** The event types the guide's table says {@code service} emits. */
  public static List<String> eventsOf(String service) throws IOException {
    for (String line : text().split("\n")) {
      if (line.startsWith("| " + service + " ")) {
        List<String> types = new ArrayList<>();
        Matcher m = Pattern.compile("`([a-z_]+\\.[a-z_]+)`").matcher(line);
        while (m.find()) {
          types.add(m.group(1));
        }
        return types;
      }
    }
    return List.of();
  }

  /**
   * Sends a request as curl does: no Content-Type unless the guide sets one, no body unless it
   * gives one; {@code vars} replaces shell variables ($TOKEN…) in the path and headers.
   */
  public static java.net.http.HttpResponse<String> send(
      Request r, int port, Map<String, String> vars, String body)
      throws IOException, InterruptedException {
    String path = r.pathAndQuery();
    for (Map.Entry<String, String> v : vars.entrySet()) {
      path = path.replace(v.getKey(), v.getValue());
    }
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port + encodePath(path)));
    for (Map.Entry<String, String> h : r.headers().entrySet()) {
      String value = h.getValue();
      for (Map.Entry<String, String> v : vars.entrySet()) {
        value = value.replace(v.getKey(), v.getValue());
      }
      b.header(h.getKey(), value);
    }
    b.method(
        r.method(),
        body == null
            ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return java.net.http.HttpClient.newHttpClient()
        .send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

  private static java.util.Optional<Request> parse(String command) {
    List<String> words = words(command);
    String method = null;
    Integer port = null;
    String path = null;
    String body = null;
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      switch (w) {
        case "-X" -> method = words.get(++i);
        case "-H" -> {
          String h = words.get(++i);
          int colon = h.indexOf(':');
          headers.put(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
        }
        case "-d", "--data", "--data-binary" -> body = words.get(++i);
        case "-F", "-o" -> i++;
        default -> {
          Matcher m = CURL_URL.matcher(w);
          if (m.matches()) {
            port = Integer.parseInt(m.group(1));
            path = m.group(2);
          }
        }
      }
    }
    if (port == null) {
      return java.util.Optional.empty();
    }
    if (method == null) {
      method = body == null ? "GET" : "POST";
    }
    return java.util.Optional.of(new Request(method, port, path, headers, body));
  }

  private static boolean insideQuote(CharSequence command) {
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      }
    }
    return quote != 0;
  }

  /** Splits a shell command into words: single and double quotes, no expansion. */
  private static List<String> words(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder w = null;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        if (w == null) {
          w = new StringBuilder();
        }
      } else if (Character.isWhitespace(c)) {
        if (w != null) {
          out.add(w.toString());
          w = null;
        }
      } else {
        if (w == null) {
          w = new StringBuilder();
        }
        w.append(c);
      }
    }
    if (w != null) {
      out.add(w.toString());
    }
    return out;
  }
}
