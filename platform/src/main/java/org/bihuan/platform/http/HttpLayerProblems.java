package org.bihuan.platform.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.ClientFaults;
import org.bihuan.platform.error.ProblemMapping;
import org.bihuan.platform.input.SafeText;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The answers the HTTP layer gives before a resource runs, as problem+json with a detail like every
 * other error (docs/decisions/0058). Quarkus answered an oversized body with an empty 413 and
 * Vert.x failures of a route (a body over the limit sent in chunks, a broken multipart body) with
 * an empty 4xx.
 *
 * <p>A URI longer than {@link #MAX_URI_LENGTH} but within the line limit gets a problem+json 414
 * here, headers over {@link #MAX_HEADER_BYTES} but within the header limit a problem+json 431.
 * Bodies sent in chunks over the body limit are counted as they are read ({@link
 * ChunkedBodyLimit}).
 *
 * <p>Requests that Netty's decoder refuses before Vert.x routes them, and request targets that
 * {@link java.net.URI} refuses, are answered by {@link InvalidRequests} (docs/decisions/0207);
 * broken chunk framing in the middle of a body by {@link BrokenChunks} (400, then closed; 0244).
 *
 * <p>Every answer given here, before a resource runs, closes the connection (HTTP/1.x): the body it
 * did not read is never taken as the next request (docs/decisions/0250).
 */
@ApplicationScoped
public class HttpLayerProblems {

  /**
   * Longest request target answered normally: 24 KiB, room for a batch status read of 500 ticket
   * ids (about 19.5 KiB with percent-encoded commas, docs/decisions/0152); the line limit is set
   * above it (32 KiB).
   */
  public static final int MAX_URI_LENGTH = 24576;

  /**
   * Most bytes of header lines answered normally: 16 KiB, several times what a request with a
   * bearer token needs. The header limit below us ({@code quarkus.http.limits.max-header-size}) is
   * set above it (32 KiB), so headers between the two get a problem+json 431 here.
   */
  public static final int MAX_HEADER_BYTES = 16384;

  private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  Optional<MemorySize> maxBodySize;

  void install(@Observes Router router) {
    // Before Quarkus' own body-size check (ROUTE_ORDER_UPLOAD_LIMIT), which answers an empty 413.
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkHead);
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(this::failed);
  }

  @jakarta.inject.Inject InvalidRequests invalidRequests;

  /** Whether {@link InvalidRequests} has wrapped every server (tried again until it has). */
  private volatile boolean invalidAnswered;

  private void checkHead(RoutingContext rc) {
    if (!invalidAnswered) {
      invalidAnswered = invalidRequests.install();
    }
    invalidRequests.catchUp(rc.request());
    if (rc.request().uri().length() > MAX_URI_LENGTH) {
      answer(
          rc,
          HttpResponseStatus.REQUEST_URI_TOO_LONG.code(),
          "uri-too-long",
          "URI too long",
          "请求地址超过 " + MAX_URI_LENGTH + " 个字符。",
          true);
      return;
    }
    long headerBytes = 0;
    for (var header : rc.request().headers()) {
      // As the decoder counts them: each line "name: value", without its CRLF.
      // (The decoder reads header bytes as ISO-8859-1, one char each.)
      headerBytes += header.getKey().length() + 2 + header.getValue().length();
    }
    if (headerBytes > MAX_HEADER_BYTES) {
      answer(
          rc,
          HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.code(),
          "header-fields-too-large",
          "Request header fields too large",
          "请求头共 " + headerBytes + " 字节，本服务最多读取 " + MAX_HEADER_BYTES + " 字节。",
          true);
      return;
    }
    String keyProblem = idempotencyKeyProblem(rc.request().headers().getAll(IDEMPOTENCY_KEY));
    if (keyProblem != null) {
      send(rc, ApiProblem.invalidField(IDEMPOTENCY_KEY, keyProblem), true);
      return;
    }
    String codings =
        String.join(",", rc.request().headers().getAll(HttpHeaderNames.TRANSFER_ENCODING));
    if (!codings.isEmpty() && !codings.strip().equalsIgnoreCase("chunked")) {
      // Only "chunked" is decoded below us. Another coding (gzip, "gzip, chunked") would leave the
      // body to be read as something it is not, or — without chunked — as the next request on the
      // connection (request smuggling): refused, and the connection closed (RFC 9112 6.1).
      answer(
          rc,
          HttpResponseStatus.NOT_IMPLEMENTED.code(),
          "transfer-coding-not-supported",
          "Not implemented",
          "不支持 Transfer-Encoding「" + codings.strip() + "」，只支持 chunked。",
          true);
      return;
    }
    String length = rc.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
    if (length != null) {
      long bytes;
      try {
        bytes = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        bytes = -1;
      }
      if (bytes < 0) {
        answer(rc, 400, "bad-request", "Bad request", "Content-Length 不是数字。", true);
        return;
      }
      if (maxBodySize.isPresent() && bytes > maxBodySize.get().asLongValue()) {
        answer(
            rc,
            413,
            "too-large",
            "Payload too large",
            "请求体有 "
                + bytes
                + " 字节，超过本服务接受的上限 "
                + maxBodySize.get().asLongValue()
                + " 字节（"
                + maxBodySize.get().asLongValue() / (1024 * 1024)
                + " MiB）。",
            true);
        return;
      }
    }
    rc.next();
  }

  /** A route failed with a client error status and no problem document yet: write one. */
  private void failed(RoutingContext rc) {
    if (rc.failure() != null && ClientFaults.isClientFault(rc.failure())) {
      // A client that hung up or broke its body's framing: DEBUG, not Quarkus' ERROR with a
      // stack trace and an error id (0244).
      ClientFaults.log(LOG, rc.failure(), "Request to " + rc.request().path() + " not read");
      if (rc.response().headWritten() || rc.response().closed()) {
        rc.request().connection().close();
      } else {
        answer(rc, 400, "bad-request", "Bad request", "请求未能读完：连接已关闭，或请求体的分块格式有误。", true);
      }
      return;
    }
    int status = rc.statusCode();
    if (rc.response().headWritten() || status < 400 || status >= 500) {
      rc.next();
      return;
    }
    HttpResponseStatus info = HttpResponseStatus.valueOf(status);
    String title = info.reasonPhrase();
    String detail =
        switch (status) {
          case 413 -> "请求体超过本服务接受的大小。";
          case 400 -> "无法读取请求（请求体或请求头格式有误）。";
          default -> org.bihuan.platform.error.ProblemTitles.of(status, null, title) + "。";
        };
    // Failed before a resource answered: what is left of the request is not read (0250).
    answer(rc, status, title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), title, detail, true);
  }

  /** The header that makes a POST idempotent (its rules: {@code IdempotencyFilter}). */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /**
   * Why the request's Idempotency-Key headers cannot be taken, or null: two keys on one request
   * (which would the retry mean?) and an empty one are refused before routing, the same on every
   * route of every service (docs/decisions/0244); the first of two was taken silently.
   */
  static String idempotencyKeyProblem(java.util.List<String> keys) {
    if (keys.size() > 1) {
      return "the request has " + keys.size() + " Idempotency-Key headers; send one";
    }
    if (keys.size() == 1 && blank(keys.get(0))) {
      return "must not be empty or blank (spaces, U+00A0, U+3000, zero-width or other invisible"
          + " characters only); send a new key (a UUID) for each write, or none";
    }
    return null;
  }

  /**
   * Whether a header value is blank as people see it ({@link SafeText#isBlank}: Unicode white
   * space, format and default-ignorable characters), read as UTF-8 when its bytes are UTF-8 and as
   * they came (ISO-8859-1) otherwise: a key of U+00A0 was taken as a key (docs/decisions/0250).
   */
  static boolean blank(String value) {
    if (SafeText.isBlank(value)) {
      return true;
    }
    try {
      String text =
          java.nio.charset.StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(
                  java.nio.ByteBuffer.wrap(
                      value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
              .toString();
      return SafeText.isBlank(text);
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static JsonObject problem(int status, String type, String title, String detail) {
    return new JsonObject()
        .put("type", "/problems/" + type)
        .put("title", org.bihuan.platform.error.ProblemTitles.of(status, type, title))
        .put("status", status)
        .put("detail", detail);
  }

  /**
   * An {@link ApiProblem} answered here, below JAX-RS: the same members {@link
   * ProblemMapping#respond} writes (type, title, status, detail, errors), so an invalid header
   * reads like any other invalid input.
   */
  private static void send(RoutingContext rc, ApiProblem p, boolean close) {
    JsonObject body = problem(p.status(), p.type(), p.title(), p.detail());
    if (!p.errors().isEmpty()) {
      JsonArray errors = new JsonArray();
      p.errors()
          .forEach(
              e ->
                  errors.add(new JsonObject().put("field", e.field()).put("message", e.message())));
      body.put("errors", errors);
    }
    send(rc, p.status(), body, close);
  }

  private static void answer(
      RoutingContext rc, int status, String type, String title, String detail, boolean close) {
    send(rc, status, problem(status, type, title, detail), close);
  }

  private static void send(RoutingContext rc, int status, JsonObject body, boolean close) {
    var response = rc.response().setStatusCode(status);
    response.putHeader(HttpHeaderNames.CONTENT_TYPE, ProblemMapping.PROBLEM_JSON);
    if (close && rc.request().version() != HttpVersion.HTTP_2) {
      // The body that follows is not read; the connection cannot be reused. (HTTP/2 has no
      // Connection header — Netty resets a stream that sends one — and ends the stream alone.)
      response.putHeader(HttpHeaderNames.CONNECTION, "close");
      response.endHandler(v -> rc.request().connection().close());
    }
    response.end(body.encode());
  }
}
