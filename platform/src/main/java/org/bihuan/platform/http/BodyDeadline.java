package org.bihuan.platform.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.bihuan.platform.error.BodyTooSlow;
import org.jboss.logging.Logger;

/**
 * A request body must have arrived whole within {@code bihuan.http.body-timeout} (60 s unless
 * configured) of its request's head, else 408 problem+json {@code body-too-slow} and the connection
 * is closed (docs/decisions/0268, 0271). A timer of the connection's event loop, started when a
 * head announcing a body (Content-Length above 0, or chunked) is read and stopped by the body's
 * end, so that it fires by itself: for every route of every service, whatever reads the body (JSON
 * read before the resource runs, a document import's stream, a multipart form) or nothing reads it,
 * and for a body that stops as for one trickled a byte every few seconds. Before, the deadline was
 * counted on the stream a resource reads, so only the document import (which reads a stream) was
 * cut, and only when its next byte came; a body that stopped waited for the idle timeout and got
 * 400 or no answer.
 *
 * <p>Put before Vert.x' handler of each HTTP/1.x connection ({@value #NAME}, by {@link
 * InvalidRequests}). When the deadline passes and no answer to the request has begun, the 408 is
 * written here and the connection closed after it; when an answer has begun (a refusal that did not
 * wait for the body), the connection is closed. Whatever the client sends after is dropped; a
 * resource still reading the body sees the connection closed (a document import's permit is free
 * again).
 */
final class BodyDeadline extends ChannelDuplexHandler {

  static final String NAME = "bihuan-body-deadline";
  private static final Logger LOG = Logger.getLogger(BodyDeadline.class);

  private final Duration timeout;

  /** Requests read on this connection, and answers written to their end. */
  private final OwedAnswers answers = new OwedAnswers();

  private ScheduledFuture<?> deadline;

  /** When the head of the request whose body is awaited was read ({@link System#nanoTime()}). */
  private long since;

  private boolean late;

  private BodyDeadline(Duration timeout) {
    this.timeout = timeout;
  }

  /** Puts a new deadline before Vert.x' handler of {@code pipeline}, once. */
  static void install(ChannelPipeline pipeline, Duration timeout) {
    if (pipeline.get(NAME) == null && pipeline.get("handler") != null) {
      pipeline.addBefore("handler", NAME, new BodyDeadline(timeout));
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    if (late) {
      ReferenceCountUtil.release(msg);
      return;
    }
    answers.read(msg);
    if (msg instanceof HttpRequest request) {
      if (!(msg instanceof LastHttpContent) && announcesBody(request)) {
        await(ctx, request.method() + " " + request.uri());
      }
    }
    if (msg instanceof LastHttpContent && deadline != null) {
      LOG.debugf("%s: body arrived", ctx.channel());
      stop();
    }
    ctx.fireChannelRead(msg);
  }

  /**
   * Counts the request under way on a connection given its deadline after that request's head was
   * read ({@link EarlyConnections}); its body, if {@code bodyAwaited}, is awaited from now.
   */
  static void underWay(ChannelPipeline pipeline, String request, boolean bodyAwaited) {
    if (pipeline.get(NAME) instanceof BodyDeadline added && added.answers.underWay()) {
      if (bodyAwaited) {
        added.await(pipeline.context(NAME), request);
      }
    }
  }

  /**
   * The body will not come whole: {@link BrokenChunks} answered its broken framing and closes the
   * connection. That close is not a give-up on a body still awaited.
   */
  static void bodyRefused(ChannelPipeline pipeline) {
    if (pipeline.get(NAME) instanceof BodyDeadline deadline) {
      deadline.stop();
    }
  }

  private void await(ChannelHandlerContext ctx, String request) {
    stop();
    since = System.nanoTime();
    LOG.debugf("%s: body of %s awaited", ctx.channel(), request);
    deadline = ctx.executor().schedule(() -> expired(ctx), timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Chunked, or a Content-Length above 0; a Content-Length that is no number is answered 400 by
   * {@link HttpLayerProblems} and has no body read.
   */
  private static boolean announcesBody(HttpRequest request) {
    if (HttpUtil.isTransferEncodingChunked(request)) {
      return true;
    }
    String length = request.headers().get(HttpHeaderNames.CONTENT_LENGTH);
    if (length == null) {
      return false;
    }
    try {
      return Long.parseLong(length.strip()) > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
      throws Exception {
    if (late) {
      // the connection was answered here (or cut) and is closing: a later answer to the same
      // request (a failed read of its body on a worker) would be a second one on the wire
      ReferenceCountUtil.release(msg);
      promise.tryFailure(new ClosedChannelException());
      return;
    }
    if (msg instanceof HttpResponse response
        && response.status().codeClass() == HttpStatusClass.INFORMATIONAL) {
      // an interim answer (100 Continue asks for the body): the request is still to be answered
      ctx.write(msg, promise);
      return;
    }
    answers.written(msg);
    ctx.write(msg, promise);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    stop();
    super.channelInactive(ctx);
  }

  private void stop() {
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
  }

  /**
   * A close asked for above (Vert.x, the REST layer) while a body is still awaited: the body is as
   * late as at the deadline, and answered so, once, before the connection closes. The REST layer
   * reads a body on a worker from a stream that gives up after {@code quarkus.http.read-timeout}
   * and closes the connection itself; without this, when that came first the client got no answer
   * at all.
   */
  @Override
  public void close(ChannelHandlerContext ctx, ChannelPromise promise) throws Exception {
    if (deadline != null && !late && ctx.channel().isActive()) {
      LOG.debugf("%s: closed while its body was awaited", ctx.channel());
      stop();
      if (giveUp()) {
        ctx.writeAndFlush(answer()).addListener(written -> ctx.close(promise));
        return;
      }
    }
    ctx.close(promise);
  }

  private void expired(ChannelHandlerContext ctx) {
    deadline = null;
    LOG.debugf("%s: body deadline passed", ctx.channel());
    if (late || !ctx.channel().isActive()) {
      return;
    }
    if (giveUp()) {
      ctx.writeAndFlush(answer()).addListener(ChannelFutureListener.CLOSE);
    } else {
      // an answer given or begun without waiting for the body: what is written is sent, then closed
      ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }
  }

  /**
   * Marks the connection as given up (nothing else is written on it) and says whether the request
   * is still to be answered, so that the 408 is due.
   */
  private boolean giveUp() {
    late = true;
    return answers.owed();
  }

  private DefaultFullHttpResponse answer() {
    return ClosingProblems.of(BodyTooSlow.problem(Duration.ofNanos(System.nanoTime() - since)));
  }
}
