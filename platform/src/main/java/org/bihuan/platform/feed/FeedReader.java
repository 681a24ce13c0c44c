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

/** Reads committed events after a position, optionally waiting for new ones. */
@ApplicationScoped
public class FeedReader {

  /** Other instances' commits are seen by polling at this pace while a reader waits. */
  private static final long POLL_MILLIS = 100;

  @Inject AgroalDataSource dataSource;
  @Inject FeedSignal signal;

  public FeedPage read(long after, int limit, long waitMillis) {
    long deadline = System.currentTimeMillis() + waitMillis;
    while (true) {
      long generation = signal.generation();
      FeedPage page = readOnce(after, limit);
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
