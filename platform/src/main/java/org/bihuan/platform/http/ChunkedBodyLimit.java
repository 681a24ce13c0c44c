package org.bihuan.platform.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.bihuan.platform.error.ApiProblem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body sent in chunks (no Content-Length) over {@code quarkus.http.limits.max-body-size} is
 * answered 413 problem+json, like one whose Content-Length says so ({@link HttpLayerProblems}), and
 * nothing is changed (docs/decisions/0173).
 *
 * <p>Quarkus hands the limit of such a request to the REST layer's blocking input stream, which,
 * when the limit trips, writes an empty 413 itself and only then throws: no exception mapper can
 * give that answer a body. So this filter takes the limit back from the request before anything
 * opens the body stream and counts the bytes on the stream that every reader of the body gets —
 * JSON, text, a document import, a multipart form, the idempotency fingerprint — and the first byte
 * over the limit throws an {@link ApiProblem} 413 that {@code ProblemMapping} writes. The
 * connection is closed after the answer: the rest of the body is not read.
 *
 * <p>It runs before every other request filter (the idempotency filter reads the whole body). Only
 * on a worker thread, where resource methods that take a body run; a request without a body keeps
 * Quarkus' own limit, which nothing then trips.
 */
public class ChunkedBodyLimit {

  @Inject CurrentVertxRequest current;

  @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
  public void countChunkedBody(ContainerRequestContext request) {
    RoutingContext rc = current.getCurrent();
    if (rc == null
        || !BlockingOperationControl.isBlockingAllowed()
        || rc.request().getHeader(HttpHeaderNames.TRANSFER_ENCODING) == null) {
      return;
    }
    Long limit = rc.remove(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
    if (limit == null) {
      return;
    }
    request.setEntityStream(new Counted(request.getEntityStream(), limit, rc));
  }

  /** The body as read, refused at its first byte over the limit. */
  static final class Counted extends FilterInputStream {

    private final long limit;
    private final RoutingContext rc;
    private long read;
    private boolean over;

    Counted(InputStream in, long limit, RoutingContext rc) {
      super(in);
      this.limit = limit;
      this.rc = rc;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      if (skipped > 0) {
        count(skipped);
      }
      return skipped;
    }

    /**
     * A reader that stops early (a JSON syntax error, a refused part) closes the stream: what is
     * left is read and dropped, as the REST layer's stream does, but only up to the limit.
     */
    @Override
    public void close() throws IOException {
      if (over) {
        return; // nothing more is read; the connection is closed after the answer
      }
      byte[] drop = new byte[8192];
      try {
        while (read(drop, 0, drop.length) >= 0) {
          // dropped
        }
      } catch (ApiProblem tooLarge) {
        return;
      }
      super.close();
    }

    private void count(long n) {
      read += n;
      if (read > limit) {
        over = true;
        // The rest of the body stays unread: the connection cannot carry another request.
        rc.addEndHandler(ended -> rc.request().connection().close());
        throw ApiProblem.tooLarge("请求体超过 " + limit + " 字节，超过本服务接受的上限。")
            .header(HttpHeaderNames.CONNECTION.toString(), "close");
      }
    }
  }
}
