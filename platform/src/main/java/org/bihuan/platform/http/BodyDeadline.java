package org.bihuan.platform.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.bihuan.platform.error.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body must have arrived within {@code bihuan.http.body-timeout} (60 s unless configured)
 * of its request reaching the REST layer, else 408 problem+json and the connection is closed after
 * the answer (docs/decisions/0268). Quarkus' idle timeout ends only a body that stops; one trickled
 * a byte every few seconds kept it alive, and with it whatever its reader held — an import permit
 * (0047) for as long as the client kept trickling.
 *
 * <p>Counted on the stream every reader of the body gets, as {@link ChunkedBodyLimit} counts its
 * size; only on a worker thread, where resource methods that take a body run.
 */
public class BodyDeadline {

  @Inject CurrentVertxRequest current;

  @ConfigProperty(name = "bihuan.http.body-timeout", defaultValue = "60s")
  Duration timeout;

  /**
   * After {@link ChunkedBodyLimit} (which must take Quarkus' size limit back before anything opens
   * the body stream, or that stream answers an empty 413 itself), before every other filter.
   */
  @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
  public void limitBodyTime(ContainerRequestContext request) {
    RoutingContext rc = current.getCurrent();
    if (rc == null || !BlockingOperationControl.isBlockingAllowed() || !hasBody(request)) {
      return;
    }
    request.setEntityStream(
        new Timed(request.getEntityStream(), System.nanoTime() + timeout.toNanos(), timeout, rc));
  }

  private static boolean hasBody(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaderNames.CONTENT_LENGTH.toString());
    return request.getHeaderString(HttpHeaderNames.TRANSFER_ENCODING.toString()) != null
        || (length != null && !length.strip().equals("0"));
  }

  /** The body as read, refused at the first read that returns after the deadline. */
  static final class Timed extends FilterInputStream {

    private final long deadline;
    private final Duration timeout;
    private final RoutingContext rc;
    private boolean late;

    Timed(InputStream in, long deadline, Duration timeout, RoutingContext rc) {
      super(in);
      this.deadline = deadline;
      this.timeout = timeout;
      this.rc = rc;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        inTime();
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        inTime();
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      if (late) {
        return; // the rest is not read; the connection is closed after the answer
      }
      super.close();
    }

    private void inTime() {
      if (late || System.nanoTime() - deadline <= 0) {
        return;
      }
      late = true;
      rc.addEndHandler(ended -> rc.request().connection().close());
      throw new ApiProblem(
          408,
          "body-too-slow",
          "Request timeout",
          "请求正文未在 "
              + timeout.toSeconds()
              + " 秒内传完，已放弃，未作任何更改。 The request body did not arrive within "
              + timeout.toSeconds()
              + " seconds; nothing was changed. Send it again over a faster connection.",
          null);
    }
  }
}
