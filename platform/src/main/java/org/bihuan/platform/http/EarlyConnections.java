package org.bihuan.platform.http;

import io.netty.channel.ChannelPipeline;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.Http1xServerConnection;
import io.vertx.core.http.impl.HttpServerConnection;
import java.time.Duration;
import org.bihuan.platform.error.ClientFaults;
import org.jboss.logging.Logger;

/**
 * The handlers every connection gets ({@link InvalidRequests}): the invalid-request answer, the
 * failure log, and on HTTP/1.x {@link BrokenChunks}, {@link RequestLines} and {@link BodyDeadline}
 * — also for a connection accepted before its server was wrapped (docs/decisions/0275). The servers
 * are wrapped once they listen; a connection opened in between (the first ones after start, a
 * balancer's kept-alive pool) had none of them for its whole life: a JSON body that never came got
 * no answer at all. Such a connection gets them with the first request it carries, the body
 * deadline counting from that request's head as it reaches the routes.
 */
final class EarlyConnections {

  private static final Logger LOG = Logger.getLogger(EarlyConnections.class);

  private EarlyConnections() {}

  /** Gives a new {@code connection} every handler. */
  static void guard(
      HttpServerConnection connection,
      Duration bodyTimeout,
      Handler<HttpServerRequest> invalidRequests) {
    connection.invalidRequestHandler(invalidRequests);
    // Vert.x logs a connection's failure at ERROR when no one listens: a client that resets its
    // connection is DEBUG, a failure of ours stays ERROR (0244).
    connection.exceptionHandler(
        e -> ClientFaults.log(LOG, e, "HTTP connection " + connection.remoteAddress()));
    if (connection instanceof Http1xServerConnection http1) {
      ChannelPipeline pipeline = http1.channelHandlerContext().pipeline();
      BrokenChunks.install(pipeline);
      RequestLines.install(pipeline);
      BodyDeadline.install(pipeline, bodyTimeout);
    }
  }

  /**
   * Gives {@code request}'s connection every handler if it has none yet (called for each request
   * reaching the routes, on its connection's event loop); its body, if still to come, is awaited
   * from now.
   */
  static void catchUp(
      HttpServerRequest request, Duration bodyTimeout, Handler<HttpServerRequest> invalidRequests) {
    if (!(request.connection() instanceof Http1xServerConnection http1)) {
      return;
    }
    ChannelPipeline pipeline = http1.channelHandlerContext().pipeline();
    if (pipeline.get(BodyDeadline.NAME) != null) {
      return;
    }
    LOG.debugf("%s: accepted before its server was wrapped", http1.channel());
    guard(http1, bodyTimeout, invalidRequests);
    BodyDeadline.underWay(pipeline, request.method() + " " + request.uri(), !request.isEnded());
  }
}
