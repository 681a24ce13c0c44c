package org.bihuan.platform.http;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bihuan.platform.error.ProblemMapping;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The answer to a request Netty's decoder could not read — a request line or headers beyond their
 * limits, a Content-Length that is not one number, Content-Length beside Transfer-Encoding, a
 * control character in a header, a bare LF — as problem+json with type, title, status and detail,
 * the connection then closed (docs/decisions/0207, amending 0173). Vert.x answered such requests
 * with an empty 400/414/431 from its default invalid-request handler. A request target that {@link
 * java.net.URI} refuses gets a problem+json 400 here too, before Quarkus' root handler would answer
 * it with an empty one, and so does a request with two Host headers or one {@link RequestHosts}
 * refuses (docs/decisions/0244), over HTTP/2 its :authority (0250). Each HTTP/1.x connection also
 * gets {@link BrokenChunks}, {@link RequestLines} (other HTTP versions, absolute-form targets,
 * empty ports; 0250) and its {@link BodyDeadline} (0271). Every answer given here closes the
 * connection (0250).
 *
 * <p>Vert.x lets an application set that handler only on the {@code HttpServer} before it listens,
 * and Quarkus creates and starts its servers itself. So once they listen, each server's connection
 * handler (Vert.x {@code HttpServerWorker.connectionHandler}, reached from Quarkus' web verticles)
 * is wrapped so that every new connection gets {@link #answer} as its invalid-request handler
 * (Vert.x' own {@code HttpServerConnection.invalidRequestHandler}). Those are internals of Quarkus
 * 3.33 / Vert.x 4.5: if a later version moves them, nothing is wrapped, the old empty answers come
 * back, a WARN says so at start, and the raw-socket tests of every service ({@code
 * HttpLayerErrorsTest}) fail.
 */
@ApplicationScoped
public class InvalidRequests {

  private static final Logger LOG = Logger.getLogger(InvalidRequests.class);

  private static final String WEB_VERTICLE =
      "io.quarkus.vertx.http.runtime.VertxHttpRecorder$WebDeploymentVerticle";

  @Inject Vertx vertx;

  /** How long a request body may take to arrive ({@link BodyDeadline}). */
  @ConfigProperty(name = "bihuan.http.body-timeout", defaultValue = "60s")
  Duration bodyTimeout;

  private final Set<Object> wrapped = ConcurrentHashMap.newKeySet();
  private volatile boolean complained;

  void started(@Observes StartupEvent event) {
    // the servers listen a moment after start: wrapped as soon as they do, not at the first request
    if (!install()) {
      vertx.setPeriodic(5, 5, timer -> stopWhen(install() || complained, timer));
    }
  }

  private void stopWhen(boolean done, long timer) {
    if (done) {
      vertx.cancelTimer(timer);
    }
  }

  /**
   * Gives a connection accepted before its server was wrapped the same handlers, with the first
   * request it carries ({@link EarlyConnections}).
   */
  void catchUp(HttpServerRequest request) {
    EarlyConnections.catchUp(request, bodyTimeout, InvalidRequests::answer);
  }

  /**
   * Wraps the connection handler of every listening server not wrapped yet; true when there was at
   * least one and all are wrapped. Cheap once done ({@link HttpLayerProblems} calls it until then).
   */
  boolean install() {
    if (!(vertx instanceof VertxInternal internal)) {
      return complain("Vert.x is not the one Quarkus creates", null);
    }
    int servers = 0;
    try {
      for (String id : internal.deploymentIDs()) {
        Deployment deployment = internal.getDeployment(id);
        if (deployment == null) {
          continue;
        }
        for (var verticle : deployment.getVerticles()) {
          if (!verticle.getClass().getName().equals(WEB_VERTICLE)) {
            continue;
          }
          for (String name : new String[] {"httpServer", "httpsServer"}) {
            Object server = read(verticle.getClass(), verticle, name);
            if (server != null) {
              servers++;
              if (!wrap(server)) {
                return false; // not listening yet
              }
            }
          }
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return complain("the HTTP server's internals are not where they were", e);
    }
    return servers > 0;
  }

  @SuppressWarnings("unchecked")
  private boolean wrap(Object server) throws ReflectiveOperationException {
    Object worker = read(io.vertx.core.net.impl.TCPServerBase.class, server, "childHandler");
    if (worker == null) {
      return false;
    }
    if (!wrapped.add(worker)) {
      return true;
    }
    Field field = worker.getClass().getDeclaredField("connectionHandler");
    field.setAccessible(true);
    Handler<HttpServerConnection> original = (Handler<HttpServerConnection>) field.get(worker);
    Handler<HttpServerRequest> requests =
        (Handler<HttpServerRequest>) read(original.getClass(), original, "requestHandler");
    Handler<HttpServerRequest> checked =
        request -> {
          String badHost =
              request.version() == HttpVersion.HTTP_2
                  ? RequestHosts.authorityRefusal(request.authority())
                  : RequestHosts.refusal(
                      request.headers().getAll(HttpHeaderNames.HOST),
                      request.version() == HttpVersion.HTTP_1_1);
          if (badHost != null) {
            refuse(request, badHost);
          } else if (validTarget(request.uri())) {
            requests.handle(request);
          } else {
            badTarget(request);
          }
        };
    Handler<HttpServerConnection> answering =
        connection -> {
          original.handle(connection);
          EarlyConnections.guard(connection, bodyTimeout, InvalidRequests::answer);
          connection.handler(checked);
        };
    field.set(worker, answering);
    return true;
  }

  private static Object read(Class<?> type, Object owner, String name)
      throws ReflectiveOperationException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(owner);
  }

  private boolean complain(String why, Exception e) {
    if (!complained) {
      complained = true;
      LOG.warnf(
          "Requests the HTTP decoder refuses keep Vert.x' empty answers: %s (%s)",
          why, e == null ? "-" : e.toString());
    }
    return false;
  }

  /** Answers a request the decoder refused: problem+json, and the connection closed. */
  static void answer(HttpServerRequest request) {
    DecoderResult result = request.decoderResult();
    Throwable cause = result == null ? null : result.cause();
    String reason = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    int status = 400;
    String type = "bad-request";
    String title = "Bad request";
    String detail;
    if (cause instanceof TooLongFrameException && reason.startsWith("An HTTP line is larger")) {
      status = 414;
      type = "uri-too-long";
      title = "URI too long";
      detail = "请求行超过本服务读取的长度。";
    } else if (cause instanceof TooLongFrameException
        && reason.startsWith("HTTP header is larger")) {
      status = 431;
      type = "header-fields-too-large";
      title = "Request header fields too large";
      detail = "请求头超过本服务读取的大小。";
    } else {
      detail =
          decoderDetail(cause, reason) + (reason.isEmpty() ? "" : " (" + printable(reason) + ")");
    }
    JsonObject body =
        new JsonObject()
            .put("type", "/problems/" + type)
            .put("title", org.bihuan.platform.error.ProblemTitles.of(status, type, title))
            .put("status", status)
            .put("detail", detail);
    var response = request.response();
    if (response.headWritten() || response.ended()) {
      request.connection().close();
      return;
    }
    response.setStatusCode(status);
    response.putHeader(HttpHeaderNames.CONTENT_TYPE, ProblemMapping.PROBLEM_JSON);
    if (request.version() != HttpVersion.HTTP_2) {
      response.putHeader(HttpHeaderNames.CONNECTION, "close");
    }
    response.end(body.encode()).onComplete(done -> request.connection().close());
  }

  /**
   * What the decoder refused, in the client's terms, one sentence for each kind of fault
   * (docs/decisions/0257): before, every refusal carried the same list of hints, most of them
   * unrelated to the fault.
   */
  static String decoderDetail(Throwable cause, String reason) {
    String r = reason.toLowerCase(java.util.Locale.ROOT);
    if (cause instanceof io.netty.handler.codec.http.InvalidLineSeparatorException
        || r.contains("line feed")) {
      return "A line of the request head ends in a bare LF; the request line and every header"
          + " line must end in CRLF (RFC 9112 2.2).";
    }
    if (r.contains("http/0.9") || r.contains("text is empty")) {
      return "The request line names no HTTP version: HTTP/0.9 requests are not served; send"
          + " METHOD SP target SP HTTP/1.1 (RFC 9112 3).";
    }
    if (r.contains("content-length") && r.contains("transfer-encoding")) {
      return "Content-Length is not allowed beside Transfer-Encoding; send one of them (RFC 9112"
          + " 6.3).";
    }
    if (r.contains("content-length")) {
      return "Content-Length 必须是一个非负的十进制数，且只发送一次（RFC 9110 8.6）。";
    }
    if (r.contains("invalid version format")) {
      return "The request line must be METHOD SP target SP HTTP-version, separated by single"
          + " spaces, with no space in the target (RFC 9112 3).";
    }
    if (r.contains("http method")) {
      return "The method holds a character a method name may not hold (RFC 9110 9.1).";
    }
    if (r.contains("header")) {
      return "A header name or value holds a character it may not hold (a control character in a"
          + " value, a blank or separator in a name; RFC 9110 5.5).";
    }
    return "The request is not valid HTTP/1.1 and could not be read.";
  }

  /**
   * Whether Quarkus' root handler takes the request target: it answers an empty 400 to one that
   * {@link java.net.URI} refuses (raw UTF-8, {@code %zz}, {@code "<>\\^`{|}}).
   */
  static boolean validTarget(String uri) {
    if (uri == null) {
      return false;
    }
    String authority = RequestHosts.targetAuthority(uri);
    if (authority != null) {
      // absolute-form (RFC 9112 3.2.2): a target on this server is http or https
      String scheme = uri.substring(0, uri.indexOf(':')).toLowerCase(java.util.Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return false;
      }
    }
    try {
      new java.net.URI(uri);
      return true;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /**
   * The answer to a request refused before routing (Host headers {@link RequestHosts} refuses, a
   * target that is no URI): 400 problem+json — nothing is read or written — and the connection
   * closed (an HTTP/2 stream ends).
   */
  static void refuse(HttpServerRequest request, String detail) {
    JsonObject body =
        new JsonObject()
            .put("type", "/problems/bad-request")
            .put("title", org.bihuan.platform.error.ProblemTitles.of(400, "bad-request", null))
            .put("status", 400)
            .put("detail", detail);
    var response =
        request
            .response()
            .setStatusCode(400)
            .putHeader(HttpHeaderNames.CONTENT_TYPE, ProblemMapping.PROBLEM_JSON);
    if (request.version() == HttpVersion.HTTP_2) {
      // no Connection header in HTTP/2 (Netty resets a stream that sends one): the stream ends
      response.end(body.encode());
      return;
    }
    response
        .putHeader(HttpHeaderNames.CONNECTION, "close")
        .end(body.encode())
        .onComplete(done -> request.connection().close());
  }

  /**
   * The answer to a request target that is no URI: 400 problem+json, and the connection closed, as
   * every refusal before routing (docs/decisions/0250).
   */
  static void badTarget(HttpServerRequest request) {
    refuse(
        request,
        "The request target is not a valid URI (RFC 3986): percent-encode non-ASCII"
            + " characters as UTF-8 and the characters space, \" < > \\ ^ ` { | }; an"
            + " absolute target is http:// or https://.");
  }

  /** Netty's reason, without what could not be shown: at most 120 printable ASCII characters. */
  private static String printable(String reason) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < reason.length() && out.length() < 120; i++) {
      char c = reason.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.toString();
  }
}
