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

  /** {@link #apply}'s answer when the stored position moved since the page was asked for. */
  static final int MOVED = -1;

  /**
   * {@link #apply}'s answer when another transaction holds the stored position: a replica that led
   * the feed until moments ago is still in its page. The page is not waited for (that replica may
   * be stuck: docs/decisions/0355) but left, and asked for again later.
   */
  static final int HELD = -2;

  /**
   * Within the page's transaction on {@code c}: locks the stored position, hands the events after
   * it to the applier and stores the page's last position. Answers how many events were applied, or
   * {@link #MOVED} or {@link #HELD} (nothing done).
   */
  <E extends FollowedEvent> int apply(
      Connection c, long after, List<E> events, PageApplier<E> applier, Logger log)
      throws SQLException {
    E last = events.get(events.size() - 1);
    Long locked = locked(c);
    if (locked == null) {
      if (exists(c)) {
        log.debugf("Feed %s: its position is held by another transaction; page left", feed);
        return HELD;
      }
      // the feed's first page: its row is written first (a first page of two replicas at once is
      // the one case left where one waits for the other's insert to end)
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into feed_position (feed, position, updated_at) values (?, 0, now())"
                  + " on conflict (feed) do nothing")) {
        ps.setString(1, feed);
        ps.executeUpdate();
      }
      locked = locked(c);
      if (locked == null) {
        return HELD;
      }
    }
    long stored = locked;
    if (stored != after) {
      log.infof("Feed %s moved from %d to %d meanwhile; page dropped", feed, after, stored);
      return MOVED;
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

  /** The stored position, locked for this transaction; null when absent or locked by another. */
  private Long locked(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select position from feed_position where feed = ? for update skip locked")) {
      ps.setString(1, feed);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private boolean exists(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select 1 from feed_position where feed = ?")) {
      ps.setString(1, feed);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
