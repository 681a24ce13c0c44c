package org.bihuan.platform.feed.follow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * A followed feed's stored position ({@code feed_position}, platform migration) and the page
 * applied together with it in one transaction (docs/decisions/0196).
 */
final class FeedPositions {

  private final String feed;
  private final DataSource dataSource;

  FeedPositions(String feed, DataSource dataSource) {
    this.feed = feed;
    this.dataSource = dataSource;
  }

  /** The position stored for this feed: events after it are still to be applied. */
  long stored() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select position from feed_position where feed = ?")) {
      ps.setString(1, feed);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /**
   * Within the page's transaction on {@code c}: locks the stored position, hands the events after
   * it to the applier and stores the page's last position. Answers how many events were applied, or
   * -1 (nothing done) when the stored position is no longer {@code after}.
   */
  <E extends FollowedEvent> int apply(
      Connection c, long after, List<E> events, PageApplier<E> applier, Logger log)
      throws SQLException {
    E last = events.get(events.size() - 1);
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into feed_position (feed, position, updated_at) values (?, 0, now())"
                + " on conflict (feed) do nothing")) {
      ps.setString(1, feed);
      ps.executeUpdate();
    }
    long stored;
    try (PreparedStatement ps =
        c.prepareStatement("select position from feed_position where feed = ? for update")) {
      ps.setString(1, feed);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        stored = rs.getLong(1);
      }
    }
    if (stored != after) {
      log.infof("Feed %s moved from %d to %d meanwhile; page dropped", feed, after, stored);
      return -1;
    }
    List<E> fresh = events.stream().filter(e -> e.position() > stored).toList();
    if (!fresh.isEmpty()) {
      applier.apply(c, fresh);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "update feed_position set position = ?, updated_at = now(),"
                + " last_occurred_at = coalesce(?, last_occurred_at), version = version + 1"
                + " where feed = ?")) {
      ps.setLong(1, Math.max(stored, last.position()));
      ps.setTimestamp(2, last.occurredAt() == null ? null : Timestamp.from(last.occurredAt()));
      ps.setString(3, feed);
      ps.executeUpdate();
    }
    return fresh.size();
  }
}
