package org.bihuan.platform.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;

/**
 * What an HTTP/1.x request line says before Vert.x reads it (docs/decisions/0250). Put in each
 * HTTP/1.x connection's pipeline just before Vert.x' own handler ({@value #NAME}, by {@link
 * InvalidRequests}):
 *
 * <ul>
 *   <li>A version whose major number is not 1 ({@code HTTP/2.0}, {@code HTTP/3.0}, {@code
 *       HTTP/0.9}) is answered 505 problem+json and the connection closed (RFC 9110 15.6.6): HTTP/2
 *       never comes in an HTTP/1 request line, and its cleartext preface ({@code PRI * HTTP/2.0})
 *       is not served on these ports ({@link PlainHttp1}). Vert.x knew no version for such a
 *       request and served it all the same.
 *   <li>A higher minor version ({@code HTTP/1.2}) is read as HTTP/1.1, the highest this server
 *       conforms to (RFC 9112 2.3).
 *   <li>An absolute-form target ({@code POST http://other/api/v1/… HTTP/1.1}): its authority
 *       replaces the Host header (RFC 9112 3.2.2), so that the request is checked ({@link
 *       RequestHosts}) and answered (a 201's Location, {@link Locations}) with the one authority
 *       the client sent it to. Vert.x routed such a request by its path and built the Location from
 *       Host.
 *   <li>A Host with an empty port ({@code Host: x:}, which RFC 3986 3.2.3 allows) is read without
 *       it: Vert.x read the empty port as port 0, and the Location said {@code http://x:0/…}.
 * </ul>
 */
final class RequestLines extends ChannelInboundHandlerAdapter {

  static final String NAME = "bihuan-request-lines";

  /** Whether the connection was refused: what still comes is dropped. */
  private boolean refused;

  /** Puts a new handler before Vert.x' handler of {@code pipeline}, once. */
  static void install(ChannelPipeline pipeline) {
    if (pipeline.get(NAME) == null && pipeline.get("handler") != null) {
      pipeline.addBefore("handler", NAME, new RequestLines());
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    if (refused) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof HttpRequest request && request.decoderResult().isSuccess()) {
      HttpVersion version = request.protocolVersion();
      if (version.majorVersion() != 1) {
        refused = true;
        ReferenceCountUtil.release(msg);
        ctx.writeAndFlush(notSupported(version)).addListener(ChannelFutureListener.CLOSE);
        return;
      }
      if (version.minorVersion() > 1) {
        request.setProtocolVersion(HttpVersion.HTTP_1_1);
      }
      String authority = RequestHosts.targetAuthority(request.uri());
      if (authority != null) {
        request.headers().set(HttpHeaderNames.HOST, authority);
      }
      java.util.List<String> hosts = request.headers().getAll(HttpHeaderNames.HOST);
      if (hosts.size() == 1) {
        String host = RequestHosts.withoutEmptyPort(hosts.get(0));
        if (!host.equals(hosts.get(0))) {
          request.headers().set(HttpHeaderNames.HOST, host);
        }
      }
    }
    ctx.fireChannelRead(msg);
  }

  private static DefaultFullHttpResponse notSupported(HttpVersion version) {
    String shown = version.text().replaceAll("[^ -~]", "?");
    return ClosingProblems.of(
        HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED,
        "/problems/http-version-not-supported",
        "HTTP version not supported",
        "The request line says "
            + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
            + "; this service reads HTTP/1.0 and HTTP/1.1 requests and does not speak"
            + " HTTP/2 in cleartext (h2c, its connection preface included). Nothing was"
            + " done.");
  }
}
