package org.bihuan.platform.feed;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.problem.ApiProblem;

/** Reads committed events after a position, optionally waiting for new ones. */
@ApplicationScoped
public class FeedReader {

  /** Other instances' commits are seen by polling at this pace while a reader waits. */
  private static final long POLL_MILLIS = 100;

  @Inject AgroalDataSource dataSource;
  @Inject FeedSignal signal;

  public FeedPage read(long after, int limit, long waitMillis) {
    return read(after, limit, waitMillis, false);
  }

  /** As {@link #read}, but a position this feed never handed out is refused (409). */
  public FeedPage readForClient(long after, int limit, long waitMillis) {
    return read(after, limit, waitMillis, true);
  }

  private FeedPage read(long after, int limit, long waitMillis, boolean refuseAhead) {
    long deadline = System.currentTimeMillis() + waitMillis;
    boolean checkedAhead = !refuseAhead;
    while (true) {
      long generation = signal.generation();
      FeedPage page = readOnce(after, limit);
      if (page.events().isEmpty() && !checkedAhead) {
        refuseBeyondHead(after);
        checkedAhead = true;
      }
      long left = deadline - System.currentTimeMillis();
      if (!page.events().isEmpty() || left <= 0) {
        return page;
      }
      try {
        signal.awaitChangeAfter(generation, Math.min(left, POLL_MILLIS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return page;
      }
    }
  }

  /**
   * A position beyond the last committed one was never handed out by this feed (positions are drawn
   * at commit, under a lock, so a reader's {@code next} is never ahead of the head). Such a cursor
   * comes from another database, e.g. one kept across a restore; waiting on it would be silent
   * forever, so it is refused with what to do instead.
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
