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

  /** docs/integration.md, found from a module's folder (one or two levels below the root). */
  public static final Path FILE = locate();

  /**
   * One curl command of the guide. {@code body} is the {@code -d} argument, or null; {@code form}
   * the {@code -F} parts in order (a value {@code @name} is the file of that name); {@code answer}
   * the {@code # …} comment lines right after the command (what the guide says it answers), or
   * null.
   */
  public record Request(
      String method,
      int port,
      String pathAndQuery,
      Map<String, String> headers,
      String body,
      List<Map.Entry<String, String>> form,
      String answer) {}

  /** A {@code VAR=$(deploy/local/token.sh --role R [--unit U] [--name N])} line of the guide. */
  public record TokenLine(String variable, String role, String unit, String name) {
    /** The subject token.sh gives: {@code local-<role>[-<unit>]}. */
    public String subject() {
      return "local-" + role + (unit == null ? "" : "-" + unit);
    }

    /** The display name token.sh gives when {@code --name} is absent. */
    public String displayName() {
      if (name != null) {
        return name;
      }
      return switch (role) {
        case "admin" -> "管理员";
        case "verifier" -> "验收人";
        case "reporter" -> "填报人";
        default -> "查看人";
      };
    }
  }

  private static final Pattern TOKEN_LINE =
      Pattern.compile("^([A-Z_]+)=\\$\\(deploy/local/token\\.sh ([^)]*)\\)$");

  private static Path locate() {
    for (String candidate :
        List.of("docs/integration.md", "../docs/integration.md", "../../docs/integration.md")) {
      if (Files.exists(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return Path.of("../docs/integration.md");
  }

  private static final Pattern CURL_URL =
      Pattern.compile("\"?(?:http://)?localhost:(\\d{4})(/[^\"'\\s]*)\"?");

  private IntegrationGuide() {}

  public static String text() throws IOException {
    return Files.readString(FILE, StandardCharsets.UTF_8);
  }

  /**
   * Every curl command in the guide's code blocks, in order, continuation lines joined, each with
   * the {@code #} comment lines that follow it directly (the answer the guide shows).
   */
  public static List<Request> requests() throws IOException {
    List<Request> out = new ArrayList<>();
    boolean inBlock = false;
    StringBuilder command = null;
    Request last = null; // the command just read, collecting its answer comment
    StringBuilder answer = new StringBuilder();
    for (String line : text().split("\n")) {
      String t = line.strip();
      if (last != null && inBlock && command == null && t.startsWith("#")) {
        answer.append(' ').append(t.substring(1).strip());
        continue;
      }
      if (last != null) {
        out.add(withAnswer(last, answer.toString().strip()));
        last = null;
        answer.setLength(0);
      }
      if (line.startsWith("```")) {
        inBlock = !inBlock;
        continue;
      }
      if (!inBlock) {
        continue;
      }
      if (command == null && t.startsWith("curl ")) {
        command = new StringBuilder();
      }
      if (command != null) {
        boolean continues = t.endsWith("\\");
        command.append(continues ? t.substring(0, t.length() - 1) : t).append(' ');
        // As the shell does, a quote left open goes on over the next line.
        if (!continues && !insideQuote(command)) {
          last = parse(command.toString()).orElse(null);
          command = null;
        }
      }
    }
    if (last != null) {
      out.add(withAnswer(last, answer.toString().strip()));
    }
    return out;
  }

  private static Request withAnswer(Request r, String answer) {
    return new Request(
        r.method(),
        r.port(),
        r.pathAndQuery(),
        r.headers(),
        r.body(),
        r.form(),
        answer.isEmpty() ? null : answer);
  }

  /** The token lines of the guide's code blocks, in order. */
  public static List<TokenLine> tokens() throws IOException {
    List<TokenLine> out = new ArrayList<>();
    for (String line : text().split("\n")) {
      Matcher m = TOKEN_LINE.matcher(line.strip());
      if (!m.matches()) {
        continue;
      }
      List<String> args = words(m.group(2));
      Map<String, String> flags = new LinkedHashMap<>();
      for (int i = 0; i + 1 < args.size(); i += 2) {
        flags.put(args.get(i), args.get(i + 1));
      }
      out.add(
          new TokenLine(
              "$" + m.group(1), flags.get("--role"), flags.get("--unit"), flags.get("--name")));
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
   * Asserts that the event types the guide's table gives {@code service} are the catalogue the
   * service under test serves ({@code /api/v1/webhooks/event-types}, read with a viewer's token).
   */
  public static void assertEventTableIsCatalogue(String service) throws IOException {
    List<String> listed =
        io.restassured.RestAssured.given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/webhooks/event-types")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("types.type");
    org.junit.jupiter.api.Assertions.assertEquals(
        new java.util.TreeSet<>(listed), new java.util.TreeSet<>(eventsOf(service)));
  }

  private static java.util.Optional<Request> parse(String command) {
    List<String> words = words(command);
    String method = null;
    Integer port = null;
    String path = null;
    String body = null;
    Map<String, String> headers = new LinkedHashMap<>();
    List<Map.Entry<String, String>> form = new ArrayList<>();
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
        case "-F" -> {
          String part = words.get(++i);
          int eq = part.indexOf('=');
          form.add(Map.entry(part.substring(0, eq), part.substring(eq + 1)));
        }
        case "-o" -> i++;
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
      method = body == null && form.isEmpty() ? "GET" : "POST";
    }
    return java.util.Optional.of(
        new Request(method, port, path, headers, body, List.copyOf(form), null));
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
