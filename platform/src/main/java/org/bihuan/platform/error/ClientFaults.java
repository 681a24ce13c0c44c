package org.bihuan.platform.error;

import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.TooLongFrameException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Which failures the client caused rather than the service, and how they are logged
 * (docs/decisions/0244): a connection the client closed or reset in the middle of its request or of
 * the answer, a body whose framing could not be decoded. They are logged at DEBUG, without the
 * stack trace at any level above; a failure of the service itself stays at ERROR. Operators
 * alerting on ERROR were paged by clients that hung up; a hostile client could fill the log.
 * Refusals of bad input (malformed JSON, bad headers) are answered 4xx by {@link ProblemMapping}
 * and the HTTP layer without a log line at all.
 */
public final class ClientFaults {

  private static final Logger LOG = Logger.getLogger(ClientFaults.class);

  private ClientFaults() {}

  /** Whether {@code e}, or one of its causes, is the client's doing. */
  public static boolean isClientFault(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof ClosedChannelException
          || t instanceof HttpClosedException
          || t instanceof PrematureChannelClosureException
          || t instanceof TooLongFrameException
          || t instanceof DecoderException
          || thrownByTheHttpDecoder(t)
          || bodyReadTimedOut(t)) {
        return true;
      }
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (t instanceof VertxException && message.contains("connection was closed")) {
        return true;
      }
      if (t instanceof IOException
          && (message.contains("connection reset")
              || message.contains("broken pipe")
              || message.contains("connection was closed")
              || message.contains("returned 0 characters"))) {
        // The last: the JSON reader's on a body stream that gave no bytes and no end, as one whose
        // framing the HTTP layer did not read right would (0244, amended).
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code e}, or one of its causes, is the REST layer's read of a request body that did
   * not come within {@code quarkus.http.read-timeout} (the entity stream of a route read on a
   * worker): the client's slowness, as the body deadline's 408 (docs/decisions/0271). Not a socket
   * timeout of a call this service made to another ({@link java.net.SocketTimeoutException}).
   */
  public static boolean isBodyReadTimeout(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      if (bodyReadTimedOut(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean bodyReadTimedOut(Throwable t) {
    return t.getClass() == IOException.class
        && "Read timed out".equals(t.getMessage())
        && java.util.Arrays.stream(t.getStackTrace())
            .limit(5)
            .anyMatch(f -> f.getClassName().startsWith(REQUEST_BODY_STREAM));
  }

  private static final String REQUEST_BODY_STREAM =
      "org.jboss.resteasy.reactive.server.vertx.VertxInputStream";

  /**
   * Whether {@code t} was thrown by Netty's HTTP codec reading what the client sent (a
   * Content-Length that is no number, a prohibited character in a header, a bad version).
   */
  private static boolean thrownByTheHttpDecoder(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    return t instanceof IllegalArgumentException
        && trace.length > 0
        && java.util.Arrays.stream(trace)
            .limit(20)
            .anyMatch(f -> f.getClassName().startsWith("io.netty.handler.codec.http."));
  }

  /**
   * Logs {@code e} at DEBUG when the client caused it (and returns true), else at ERROR with its
   * stack trace (and returns false). {@code what} says where it happened.
   */
  public static boolean log(Logger log, Throwable e, String what) {
    if (isClientFault(e)) {
      LOG.debugf(e, "%s: the client's doing (%s)", what, e);
      return true;
    }
    log.errorf(e, "%s", what);
    return false;
  }
}
