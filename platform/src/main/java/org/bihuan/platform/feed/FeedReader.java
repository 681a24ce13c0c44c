package org.bihuan.platform.feed;

import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.bihuan.platform.error.ApiProblem;

/**
 * Reads committed events after a position. A client may wait for new ones: the wait is an entry in
 * {@link FeedWaiters}, not a parked thread, so thousands of long polls cost no worker threads.
 */
@ApplicationScoped
public class FeedReader {

  @Inject AgroalDataSource dataSource;
  @Inject FeedWaiters waiters;

  private final ConcurrentHashMap<Cursor, CompletableFuture<FeedPage>> reading =
      new ConcurrentHashMap<>();

  private record Cursor(long after, int limit) {}

  /** The committed events after {@code after}, at most {@code limit}, without waiting. */
  public FeedPage read(long after, int limit) {
    return readOnce(after, limit);
  }

  /**
   * For a client: the events after {@code after}; when there are none, waits up to {@code
   * waitMillis} for a commit (of any instance) and answers then, or with an empty page at the end
   * of the wait. A position this feed never handed out is refused (409) before any wait. Needs no
   * thread while waiting, and none at all for a poll that is already at the head the watcher last
   * read (the usual case for a follower that is up to date): it only registers.
   */
  public Uni<FeedPage> follow(long after, int limit, long waitMillis) {
    long deadline = System.currentTimeMillis() + waitMillis;
    if (waitMillis > 0 && waiters.isRecentHead(after)) {
      return waitThenRead(after, limit, deadline);
    }
    return Uni.createFrom()
        .item(() -> firstRead(after, limit))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .onItem()
        .transformToUni(
            page ->
                !page.events().isEmpty() || waitMillis <= 0
                    ? Uni.createFrom().item(page)
                    : waitThenRead(after, limit, deadline));
  }

  private FeedPage firstRead(long after, int limit) {
    FeedPage page = readOnce(after, limit);
    if (page.events().isEmpty()) {
      refuseBeyondHead(after);
    }
    return page;
  }

  private Uni<FeedPage> waitThenRead(long after, int limit, long deadline) {
    return Uni.createFrom()
        .completionStage(() -> waiters.awaitChangeAfter(after, deadline))
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .onItem()
        .transformToUni(
            changed ->
                changed
                    ? Uni.createFrom()
                        .completionStage(() -> sharedRead(after, limit))
                        .onItem()
                        .transformToUni(
                            page ->
                                page.events().isEmpty() && System.currentTimeMillis() < deadline
                                    ? waitThenRead(after, limit, deadline)
                                    : Uni.createFrom().item(page))
                    : Uni.createFrom().item(new FeedPage(List.of(), after)));
  }

  /**
   * Polls woken by the same commit mostly ask for the same cursor: they share one query instead of
   * sending the database one each.
   */
  private CompletableFuture<FeedPage> sharedRead(long after, int limit) {
    Cursor key = new Cursor(after, limit);
    CompletableFuture<FeedPage> read =
        reading.computeIfAbsent(
            key,
            k ->
                CompletableFuture.supplyAsync(
                    () -> readOnce(after, limit), Infrastructure.getDefaultWorkerPool()));
    read.whenComplete((page, failure) -> reading.remove(key, read));
    return read;
  }

  /**
   * A position beyond the last committed one was never handed out by this feed (positions are given
   * by rounds after commit, under a lock, docs/decisions/0218, so a reader's {@code next} is never
   * ahead of the head). Such a cursor comes from another database, e.g. one kept across a restore;
   * waiting on it would be silent forever, so it is refused with what to do instead.
   */
  private void refuseBeyondHead(long after) {
    long head = lastPosition();
    if (after > head) {
      throw new ApiProblem(
              409,
              "feed-position-ahead",
              "Position beyond the feed's head",
              "after="
                  + after
                  + " is beyond this feed's last position "
                  + head
                  + "; it was not handed out by this feed (a cursor kept across a database"
                  + " restore or taken from another service). Start again from GET"
                  + " /api/v1/events/head (only changes from now on) or from after=0 (everything"
                  + " still in the feed) and skip event ids you have already processed.",
              null)
          .with("head", head);
    }
  }

  public long lastPosition() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select coalesce(max(position), 0) from change_event");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the change feed", e);
    }
  }

  private FeedPage readOnce(long after, int limit) {
    List<FeedEvent> events = new ArrayList<>(Math.min(limit, 1000));
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select position, id, type, occurred_at, resource_type, resource_id, data::text"
                    + " from change_event where position > ? order by position limit ?")) {
      ps.setLong(1, after);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          events.add(
              new FeedEvent(
                  rs.getLong(1),
                  rs.getObject(2, UUID.class),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant(),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the change feed", e);
    }
    long next = events.isEmpty() ? after : events.get(events.size() - 1).position();
    return new FeedPage(events, next);
  }
}
