package org.bihuan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private final String service;
  private final URI base;
  private final List<String> tokens;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final MutationSender sender;
  private final Map<String, String> knownIds = new ConcurrentHashMap<>();
  private ServedOpenApi openApi;
  private int turn;

  /**
   * @param tokens bearer tokens of several roles; requests take them in turn (the first should be
   *     an admin's, used to read the ids that path parameters are filled with)
   */
  public MutationSuite(String service, URI base, List<String> tokens) {
    this.service = service;
    this.base = base;
    this.tokens = List.copyOf(tokens);
    this.sender = new MutationSender(base, http);
  }

  public Result run() throws Exception {
    HttpResponse<String> served =
        http.send(
            HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    openApi = new ServedOpenApi(JSON.readTree(served.body()));
    JsonNode paths = openApi.document.path("paths");
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
          sender.drain();
        }
      }
    }
    sender.drain();
    return new Result(
        service,
        sender.requests.get(),
        sender.serverErrors.get(),
        sender.problems.get(),
        List.copyOf(sender.failures));
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
      JsonNode param = openApi.resolve(p);
      if ("query".equals(param.path("in").asText())) {
        query.add(param);
      }
    }
    Map<String, String> queryValues = new LinkedHashMap<>();
    for (JsonNode q : query) {
      queryValues.put(q.path("name").asText(), openApi.baselineParam(q));
    }
    JsonNode content = op.path("requestBody").path("content");
    String bodyType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
    JsonNode bodySchema =
        bodyType == null ? null : openApi.resolve(content.path(bodyType).path("schema"));
    byte[] baseline = null;
    String contentType = bodyType;
    if (bodyType != null && bodyType.contains("json")) {
      JsonNode example = ServedOpenApi.exampleOf(content.path(bodyType));
      JsonNode body = example != null ? example : openApi.sample(bodySchema, 0);
      baseline = JSON.writeValueAsBytes(body);
    } else if (bodyType != null && bodyType.startsWith("multipart/")) {
      contentType = "multipart/form-data; boundary=mutation";
      baseline =
          MutationValues.multipart(
              "证据.pdf",
              "application/pdf",
              "%PDF-1.4 mutation".getBytes(StandardCharsets.UTF_8),
              "说明");
    } else if (bodyType != null) {
      contentType = bodyType.equals("*/*") ? "application/json" : bodyType;
      baseline = "一、理论学习方面\n1. 学习不深入。\n".getBytes(StandardCharsets.UTF_8);
    }
    MutationSender.Request valid =
        new MutationSender.Request(
            method, template, pathValues, queryValues, contentType, baseline);

    // the baseline with every role
    for (int i = 0; i < tokens.size(); i++) {
      sender.send(valid, tokens.get(i), "baseline");
    }
    sender.send(valid, null, "no token");

    // headers, an unknown query parameter, a method the path does not have
    for (Map.Entry<String, Map<String, String>> h : MutationValues.HEADER_MUTATIONS.entrySet()) {
      sender.send(valid, next(), "header " + h.getKey(), h.getValue());
    }
    sender.send(valid.withQuery("unknownParameter", "%00"), next(), "unknown query parameter");
    sender.send(
        valid.withMethod(method.equals("PATCH") ? "TRACE" : "PATCH"), next(), "another method");

    // path parameters
    for (String name : pathValues.keySet()) {
      for (String bad : MutationValues.PATH_VALUES) {
        sender.send(
            valid.withPath(name, bad), next(), "path " + name + "=" + MutationSender.shorten(bad));
      }
    }

    // query parameters
    for (JsonNode q : query) {
      String name = q.path("name").asText();
      for (String bad : MutationValues.queryValuesFor(name)) {
        sender.send(
            valid.withQuery(name, bad),
            next(),
            "query " + name + "=" + MutationSender.shorten(bad));
      }
      sender.send(valid.withQuery(name, null), next(), "query without " + name);
    }

    // the body as a whole
    if (baseline != null) {
      for (Map.Entry<String, byte[]> b :
          MutationValues.wholeBodyMutations(baseline, bodyType).entrySet()) {
        String type =
            b.getKey().startsWith("type:")
                ? b.getKey().substring(5, b.getKey().indexOf('|'))
                : contentType;
        sender.send(valid.withBody(type, b.getValue()), next(), "body " + b.getKey());
      }
    }

    // each field of a JSON body
    if (baseline != null && bodyType.contains("json")) {
      JsonNode body = JSON.readTree(baseline);
      for (BodyField f : BodyField.of(body)) {
        for (Map.Entry<String, JsonNode> v : MutationValues.fieldValues().entrySet()) {
          JsonNode mutated = body.deepCopy();
          f.set(mutated, v.getValue());
          sender.send(
              valid.withBody(contentType, JSON.writeValueAsBytes(mutated)),
              next(),
              f.path() + " " + v.getKey());
        }
        JsonNode without = body.deepCopy();
        f.remove(without);
        sender.send(
            valid.withBody(contentType, JSON.writeValueAsBytes(without)),
            next(),
            f.path() + " removed");
      }
    }
  }

  private String next() {
    return tokens.get(turn++ % tokens.size());
  }

  // ---- ids for path parameters: the first item of the list one level up, else a random UUID

  private String idFor(String template, String param, Map<String, String> earlier) {
    String prefix = template.substring(0, template.indexOf("{" + param + "}"));
    prefix = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    String list = MutationSender.fill(prefix, earlier);
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

  private static List<JsonNode> concat(JsonNode a, JsonNode b) {
    List<JsonNode> out = new ArrayList<>();
    a.forEach(out::add);
    b.forEach(out::add);
    return out;
  }
}
