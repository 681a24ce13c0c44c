package org.bihuan.platform.idempotency;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.ProblemMapping;
import org.bihuan.platform.input.SafeText;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * {@code Idempotency-Key} on every POST (Stripe's semantics): the same key with the same request
 * replays the first answer (status, body, Location, ETag); the same key with another body or on
 * another endpoint answers 422; a key whose first request is still running answers 409. Keys are
 * per caller (token subject) and kept {@code bihuan.idempotency.retention} (25 h by default).
 * Answers of 5xx are not kept, so a retry after a server-side failure runs again.
 */
public class IdempotencyFilter {

  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

  public static final String HEADER = "Idempotency-Key";
  public static final int MAX_KEY_LENGTH = 255;
  static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
  static final String ANSWER = IdempotencyFilter.class.getName() + ".answer";

  record Claim(String subject, String key) {}

  record Answer(
      Claim claim, int status, String contentType, String location, String etag, String headers) {}

  @Inject IdempotencyKeys keys;

  /** Headers of a write's answer that its replays give again besides Location and ETag. */
  @ConfigProperty(name = "bihuan.idempotency.replayed-headers")
  Optional<List<String>> replayed;

  @ServerRequestFilter
  public Response claimOrReplay(ContainerRequestContext request, HttpServerRequest connection)
      throws IOException {
    if (!"POST".equals(request.getMethod())) {
      return null;
    }
    String key = request.getHeaderString(HEADER);
    if (key == null) {
      return null;
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      return ProblemMapping.respond(
          ApiProblem.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters"));
    }
    String keyProblem = keyProblem(key);
    if (keyProblem != null) {
      return ProblemMapping.respond(ApiProblem.invalidField(HEADER, keyProblem));
    }
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (principal == null) {
      return null; // refused as unauthenticated further on; nothing to remember
    }
    String endpoint = "POST " + request.getUriInfo().getPath();
    MessageDigest sha = fingerprintOf(request, connection.query(), endpoint);
    String boundary = boundary(request.getMediaType());
    if (boundary != null && request.hasEntity()) {
      // A multipart body (an upload) goes to a temporary file, not memory (0250).
      SpooledBody spooled = SpooledBody.of(request.getEntityStream(), boundary, sha);
      deleteAtTheEnd(spooled);
      request.setEntityStream(spooled.open());
    } else {
      byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
      request.setEntityStream(new ByteArrayInputStream(body));
      // A retried JSON body may be written again with its members in another order or spaced
      // otherwise: the same object is the same request.
      sha.update(json(request.getMediaType()) ? CanonicalJson.of(body) : body);
    }
    String fingerprint = HexFormat.of().formatHex(sha.digest());
    Claim claim = new Claim(principal.getName(), key);

    if (keys.claim(claim.subject(), key, endpoint, fingerprint)) {
      return claimed(request, connection, claim);
    }
    Optional<IdempotencyKeys.Stored> found = keys.find(claim.subject(), key);
    if (found.isEmpty()) { // purged between the two statements: claim again
      if (keys.claim(claim.subject(), key, endpoint, fingerprint)) {
        return claimed(request, connection, claim);
      }
      found = keys.find(claim.subject(), key);
    }
    IdempotencyKeys.Stored stored = found.orElseThrow();
    if (!stored.endpoint().equals(endpoint)) {
      return ProblemMapping.respond(
          ApiProblem.unprocessable(
                  "idempotency-key-reused",
                  "This Idempotency-Key was first used for "
                      + stored.endpoint()
                      + "; use a new key for each request.")
              .with("firstEndpoint", stored.endpoint()));
    }
    if (!stored.fingerprint().equals(fingerprint)) {
      return ProblemMapping.respond(
          ApiProblem.unprocessable(
              "idempotency-key-reused",
              "This Idempotency-Key was first used with a different request body; use a new key"
                  + " for a different request."));
    }
    if (!stored.completed()) {
      if (keys.reclaimAbandoned(claim.subject(), key, fingerprint)) {
        return claimed(request, connection, claim);
      }
      return ProblemMapping.respond(
          ApiProblem.conflict(
                  "idempotency-key-in-use",
                  "A request with this Idempotency-Key is still being processed; retry shortly.")
              .header("Retry-After", "1"));
    }
    Response.ResponseBuilder replay =
        Response.status(stored.status()).header("Idempotent-Replayed", "true");
    if (stored.body() != null) {
      replay.entity(stored.body());
    }
    if (stored.contentType() != null) {
      replay.header(HttpHeaders.CONTENT_TYPE, stored.contentType());
    }
    if (stored.location() != null) {
      replay.header(HttpHeaders.LOCATION, stored.location());
    }
    if (stored.etag() != null) {
      replay.header(HttpHeaders.ETAG, stored.etag());
    }
    if (stored.headers() != null) {
      for (String line : stored.headers().split("\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          replay.header(line.substring(0, colon), line.substring(colon + 1).strip());
        }
      }
    }
    return replay.build();
  }

  /**
   * Lets the request go on under its claim, to its answer even if the client hangs up: by default a
   * closed connection discards what remains of the request's processing once the resource method
   * returns (the response filters and the writer, where the answer is kept), which left the key "in
   * use" for {@code bihuan.idempotency.abandoned-after} and then ran the write a second time. A
   * connection has one close handler; this one replaces that default for claimed requests only, and
   * the answer's bytes are kept before they are sent (IdempotentAnswerCapture).
   */
  private static Response claimed(
      ContainerRequestContext request, HttpServerRequest connection, Claim claim) {
    request.setProperty(CLAIM, claim);
    connection
        .response()
        .closeHandler(
            closed ->
                LOG.debugf(
                    "The client of Idempotency-Key %s hung up; its answer is kept for the retry",
                    claim.key()));
    return null;
  }

  @ServerResponseFilter
  public void rememberAnswer(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
      return;
    }
    request.removeProperty(CLAIM);
    if (response.getStatus() >= 500) {
      keys.release(claim.subject(), claim.key());
      return;
    }
    Answer answer =
        new Answer(
            claim,
            response.getStatus(),
            response.getMediaType() == null ? null : response.getMediaType().toString(),
            response.getHeaderString(HttpHeaders.LOCATION),
            response.getHeaderString(HttpHeaders.ETAG),
            replayedHeaders(response));
    if (response.hasEntity()) {
      request.setProperty(ANSWER, answer); // completed by IdempotentAnswerCapture with the body
    } else {
      store(keys, answer, null);
    }
  }

  static void store(IdempotencyKeys keys, Answer a, byte[] body) {
    keys.complete(
        a.claim().subject(),
        a.claim().key(),
        a.status(),
        a.contentType(),
        a.location(),
        a.etag(),
        a.headers(),
        body);
  }

  /**
   * The configured headers of an answer (bihuan.idempotency.replayed-headers) as "name: value"
   * lines.
   */
  private String replayedHeaders(ContainerResponseContext response) {
    StringBuilder lines = new StringBuilder();
    for (String name : replayed.orElse(List.of())) {
      String value = response.getHeaderString(name);
      if (value != null && !value.isBlank()) {
        lines.append(name).append(": ").append(value.replace('\n', ' ')).append('\n');
      }
    }
    return lines.length() == 0 ? null : lines.toString();
  }

  /**
   * Deletes the spooled body when the request is done with, answered or not, and when its
   * connection closes (as {@code LargeBodies} gives back its permit).
   */
  private static void deleteAtTheEnd(SpooledBody spooled) {
    // the filter's context is a wrapper (PreventAbort…): the request's own is the current one
    ResteasyReactiveRequestContext context = CurrentRequestManager.get();
    if (context == null) {
      spooled.delete();
      throw new IllegalStateException("No current request to delete a spooled body with");
    }
    context.registerCompletionCallback(failure -> spooled.delete());
    RoutingContext routing = context.serverRequest().unwrap(RoutingContext.class);
    if (routing != null) {
      routing.addEndHandler(ended -> spooled.delete());
    }
  }

  /**
   * The digest of the request's fingerprint, fed with all but its body: endpoint, raw query (as the
   * connection read it: no Host needed, unlike UriInfo) and media type without parameters. A
   * retried multipart upload carries a new random boundary: it is not part of the request, and is
   * left out of the body too.
   */
  private static MessageDigest fingerprintOf(
      ContainerRequestContext request, String query, String endpoint) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(endpoint.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      MediaType type = request.getMediaType();
      if (type != null) {
        sha.update((type.getType() + "/" + type.getSubtype()).getBytes(StandardCharsets.UTF_8));
      }
      sha.update((byte) '\n');
      return sha;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String boundary(MediaType type) {
    return type == null ? null : type.getParameters().get("boundary");
  }

  private static boolean json(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
  }

  /**
   * Why a key is refused, or null. Header bytes arrive as ISO-8859-1 characters; a key is stored
   * and shown, so it must be UTF-8 (ASCII is) holding nothing {@link SafeText} refuses in a line: a
   * raw byte 0x85, or U+0085 / U+2028 sent as UTF-8, used to be stored as they came.
   */
  static String keyProblem(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.ISO_8859_1);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return "is not UTF-8 text";
    }
    return SafeText.problemInLine(text);
  }
}
