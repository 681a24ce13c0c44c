package org.bihuan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema-driven mutation fuzzer for one running service: it reads the service's own served
 * OpenAPI document ({@code /q/openapi}) and, for every operation, sends a valid baseline request
 * and requests mutated from it — each body field replaced by a wrong type, null, U+0000, a lone
 * surrogate, a huge string, an out-of-range date or number, an enum ordinal or unknown name or
 * nested garbage; extra fields, truncated JSON, an empty body, a wrong content type; path and query
 * parameters replaced by %00, overlong, negative, malformed values and bad cursors — with the
 * tokens of several roles in turn. It records every answer of 500 or more and every 4xx that is not
 * {@code application/problem+json} with {@code status} and {@code title}.
 */
public final class MutationSuite {

  /** What one run found; {@link #line()} is the summary CI prints. */
  public record Result(
      String service, int requests, int serverErrors, int problems4xx, List<String> failures) {
    public String line() {
      return "[mutation] "
          + service
          + ": "
          + requests
          + " requests, "
          + serverErrors
          + " 5xx, "
          + problems4xx
          + " 4xx problem+json"
          + (failures.isEmpty() ? "" : ", " + failures.size() + " failures");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private static final String HUGE = "长".repeat(20_000);
  private static final int PARALLEL = 4;

  private final String service;
  private final URI base;
  private final List<String> tokens;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Semaphore inFlight = new Semaphore(PARALLEL);
  private final List<CompletableFuture<Void>> pending =
      Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger serverErrors = new AtomicInteger();
  private final AtomicInteger problems = new AtomicInteger();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> knownIds = new ConcurrentHashMap<>();
  private JsonNode document;
  private int turn;

  /**
   * @param tokens bearer tokens of several roles; requests take them in turn (the first should be
   *     an admin's, used to read the ids that path parameters are filled with)
   */
  public MutationSuite(String service, URI base, List<String> tokens) {
    this.service = service;
    this.base = base;
    this.tokens = List.copyOf(tokens);
  }

  public Result run() throws Exception {
    HttpResponse<String> openapi =
        http.send(
            HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    document = JSON.readTree(openapi.body());
    JsonNode paths = document.path("paths");
    List<String> templates = new ArrayList<>();
    paths.fieldNames().forEachRemaining(templates::add);
    Collections.sort(templates);
    for (String template : templates) {
      if (!template.startsWith("/api/")) {
        continue;
      }
      JsonNode item = paths.get(template);
      for (String method : List.of("post", "get", "put", "patch", "delete")) {
        if (item.has(method)) {
          fuzz(template, method.toUpperCase(), item.get(method), item.path("parameters"));
          drain();
        }
      }
    }
    drain();
    return new Result(
        service, requests.get(), serverErrors.get(), problems.get(), List.copyOf(failures));
  }

  // ---- one operation

  private void fuzz(String template, String method, JsonNode op, JsonNode shared) throws Exception {
    Map<String, String> pathValues = new LinkedHashMap<>();
    Matcher m = PARAM.matcher(template);
    while (m.find()) {
      pathValues.put(m.group(1), idFor(template, m.group(1), pathValues));
    }
    List<JsonNode> query = new ArrayList<>();
    for (JsonNode p : concat(shared, op.path("parameters"))) {
      JsonNode param = resolve(p);
      if ("query".equals(param.path("in").asText())) {
        query.add(param);
      }
    }
    Map<String, String> queryValues = new LinkedHashMap<>();
    for (JsonNode q : query) {
      queryValues.put(q.path("name").asText(), baselineParam(q));
    }
    JsonNode content = op.path("requestBody").path("content");
    String bodyType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
    JsonNode bodySchema = bodyType == null ? null : resolve(content.path(bodyType).path("schema"));
    byte[] baseline = null;
    String contentType = bodyType;
    if (bodyType != null && bodyType.contains("json")) {
      JsonNode example = exampleOf(content.path(bodyType));
      JsonNode body = example != null ? example : sample(bodySchema, 0);
      baseline = JSON.writeValueAsBytes(body);
    } else if (bodyType != null && bodyType.startsWith("multipart/")) {
      contentType = "multipart/form-data; boundary=mutation";
      baseline =
          multipart(
              "证据.pdf",
              "application/pdf",
              "%PDF-1.4 mutation".getBytes(StandardCharsets.UTF_8),
              "说明");
    } else if (bodyType != null) {
      contentType = bodyType.equals("*/*") ? "application/json" : bodyType;
      baseline = "一、理论学习方面\n1. 学习不深入。\n".getBytes(StandardCharsets.UTF_8);
    }

    // the baseline with every role
    for (int i = 0; i < tokens.size(); i++) {
      send(
          method,
          template,
          pathValues,
          queryValues,
          contentType,
          baseline,
          tokens.get(i),
          "baseline");
    }
    send(method, template, pathValues, queryValues, contentType, baseline, null, "no token");

    // headers, an unknown query parameter, a method the path does not have
    for (Map.Entry<String, Map<String, String>> h : HEADER_MUTATIONS.entrySet()) {
      send(
          method,
          template,
          pathValues,
          queryValues,
          contentType,
          baseline,
          next(),
          "header " + h.getKey(),
          h.getValue());
    }
    Map<String, String> extra = new LinkedHashMap<>(queryValues);
    extra.put("unknownParameter", "%00");
    send(
        method,
        template,
        pathValues,
        extra,
        contentType,
        baseline,
        next(),
        "unknown query parameter");
    send(
        method.equals("PATCH") ? "TRACE" : "PATCH",
        template,
        pathValues,
        queryValues,
        contentType,
        baseline,
        next(),
        "another method");

    // path parameters
    for (String name : pathValues.keySet()) {
      for (String bad : PATH_VALUES) {
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        values.put(name, bad);
        send(
            method,
            template,
            values,
            queryValues,
            contentType,
            baseline,
            next(),
            "path " + name + "=" + shorten(bad));
      }
    }

    // query parameters
    for (JsonNode q : query) {
      String name = q.path("name").asText();
      for (String bad : queryValuesFor(name)) {
        Map<String, String> values = new LinkedHashMap<>(queryValues);
        values.put(name, bad);
        send(
            method,
            template,
            pathValues,
            values,
            contentType,
            baseline,
            next(),
            "query " + name + "=" + shorten(bad));
      }
      Map<String, String> without = new LinkedHashMap<>(queryValues);
      without.remove(name);
      send(
          method,
          template,
          pathValues,
          without,
          contentType,
          baseline,
          next(),
          "query without " + name);
    }

    // the body as a whole
    if (baseline != null) {
      for (Map.Entry<String, byte[]> b : wholeBodyMutations(baseline, bodyType).entrySet()) {
        String type =
            b.getKey().startsWith("type:")
                ? b.getKey().substring(5, b.getKey().indexOf('|'))
                : contentType;
        send(
            method,
            template,
            pathValues,
            queryValues,
            type,
            b.getValue(),
            next(),
            "body " + b.getKey());
      }
    }

    // each field of a JSON body
    if (baseline != null && bodyType.contains("json")) {
      JsonNode body = JSON.readTree(baseline);
      for (FieldPath f : fields(body, bodySchema, "", 0)) {
        for (Map.Entry<String, JsonNode> v : fieldValues(f).entrySet()) {
          JsonNode mutated = body.deepCopy();
          f.set(mutated, v.getValue());
          send(
              method,
              template,
              pathValues,
              queryValues,
              contentType,
              JSON.writeValueAsBytes(mutated),
              next(),
              f.path + " " + v.getKey());
        }
        JsonNode without = body.deepCopy();
        f.remove(without);
        send(
            method,
            template,
            pathValues,
            queryValues,
            contentType,
            JSON.writeValueAsBytes(without),
            next(),
            f.path + " removed");
      }
    }
  }

  private String next() {
    return tokens.get(turn++ % tokens.size());
  }

  // ---- values

  private static final Map<String, Map<String, String>> HEADER_MUTATIONS = new LinkedHashMap<>();

  static {
    HEADER_MUTATIONS.put("Accept image/png", Map.of("Accept", "image/png"));
    HEADER_MUTATIONS.put("Accept garbage", Map.of("Accept", "garbage;;q=x"));
    HEADER_MUTATIONS.put("If-Match other version", Map.of("If-Match", "\"999999\""));
    HEADER_MUTATIONS.put("If-Match garbage", Map.of("If-Match", "garbage, W/, \""));
    HEADER_MUTATIONS.put("If-None-Match *", Map.of("If-None-Match", "*"));
    HEADER_MUTATIONS.put("Idempotency-Key overlong", Map.of("Idempotency-Key", "k".repeat(300)));
    HEADER_MUTATIONS.put("Idempotency-Key empty", Map.of("Idempotency-Key", ""));
    HEADER_MUTATIONS.put("Bearer garbage", Map.of("Authorization", "Bearer garbage.token.x"));
    HEADER_MUTATIONS.put("Basic auth", Map.of("Authorization", "Basic YWRtaW46YWRtaW4="));
    HEADER_MUTATIONS.put("Content-Type garbage", Map.of("Content-Type", "no/such;;type"));
  }

  private static final List<String> PATH_VALUES =
      List.of(
          "%00",
          "a%00b",
          "%01",
          "%E2%80%8B",
          "%ED%A0%80",
          "%FF%FE",
          "a".repeat(3000),
          "-1",
          "0",
          "99999999999999999999",
          "null",
          "%20",
          "..",
          "%2e%2e",
          "%2F",
          "00000000-0000-0000-0000-000000000000",
          UUID.randomUUID().toString(),
          "%E6%95%B4%E6%94%B9");

  private static List<String> queryValuesFor(String name) {
    List<String> v =
        new ArrayList<>(
            List.of(
                "%00",
                "x%00y",
                "%1B%5B31m",
                "%ED%A0%80",
                "a".repeat(3000),
                "-1",
                "0",
                "1.5",
                "abc",
                "true",
                "99999999999999999999",
                "-999999999-01-01",
                "%2B5874898-01-01",
                "0000-01-01",
                "2024-02-30",
                "%E2%80%8B",
                ""));
    if (name.equals("cursor")) {
      v.addAll(List.of("!!!!", "AAAA", "eyJ4IjoxfQ", "LTE", "OTk5OTk5OTk5OTk5OTk5OTk5OTk5"));
    }
    if (name.equals("wait")) {
      // never a real wait: the suite must stay fast
      v.removeIf(s -> s.matches("\\d+") && !s.equals("0"));
      v.add("31");
    }
    return v;
  }

  private Map<String, JsonNode> fieldValues(FieldPath f) {
    Map<String, JsonNode> v = new LinkedHashMap<>();
    v.put("null", NODES.nullNode());
    v.put("true", NODES.booleanNode(true));
    v.put("12", NODES.numberNode(12));
    v.put("1.5", NODES.numberNode(1.5));
    v.put("-1", NODES.numberNode(-1));
    v.put("2^31", NODES.numberNode(2147483648L));
    v.put("1e400", NODES.numberNode(new java.math.BigDecimal("1e400")));
    v.put("string", NODES.textNode("x"));
    v.put("empty string", NODES.textNode(""));
    v.put("U+0000", NODES.textNode("整改\u0000"));
    v.put("U+0007", NODES.textNode("\u0007"));
    v.put("lone surrogate", NODES.textNode("a\ud800b"));
    v.put("huge string", NODES.textNode(HUGE));
    v.put("date far past", NODES.textNode("-999999999-01-01"));
    v.put("date far future", NODES.textNode("+5874898-01-01"));
    v.put("year 0", NODES.textNode("0000-01-01"));
    v.put("date as number", NODES.numberNode(20240630));
    v.put("ordinal 0", NODES.numberNode(0));
    v.put("unknown enum", NODES.textNode("NOT_A_VALUE"));
    v.put("empty array", NODES.arrayNode());
    v.put("empty object", NODES.objectNode());
    ObjectNode garbage = NODES.objectNode();
    garbage.putObject("a").putArray("b").add(1).addObject().putNull("c");
    v.put("nested garbage", garbage);
    ArrayNode many = NODES.arrayNode();
    for (int i = 0; i < 600; i++) {
      many.add(UUID.randomUUID().toString());
    }
    v.put("600 items", many);
    return v;
  }

  private static Map<String, byte[]> wholeBodyMutations(byte[] baseline, String bodyType) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    String text = new String(baseline, StandardCharsets.UTF_8);
    m.put("empty", new byte[0]);
    m.put("truncated", text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8));
    m.put("one byte", text.substring(0, 1).getBytes(StandardCharsets.UTF_8));
    m.put("not json", "整改 not json".getBytes(StandardCharsets.UTF_8));
    m.put("json null", "null".getBytes(StandardCharsets.UTF_8));
    m.put("json array", "[]".getBytes(StandardCharsets.UTF_8));
    m.put("json string", "\"x\"".getBytes(StandardCharsets.UTF_8));
    m.put("json number", "12".getBytes(StandardCharsets.UTF_8));
    m.put("trailing garbage", (text + "}}]").getBytes(StandardCharsets.UTF_8));
    m.put(
        "invalid utf-8",
        new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
    m.put("deep nesting", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8));
    if (text.startsWith("{") && text.length() > 2) {
      m.put(
          "extra field",
          ("{\"unexpectedField\": 1, " + text.substring(1)).getBytes(StandardCharsets.UTF_8));
      m.put(
          "duplicate field",
          text.replaceFirst("\\{", "{\"x\":1,\"x\":2,").getBytes(StandardCharsets.UTF_8));
    }
    m.put("type:text/plain|", baseline);
    m.put("type:application/xml|", "<a/>".getBytes(StandardCharsets.UTF_8));
    m.put("type:application/x-www-form-urlencoded|", "a=%00".getBytes(StandardCharsets.UTF_8));
    m.put(
        "type:multipart/form-data; boundary=x|",
        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\ntrunc"
            .getBytes(StandardCharsets.UTF_8));
    m.put("type:multipart/form-data|", "garbage".getBytes(StandardCharsets.UTF_8));
    m.put("type:application/json; charset=klingon|", baseline);
    if (bodyType != null && bodyType.startsWith("multipart/")) {
      m.put(
          "file named with U+0000",
          multipart("a\u0000.pdf", "application/pdf", new byte[] {1}, "d"));
      m.put(
          "description with U+0000",
          multipart("a.pdf", "application/pdf", new byte[] {1}, "d\u0000"));
      m.put(
          "html file",
          multipart(
              "页.html", "text/html", "<script>1</script>".getBytes(StandardCharsets.UTF_8), "d"));
      m.put("garbage media type", multipart("a.bin", "no/such/type;;", new byte[] {1}, "d"));
      m.put("empty file", multipart("a.pdf", "application/pdf", new byte[0], "d"));
    }
    return m;
  }

  private static byte[] multipart(
      String filename, String type, byte[] content, String description) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--mutation\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + filename
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(
        ("\r\n--mutation\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                + description
                + "\r\n--mutation--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private String baselineParam(JsonNode param) {
    JsonNode schema = resolve(param.path("schema"));
    if (param.has("example")) {
      return param.get("example").asText();
    }
    String name = param.path("name").asText();
    if (name.equals("limit")) {
      return "5";
    }
    if (name.equals("wait")) {
      return "0";
    }
    if (param.path("required").asBoolean() || schema.has("enum")) {
      JsonNode s = sample(schema, 0);
      return s.isTextual() ? s.asText() : s.toString();
    }
    return null;
  }

  // ---- ids for path parameters: the first item of the list one level up, else a random UUID

  private String idFor(String template, String param, Map<String, String> earlier) {
    String prefix = template.substring(0, template.indexOf("{" + param + "}"));
    prefix = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    String list = fill(prefix, earlier);
    String known = knownIds.get(list);
    if (known != null) {
      return known;
    }
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(base.resolve(list + "?limit=5"))
                  .header("Authorization", "Bearer " + tokens.get(0))
                  .timeout(Duration.ofSeconds(30))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200) {
        JsonNode body = JSON.readTree(r.body());
        JsonNode items = body.isArray() ? body : body.path("items");
        if (items.isArray() && items.size() > 0 && items.get(0).has("id")) {
          String id = items.get(0).get("id").asText();
          knownIds.put(list, id);
          return id;
        }
      }
    } catch (IOException e) {
      // no list there: a random id
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return UUID.randomUUID().toString();
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher m = PARAM.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "x")));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  // ---- sending

  private void send(
      String method,
      String template,
      Map<String, String> pathValues,
      Map<String, String> queryValues,
      String contentType,
      byte[] body,
      String token,
      String what)
      throws InterruptedException {
    send(method, template, pathValues, queryValues, contentType, body, token, what, Map.of());
  }

  private void send(
      String method,
      String template,
      Map<String, String> pathValues,
      Map<String, String> queryValues,
      String contentType,
      byte[] body,
      String token,
      String what,
      Map<String, String> headers)
      throws InterruptedException {
    StringBuilder target = new StringBuilder(fill(template, pathValues));
    char sep = '?';
    for (Map.Entry<String, String> q : queryValues.entrySet()) {
      if (q.getValue() == null) {
        continue;
      }
      target.append(sep).append(q.getKey()).append('=').append(encodeQuery(q.getValue()));
      sep = '&';
    }
    URI uri;
    try {
      uri = URI.create(base.toString().replaceAll("/$", "") + target);
    } catch (IllegalArgumentException e) {
      return; // not a URI a client could send
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    try {
      headers.forEach(b::header);
      if (token != null && !headers.containsKey("Authorization")) {
        b.header("Authorization", "Bearer " + token);
      }
    } catch (IllegalArgumentException e) {
      return; // a header value the client refuses to send
    }
    boolean hasBody = body != null && !method.equals("GET") && !method.equals("DELETE");
    if (hasBody && contentType != null && !headers.containsKey("Content-Type")) {
      b.header("Content-Type", contentType);
    }
    b.method(
        method,
        hasBody
            ? HttpRequest.BodyPublishers.ofByteArray(body)
            : HttpRequest.BodyPublishers.noBody());
    String label = method + " " + template + " [" + what + "]";
    HttpRequest request = b.build();
    inFlight.acquire();
    requests.incrementAndGet();
    CompletableFuture<Void> f =
        sendHonouringRetryAfter(request, 0)
            .handle(
                (r, error) -> {
                  try {
                    check(label, r, error);
                  } finally {
                    inFlight.release();
                  }
                  return null;
                });
    pending.add(f);
  }

  /**
   * Sends the request; a 503 problem+json with {@code Retry-After} (a service saying it is busy,
   * e.g. its import permits are taken by this suite's own concurrent requests) is sent again after
   * a short pause, as a well-behaved client would, up to 50 times. What counts is the answer once
   * the service is not busy; a 503 without Retry-After, or one that never clears, is a failure.
   */
  private CompletableFuture<HttpResponse<String>> sendHonouringRetryAfter(
      HttpRequest request, int attempt) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenCompose(
            r -> {
              boolean busy =
                  r.statusCode() == 503
                      && r.headers().firstValue("Retry-After").isPresent()
                      && r.headers()
                          .firstValue("Content-Type")
                          .orElse("")
                          .startsWith("application/problem+json");
              if (!busy || attempt >= 50) {
                return CompletableFuture.completedFuture(r);
              }
              return CompletableFuture.supplyAsync(
                      () -> null,
                      CompletableFuture.delayedExecutor(
                          200, java.util.concurrent.TimeUnit.MILLISECONDS))
                  .thenCompose(ignored -> sendHonouringRetryAfter(request, attempt + 1));
            });
  }

  /** Query values are sent as written when they are already percent-encoded, else encoded. */
  private static String encodeQuery(String value) {
    if (value.indexOf('%') < 0) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%'
          && (i + 2 >= value.length()
              || Character.digit(value.charAt(i + 1), 16) < 0
              || Character.digit(value.charAt(i + 2), 16) < 0)) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
      }
    }
    return value;
  }

  private void check(String label, HttpResponse<String> r, Throwable error) {
    if (error != null) {
      failures.add(label + ": no answer (" + error + ")");
      return;
    }
    int status = r.statusCode();
    if (status >= 500) {
      serverErrors.incrementAndGet();
      failures.add(label + ": " + status + " " + shorten(r.body()));
      return;
    }
    if (status >= 400) {
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith("application/problem+json")) {
        failures.add(label + ": " + status + " with Content-Type '" + type + "'");
        return;
      }
      try {
        JsonNode problem = JSON.readTree(r.body());
        if (problem.path("status").asInt() != status || !problem.path("title").isTextual()) {
          failures.add(
              label + ": " + status + " problem without status/title " + shorten(r.body()));
          return;
        }
      } catch (IOException e) {
        failures.add(label + ": " + status + " problem+json that is not JSON");
        return;
      }
      problems.incrementAndGet();
    }
  }

  private void drain() {
    List<CompletableFuture<Void>> all;
    synchronized (pending) {
      all = new ArrayList<>(pending);
      pending.clear();
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
  }

  // ---- the OpenAPI document

  private JsonNode resolve(JsonNode node) {
    int hops = 0;
    while (node != null && node.has("$ref") && hops++ < 10) {
      String ref = node.get("$ref").asText();
      node = document.at(ref.substring(1));
    }
    if (node != null && node.has("allOf") && node.get("allOf").size() == 1) {
      return resolve(node.get("allOf").get(0));
    }
    return node == null ? NODES.missingNode() : node;
  }

  private static JsonNode exampleOf(JsonNode media) {
    if (media.has("example")) {
      return media.get("example");
    }
    JsonNode examples = media.path("examples");
    Iterator<JsonNode> it = examples.elements();
    if (it.hasNext()) {
      JsonNode e = it.next();
      if (e.has("value")) {
        JsonNode v = e.get("value");
        if (v.isTextual()) {
          try {
            return JSON.readTree(v.asText());
          } catch (IOException ex) {
            return null;
          }
        }
        return v;
      }
    }
    return null;
  }

  /** A valid-looking value for {@code schema}. */
  private JsonNode sample(JsonNode schema, int depth) {
    schema = resolve(schema);
    if (schema.has("example")) {
      return schema.get("example");
    }
    if (schema.has("enum") && schema.get("enum").size() > 0) {
      return schema.get("enum").get(0);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    String format = schema.path("format").asText("");
    switch (type) {
      case "object" -> {
        ObjectNode o = NODES.objectNode();
        if (depth < 4) {
          schema
              .path("properties")
              .fields()
              .forEachRemaining(e -> o.set(e.getKey(), sample(e.getValue(), depth + 1)));
        }
        return o;
      }
      case "array" -> {
        ArrayNode a = NODES.arrayNode();
        if (depth < 4) {
          a.add(sample(schema.path("items"), depth + 1));
        }
        return a;
      }
      case "integer" -> {
        return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
      }
      case "number" -> {
        return NODES.numberNode(1);
      }
      case "boolean" -> {
        return NODES.booleanNode(true);
      }
      default -> {
        return switch (format) {
          case "date" -> NODES.textNode("2024-06-30");
          case "date-time" -> NODES.textNode("2024-06-30T08:00:00Z");
          case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
          case "uri", "url" -> NODES.textNode("https://oa.example.cn/hooks/mutation");
          default -> NODES.textNode("整改");
        };
      }
    }
  }

  /** A field of the body, addressed from the root. */
  private record FieldPath(String path, List<Object> steps) {
    void set(JsonNode root, JsonNode value) {
      JsonNode parent = parent(root);
      Object last = steps.get(steps.size() - 1);
      if (parent instanceof ObjectNode o) {
        o.set((String) last, value);
      } else if (parent instanceof ArrayNode a) {
        a.set((Integer) last, value);
      }
    }

    void remove(JsonNode root) {
      JsonNode parent = parent(root);
      Object last = steps.get(steps.size() - 1);
      if (parent instanceof ObjectNode o) {
        o.remove((String) last);
      } else if (parent instanceof ArrayNode a) {
        a.remove((Integer) last);
      }
    }

    private JsonNode parent(JsonNode root) {
      JsonNode n = root;
      for (Object s : steps.subList(0, steps.size() - 1)) {
        n = s instanceof String k ? n.get(k) : n.get((Integer) s);
      }
      return n;
    }
  }

  /** Every field of {@code body} down to two levels (array items through their first element). */
  private List<FieldPath> fields(JsonNode body, JsonNode schema, String prefix, int depth) {
    List<FieldPath> out = new ArrayList<>();
    collect(body, new ArrayList<>(), prefix, depth, out);
    return out;
  }

  private void collect(
      JsonNode node, List<Object> steps, String path, int depth, List<FieldPath> out) {
    if (depth > 2) {
      return;
    }
    if (node.isObject()) {
      node.fieldNames()
          .forEachRemaining(
              k -> {
                List<Object> s = new ArrayList<>(steps);
                s.add(k);
                String p = path.isEmpty() ? k : path + "." + k;
                out.add(new FieldPath(p, s));
                collect(node.get(k), s, p, depth + 1, out);
              });
    } else if (node.isArray() && node.size() > 0) {
      List<Object> s = new ArrayList<>(steps);
      s.add(0);
      String p = path + "[0]";
      out.add(new FieldPath(p, s));
      collect(node.get(0), s, p, depth + 1, out);
    }
  }

  private static List<JsonNode> concat(JsonNode a, JsonNode b) {
    List<JsonNode> out = new ArrayList<>();
    a.forEach(out::add);
    b.forEach(out::add);
    return out;
  }

  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}
