package org.bihuan.platform.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.security.Principal;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.limits.CallerPermits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Sends a {@link StreamedFile} with back-pressure (docs/decisions/0259). Written through an
 * OutputStream from a worker thread, a download queued its pieces on the event loop faster than the
 * socket took them (a worker's writes are counted against the connection only once the event loop
 * runs them): 24 downloads of a 9 MB file at once filled the 32 MB of direct memory, one answered
 * 500 with OutOfMemoryError and others hung. Here every piece is read on a worker and written on
 * the connection's event loop, where "the write queue is full" is exact; the next piece is read
 * only when the queue has room (drain). A download so holds one piece (64 KiB) plus what the socket
 * has not taken, and no thread while its client reads ({@link StreamedTransfer}: one download).
 *
 * <p>At most {@code bihuan.downloads.max-concurrent} (default 16) are sent at once, at most {@code
 * bihuan.downloads.max-concurrent-per-caller} (default 4) of them to one caller ({@link
 * CallerPermits}); one more is refused before anything is sent, with 429 too-many-downloads when
 * the caller holds his share, else 503 downloads-busy, both with Retry-After. A client that takes
 * nothing for {@code bihuan.downloads.stall-timeout-seconds} (default 60) has its connection closed
 * at once, so that a reader who stopped cannot hold a download's place, its socket or its queued
 * pieces for ever.
 */
@Provider
@Produces(MediaType.WILDCARD)
public class StreamedFileWriter implements ServerMessageBodyWriter<StreamedFile> {

  /** Bytes read and written at a time. */
  static final int PIECE = 64 * 1024;

  /**
   * The socket send buffer a download asks for (Linux doubles it). The system's own grows to
   * megabytes and takes more bytes only once a third of it is free: a client reading 20 KB/s made
   * progress only once a minute, so a drain (which restarts the stall timer) came too late and a
   * slow but steady reader was cut off as stalled (docs/decisions/0271).
   */
  static final int SEND_BUFFER = 256 * 1024;

  private final long stallMillis;
  private final CallerPermits sending;

  public StreamedFileWriter(
      @ConfigProperty(name = "bihuan.downloads.max-concurrent", defaultValue = "16") int limit,
      @ConfigProperty(name = "bihuan.downloads.max-concurrent-per-caller", defaultValue = "4")
          int perCaller,
      @ConfigProperty(name = "bihuan.downloads.stall-timeout-seconds", defaultValue = "60")
          int stallSeconds) {
    this.stallMillis = Math.max(1, stallSeconds) * 1000L;
    this.sending = new CallerPermits(limit, perCaller);
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
    return StreamedFile.class.isAssignableFrom(type);
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return StreamedFile.class.isAssignableFrom(type);
  }

  @Override
  public void writeResponse(StreamedFile file, Type genericType, ServerRequestContext context) {
    ResteasyReactiveRequestContext request = (ResteasyReactiveRequestContext) context;
    CallerPermits.Permit place = place(request.getSecurityContext());
    StreamedTransfer transfer;
    try {
      transfer =
          new StreamedTransfer(file, request, request.getContextExecutor(), place, stallMillis);
    } catch (RuntimeException e) {
      place.close();
      throw e;
    }
    request.suspend();
    request
        .getContextExecutor()
        .execute(
            () -> {
              try {
                transfer.next();
              } catch (RuntimeException e) {
                transfer.fail(e);
              }
            });
  }

  /**
   * The same bytes written through a stream (a writer interceptor's path): read and written a piece
   * at a time, each write waiting while the connection's queue is full.
   */
  @Override
  public void writeTo(
      StreamedFile file,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream out)
      throws IOException {
    ResteasyReactiveRequestContext current = CurrentRequestManager.get();
    try (CallerPermits.Permit place =
        place(current == null ? null : current.getSecurityContext())) {
      long length = file.length();
      for (long at = 0; at < length; ) {
        byte[] piece = file.read(at, (int) Math.min(PIECE, length - at));
        if (piece.length == 0) {
          throw new IOException("The file ended at byte " + at + " of " + length);
        }
        out.write(piece);
        out.flush();
        at += piece.length;
      }
    }
  }

  /**
   * A place for this download: the caller is the token's subject (a download without one — none is
   * served without a token — counts as one unnamed caller).
   */
  private CallerPermits.Permit place(SecurityContext security) {
    Principal who = security == null ? null : security.getUserPrincipal();
    return sending.acquire(who == null ? "" : who.getName(), this::tooMany, this::busy);
  }

  private ApiProblem tooMany() {
    return new ApiProblem(
            429,
            "too-many-downloads",
            "Too many requests",
            "You are downloading "
                + sending.perCaller()
                + " files from this service already, the most one caller may at once (the"
                + " others' downloads have the rest); ask again when one has ended.",
            null)
        .header("Retry-After", "5");
  }

  private ApiProblem busy() {
    return new ApiProblem(
            503,
            "downloads-busy",
            "Service unavailable",
            sending.limit()
                + " files are being downloaded from this service right now, the most it sends at"
                + " once; ask again in a few seconds.",
            null)
        .header("Retry-After", "5");
  }
}
