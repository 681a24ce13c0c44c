package org.bihuan.platform.http;

import io.netty.channel.ChannelException;
import io.netty.channel.ChannelOption;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import java.io.IOException;
import java.util.concurrent.Executor;
import org.bihuan.platform.limits.CallerPermits;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * One download of {@link StreamedFileWriter}: read a piece on a worker, write it on the event loop,
 * wait for room (docs/decisions/0259); a client that takes nothing for the stall timeout has its
 * connection closed at once (0271).
 */
final class StreamedTransfer {

  private static final Logger LOG = Logger.getLogger(StreamedFileWriter.class);

  private final StreamedFile file;
  private final long length;
  private final ResteasyReactiveRequestContext request;
  private final Executor loop;
  private final CallerPermits.Permit place;
  private final long stallMillis;
  private long written;
  private boolean finished;
  private boolean awaitingDrain;
  private long stallTimer = -1;

  StreamedTransfer(
      StreamedFile file,
      ResteasyReactiveRequestContext request,
      Executor loop,
      CallerPermits.Permit place,
      long stallMillis) {
    this.stallMillis = stallMillis;
    this.file = file;
    this.place = place;
    this.length = file.length();
    this.request = request;
    this.loop = loop;
    // Vert.x refuses a write of a response that has neither a length nor chunks, and the
    // response's own headers are set only as its head is written
    request.serverResponse().setResponseHeader("Content-Length", Long.toString(length));
    request.serverResponse().addCloseHandler(() -> loop.execute(this::clientGone));
    request.serverResponse().addDrainHandler(() -> loop.execute(this::drained));
    HttpServerRequest http = request.serverRequest().unwrap(HttpServerRequest.class);
    if (http != null && http.connection() instanceof ConnectionBase connection) {
      connection
          .channel()
          .config()
          .setOption(ChannelOption.SO_SNDBUF, StreamedFileWriter.SEND_BUFFER);
    }
  }

  /** On the event loop: the next piece, or the end. */
  void next() {
    if (finished) {
      return;
    }
    if (written >= length) {
      request.serverResponse().end();
      finish(null);
      return;
    }
    long at = written;
    int count = (int) Math.min(StreamedFileWriter.PIECE, length - at);
    Context context = Vertx.currentContext();
    context
        .<byte[]>executeBlocking(() -> file.read(at, count), false)
        .onComplete(
            read -> {
              if (finished) {
                return;
              }
              try {
                if (read.failed()) {
                  fail(read.cause());
                } else if (read.result().length == 0) {
                  fail(new IOException("The file ended at byte " + at + " of " + length));
                } else {
                  write(read.result(), context);
                }
              } catch (RuntimeException e) {
                fail(e);
              }
            });
  }

  private void write(byte[] piece, Context context) {
    written += piece.length;
    request
        .serverResponse()
        .write(
            piece,
            failure -> {
              if (failure != null) {
                loop.execute(() -> fail(failure));
              }
            });
    if (request.serverResponse().isWriteQueueFull()) {
      awaitingDrain = true;
      stallTimer =
          context
              .owner()
              .setTimer(
                  stallMillis,
                  id -> {
                    stallTimer = -1;
                    fail(
                        new IOException(
                            "The client took nothing for " + stallMillis / 1000 + " s"));
                  });
    } else {
      next();
    }
  }

  /**
   * The connection's queue has room again. Vert.x keeps a drain handler and calls it at every
   * drain, also when this download did not wait for one: only an awaited drain reads on.
   */
  private void drained() {
    if (!awaitingDrain) {
      return;
    }
    awaitingDrain = false;
    if (stallTimer >= 0) {
      Vertx.currentContext().owner().cancelTimer(stallTimer);
      stallTimer = -1;
    }
    try {
      next();
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  private void clientGone() {
    if (!finished) {
      finish(null);
    }
  }

  /**
   * Nothing more can be sent: before the first byte the failure is answered as any other
   * (problem+json); after it the connection is closed, so that the client sees a download shorter
   * than its Content-Length rather than a whole one.
   */
  void fail(Throwable failure) {
    if (finished) {
      return;
    }
    if (!request.serverResponse().headWritten()) {
      finish(failure);
      return;
    }
    LOG.warnf("Download stopped after %d of %d bytes: %s", written, length, failure.getMessage());
    finish(null);
    abort();
  }

  /**
   * Ends the connection at once. Vert.x's own reset of an HTTP/1.x response closes the connection
   * only after what is queued has been written — never, for a client that takes nothing — so the
   * connection and its queued pieces stayed until that client read again. The socket is closed with
   * a zero linger instead (the client sees a reset, not an end that could look whole). An HTTP/2
   * download (TLS only: the plain ports do not speak h2c, {@link PlainHttp1}) closes its whole
   * connection too: a reset of its stream alone left the connection and the bytes it had queued in
   * the socket (docs/decisions/0271).
   */
  private void abort() {
    HttpServerRequest http = request.serverRequest().unwrap(HttpServerRequest.class);
    if (http != null && http.connection() instanceof ConnectionBase connection) {
      if (!connection.channel().isOpen()) {
        return; // the client ended it first: nothing left to cut (setting a linger would throw)
      }
      try {
        connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
      } catch (ChannelException closedMeanwhile) {
        return;
      }
      // from Vert.x's own handler towards the socket: a close that starts at the pipeline's end
      // passes through that handler, which again waits for the queue to be written
      connection.channelHandlerContext().close();
    } else {
      request.serverResponse().reset();
    }
  }

  private void finish(Throwable failure) {
    finished = true;
    place.close();
    if (failure == null) {
      request.resume();
    } else {
      request.resume(failure);
    }
  }
}
