package org.bihuan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends {@link MutationSuite}'s requests, a few at a time, and judges each answer: every answer of
 * 500 or more, and every 4xx that is not {@code application/problem+json} with {@code status} and
 * {@code title}, is a failure.
 */
final class MutationSender {

  /** One request before its token: {@code template}'s parameters filled from {@code path}. */
  record Request(
      String method,
      String template,
      Map<String, String> path,
      Map<String, String> query,
      String contentType,
      byte[] body) {

    Request withMethod(String other) {
      return new Request(other, template, path, query, contentType, body);
    }

    /** This request with the path parameter {@code name} set to {@code value}. */
    Request withPath(String name, String value) {
      Map<String, String> values = new LinkedHashMap<>(path);
      values.put(name, value);
      return new Request(method, template, values, query, contentType, body);
    }

    /**
     * This request with the query parameter {@code name} set to {@code value}, or left out (null).
     */
    Request withQuery(String name, String value) {
      Map<String, String> values = new LinkedHashMap<>(query);
      if (value == null) {
        values.remove(name);
      } else {
        values.put(name, value);
      }
      return new Request(method, template, path, values, contentType, body);
    }

    Request withBody(String type, byte[] other) {
      return new Request(method, template, path, query, type, other);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private static final int PARALLEL = 4;

  private final URI base;
  private final HttpClient http;
  private final Semaphore inFlight = new Semaphore(PARALLEL);
  private final List<CompletableFuture<Void>> pending =
      Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger serverErrors = new AtomicInteger();
  final AtomicInteger problems = new AtomicInteger();
  final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  MutationSender(URI base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  void send(Request r, String token, String what) throws InterruptedException {
    send(r, token, what, Map.of());
  }

  void send(Request request, String token, String what, Map<String, String> headers)
      throws InterruptedException {
    String method = request.method();
    byte[] body = request.body();
    String contentType = request.contentType();
    StringBuilder target = new StringBuilder(fill(request.template(), request.path()));
    char sep = '?';
    for (Map.Entry<String, String> q : request.query().entrySet()) {
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
    String label = method + " " + request.template() + " [" + what + "]";
    HttpRequest built = b.build();
    inFlight.acquire();
    requests.incrementAndGet();
    CompletableFuture<Void> f =
        sendHonouringRetryAfter(built, 0)
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

  void drain() {
    List<CompletableFuture<Void>> all;
    synchronized (pending) {
      all = new ArrayList<>(pending);
      pending.clear();
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
  }

  static String fill(String template, Map<String, String> values) {
    Matcher m = PARAM.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "x")));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static String shorten(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}
