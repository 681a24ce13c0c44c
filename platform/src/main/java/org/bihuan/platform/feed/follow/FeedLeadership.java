package org.bihuan.platform.feed.follow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Which replica follows a feed: the one holding the feed's PostgreSQL session advisory lock, kept
 * on a dedicated connection; the others wait on standby and take over when that connection goes
 * away (docs/decisions/0196).
 */
final class FeedLeadership {

  private final String feed;
  private final long lockKey;
  private final DataSource dataSource;
  private Connection lockConnection;
  private volatile boolean leader;

  FeedLeadership(String feed, DataSource dataSource) {
    this.feed = feed;
    this.dataSource = dataSource;
    this.lockKey = lockKeyOf(feed);
  }

  /**
   * A stable advisory-lock key per feed (the same since the first follower, for rolling updates).
   */
  static long lockKeyOf(String feed) {
    long h = 0x7265706f72740000L;
    for (char c : feed.toCharArray()) {
      h = h * 31 + c;
    }
    return h;
  }

  boolean isLeader() {
    return leader;
  }

  /** Takes or confirms the feed's lock: true while this replica holds it. */
  boolean hold(Logger log) throws SQLException {
    if (lockConnection != null && lockConnection.isValid(2)) {
      return true;
    }
    release();
    Connection c = dataSource.getConnection();
    boolean locked;
    try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?)")) {
      ps.setLong(1, lockKey);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        locked = rs.getBoolean(1);
      }
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    if (locked) {
      lockConnection = c;
      leader = true;
      log.infof("Feed %s: this instance now applies the feed", feed);
    } else {
      c.close();
    }
    return locked;
  }

  /** Gives the lock up (it goes with the connection anyway). */
  void release() {
    leader = false;
    Connection c = lockConnection;
    lockConnection = null;
    if (c == null) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("select pg_advisory_unlock(?)")) {
      ps.setLong(1, lockKey);
      ps.execute();
    } catch (SQLException e) {
      // The lock goes with the connection anyway.
    }
    try {
      c.close();
    } catch (SQLException e) {
      // Nothing left to release.
    }
  }
}
