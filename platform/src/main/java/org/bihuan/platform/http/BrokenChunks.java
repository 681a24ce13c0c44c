package org.bihuan.platform.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.nio.channels.ClosedChannelException;

/**
 * The answer to a body whose chunk framing Netty's decoder cannot read — a chunk size that is not
 * hexadecimal ({@code Transfer-Encoding: chunked} then {@code zz\r\n}), a chunk line over the
 * limit: 400 problem+json, and the connection closed (docs/decisions/0244, amending 0173, where the
 * connection was only closed). Vert.x fails the connection on such a part of a body, and the
 * request being read then failed as a server error. This handler sits in each HTTP/1.x connection's
 * pipeline just before Vert.x' own ({@value #NAME}, put there by {@link InvalidRequests}); it takes
 * the broken part before Vert.x sees it, answers when no answer to the request has begun, and
 * closes.
 *
 * <p>It also hands Vert.x the end of a chunked body that carried a trailer section ({@code
 * 0\r\nX-T: 1\r\n\r\n}) as the shared empty end: Vert.x passes any other end on to the request as
 * an empty piece of body, which the REST layer's input stream returned as a read of 0 bytes, and
 * the JSON reader failed the request as a 500. The trailer fields are ignored (docs/decisions/0244,
 * amended).
 */
final class BrokenChunks extends ChannelDuplexHandler {

  static final String NAME = "bihuan-broken-chunks";

  /** Requests read on this connection, and answers written to the end. */
  private final OwedAnswers answers = new OwedAnswers();

  private boolean broken;

  /** Whether this handler answered the request itself (400) and the connection is closing. */
  private boolean answeredHere;

  /** Puts a new handler before Vert.x' handler of {@code pipeline}, once. */
  static void install(ChannelPipeline pipeline) {
    if (pipeline.get(NAME) == null && pipeline.get("handler") != null) {
      pipeline.addBefore("handler", NAME, new BrokenChunks());
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    if (broken) {
      ReferenceCountUtil.release(msg);
      return;
    }
    answers.read(msg);
    if (msg instanceof HttpContent content
        && !(msg instanceof HttpRequest)
        && content.decoderResult().isFailure()) {
      broken = true;
      BodyDeadline.bodyRefused(ctx.pipeline());
      Throwable cause = content.decoderResult().cause();
      ReferenceCountUtil.release(msg);
      if (answers.owed()) {
        answeredHere = true;
        ctx.writeAndFlush(answer(cause)).addListener(ChannelFutureListener.CLOSE);
      } else {
        // The answer already given may still wait to be flushed (Vert.x flushes when the read
        // ends): flush it, then close.
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
      }
      return;
    }
    if (msg instanceof LastHttpContent last
        && !(msg instanceof HttpRequest)
        && msg != LastHttpContent.EMPTY_LAST_CONTENT
        && !last.content().isReadable()) {
      ReferenceCountUtil.release(msg);
      ctx.fireChannelRead(LastHttpContent.EMPTY_LAST_CONTENT);
      return;
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
      throws Exception {
    if (answeredHere) {
      // the request was answered 400 here and the connection is closing: the route's own answer
      // (a resource that answered without waiting for the body, e.g. 404 for an unknown source)
      // would be a second one on the wire
      ReferenceCountUtil.release(msg);
      promise.tryFailure(new ClosedChannelException());
      return;
    }
    answers.written(msg);
    ctx.write(msg, promise);
  }

  private static DefaultFullHttpResponse answer(Throwable cause) {
    String reason = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < reason.length() && shown.length() < 120; i++) {
      char c = reason.charAt(i);
      shown.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return ClosingProblems.of(
        HttpResponseStatus.BAD_REQUEST,
        "/problems/bad-request",
        "Bad request",
        "The chunked body could not be read"
            + (shown.isEmpty() ? "" : " (" + shown + ")")
            + ": each chunk starts with its size in hexadecimal and CRLF, and a chunk of"
            + " size 0 ends the body. Nothing was done.");
  }
}
