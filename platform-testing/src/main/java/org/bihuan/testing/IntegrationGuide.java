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
   * Sends a request as curl does: no Content-Type unless the guide sets one, no body unless it
   * gives one; {@code vars} replaces shell variables ($TOKEN…) in the path and headers.
   */
  public static java.net.http.HttpResponse<String> send(
      Request r, int port, Map<String, String> vars, String body)
      throws IOException, InterruptedException {
    // expand: longer names first, so that $T (a ticket id) does not eat the start of $TOKEN
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
   * Sends a request as curl does against {@code baseUrl} (http://host:port): shell variables of
   * {@code vars} replaced in the path, headers, body and form values; {@code -F} parts as
   * multipart/form-data with the files of {@code files} (by name, as {@code @name} names them).
   */
  public static java.net.http.HttpResponse<byte[]> exchange(
      Request r, String baseUrl, Map<String, String> vars, Map<String, byte[]> files)
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

  /** A member the guide shows in an answer, and the array member it sits in (null at the top). */
  public record Shown(String name, String inArray) {}

  /**
   * The members an answer comment shows, each with the nearest array member that encloses it
   * ({@code "items":[{"id":…}]} shows id in items), so that a check can excuse exactly the members
   * of an array the real answer has empty, and no other.
   */
  public static List<Shown> shownIn(String answer) {
    List<Shown> shown = new ArrayList<>();
    java.util.Deque<String> open = new java.util.ArrayDeque<>();
    String text = answer == null ? "" : answer;
    Matcher m = Pattern.compile("\"([A-Za-z]+)\"\\s*:\\s*(\\[)?|([\\[\\]{}])").matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        shown.add(new Shown(m.group(1), arrayOf(open)));
        if (m.group(2) != null) {
          open.push(m.group(1));
        }
      } else {
        switch (m.group(3)) {
          case "[" -> open.push("");
          case "{" -> open.push("{");
          default -> {
            if (!open.isEmpty()) {
              open.pop();
            }
          }
        }
      }
    }
    return shown;
  }

  /**
   * A value the guide shows for a member that no array encloses: {@code path} the member names from
   * the answer's top, {@code literal} the JSON text the guide writes ({@code 2}, {@code 0.5},
   * {@code null}, {@code "Asia/Shanghai"}, or {@code []} for an array it shows empty), or {@code
   * [..]} for an array it shows with elements. A string with {@code …} in it, or a value written as
   * {@code {…}} or {@code […]}, shows no value and is not listed.
   */
  public record ShownValue(List<String> path, String literal) {}

  /**
   * The values an answer comment shows outside arrays, e.g. {@code "tickets":{"total":2}} shows 2
   * at tickets.total. Values inside arrays are examples of one element and are not listed: which
   * elements a page holds depends on what else the system has seen.
   */
  public static List<ShownValue> shownValuesIn(String answer) {
    List<ShownValue> out = new ArrayList<>();
    String text = answer == null ? "" : answer;
    // One entry per open container: the member name it is the value of ("" for a top-level or
    // array element), and whether it is an array.
    java.util.Deque<String[]> open = new java.util.ArrayDeque<>();
    String member = null; // a member name just read, waiting for its value
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = text.indexOf('"', i + 1);
        if (end < 0) {
          break;
        }
        String string = text.substring(i + 1, end);
        int next = skipSpaces(text, end + 1);
        if (next < text.length() && text.charAt(next) == ':') {
          member = string;
          i = next + 1;
          continue;
        }
        if (member != null && !string.contains("…")) {
          addShown(out, open, member, text.substring(i, end + 1));
        }
        member = null;
        i = end + 1;
      } else if (c == '{' || c == '[') {
        int next = skipSpaces(text, i + 1);
        if (next < text.length() && text.charAt(next) == '…') {
          // {…the ticket after the change…} or […]: shows no value; skip to its close.
          int close = text.indexOf(c == '{' ? '}' : ']', next);
          i = close < 0 ? text.length() : close + 1;
          member = null;
          continue;
        }
        if (c == '[' && member != null) {
          addShown(
              out, open, member, next < text.length() && text.charAt(next) == ']' ? "[]" : "[..]");
        }
        open.push(new String[] {member == null ? "" : member, c == '[' ? "array" : "object"});
        member = null;
        i++;
      } else if (c == '}' || c == ']') {
        if (!open.isEmpty()) {
          open.pop();
        }
        member = null;
        i++;
      } else if (member != null && (c == '-' || Character.isLetterOrDigit(c))) {
        int end = i;
        while (end < text.length()
            && (Character.isLetterOrDigit(text.charAt(end))
                || "-+.".indexOf(text.charAt(end)) >= 0)) {
          end++;
        }
        String literal = text.substring(i, end);
        if (literal.matches("-?\\d+(\\.\\d+)?|true|false|null")) {
          addShown(out, open, member, literal);
        }
        member = null;
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void addShown(
      List<ShownValue> out, java.util.Deque<String[]> open, String member, String literal) {
    List<String> path = new ArrayList<>();
    for (java.util.Iterator<String[]> it = open.descendingIterator(); it.hasNext(); ) {
      String[] container = it.next();
      if (container[1].equals("array")) {
        return; // inside an array: an example of one element
      }
      if (!container[0].isEmpty()) {
        path.add(container[0]);
      }
    }
    path.add(member);
    out.add(new ShownValue(List.copyOf(path), literal));
  }

  private static String arrayOf(java.util.Deque<String> open) {
    for (String c : open) {
      if (!c.equals("{")) {
        return c.isEmpty() ? null : c;
      }
    }
    return null;
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
