package org.bihuan.platform.http;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.bihuan.platform.page.Page;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The reads {@link AnswerCache} answers, for resource methods that return a {@link Uni} and so run
 * on the I/O thread: an answer in memory and valid (a 200 or a 304) is given there, without the hop
 * to a worker thread that a blocking method costs on every request; a miss reads the database on a
 * worker thread, in the request's context (docs/decisions/0279). Every check of {@link AnswerCache}
 * holds on both paths: the If-None-Match or If-Match of a newer version, no-cache and the
 * follower's lag send the request to the database, and an answer in memory waits for {@link
 * AnswerCache#whenCurrent} without blocking the thread (docs/decisions/0313).
 */
@ApplicationScoped
public class CachedReads {

  @Inject AnswerCache answers;

  /**
   * A GET of one resource: from memory when this instance holds its current answer ({@link
   * AnswerCache#fromMemory}), on the calling thread; else {@link AnswerCache#read} on a worker. The
   * answer is typed {@code byte[]} (the kept JSON): a resource method that returns it as {@code
   * Uni<RestResponse<byte[]>>} has its writer chosen once, when its route is built.
   */
  public Uni<RestResponse<byte[]>> get(
      String resourceType, Object id, Supplier<AnswerCache.Fresh> read) {
    Conditions asked = Conditions.ofCurrentRequest();
    return fromMemoryOr(
        () -> answers.fromMemory(resourceType, id, asked),
        () -> answers.read(resourceType, id, asked, read));
  }

  /** As {@link AnswerCache#page}, a hit on the calling thread and a miss on a worker thread. */
  public <P extends Page<?>> Uni<RestResponse<P>> page(
      String resourceType, LocalDate asOf, Object query, Supplier<P> read) {
    Conditions asked = Conditions.ofCurrentRequest();
    return fromMemoryOr(
        () -> answers.pageFromMemory(resourceType, asOf, query, asked),
        () -> answers.readPage(resourceType, asOf, query, asked, read));
  }

  /**
   * What {@code hit} finds in memory, or else {@code read} on a worker thread. While {@link
   * AnswerCache#waitsForCommits}, a hit is looked up again after {@link AnswerCache#whenCurrent}
   * (docs/decisions/0313), on the request's event loop, and the database is read when it says
   * false; a request with nothing in memory goes to the database at once.
   */
  private <T> Uni<T> fromMemoryOr(Supplier<T> hit, Supplier<T> read) {
    T found = hit.get();
    if (found == null) {
      return blocking(read);
    }
    if (!answers.waitsForCommits()) {
      return Uni.createFrom().item(found);
    }
    Context context = Vertx.currentContext();
    return Uni.createFrom()
        .<Boolean>emitter(
            e ->
                answers.whenCurrent(
                    current -> {
                      if (context == null) {
                        e.complete(current);
                      } else {
                        context.runOnContext(v -> e.complete(current));
                      }
                    }))
        .onItem()
        .transformToUni(
            current -> {
              T now = current ? hit.get() : null;
              return now != null ? Uni.createFrom().item(now) : blocking(read);
            });
  }

  /**
   * {@code work} on a worker thread with the request's context (its CDI request scope, and so the
   * caller and the database session of a read), for what may block: statements, questions to
   * another service.
   */
  public <T> Uni<T> blocking(Supplier<T> work) {
    return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }
}
