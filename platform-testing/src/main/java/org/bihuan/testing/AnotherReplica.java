package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Writes as another replica sharing the database does: by SQL, beside the running service, so that
 * the service learns of the write only through its change feed.
 */
public final class AnotherReplica {

  /** The change feed's advisory lock (ChangeFeed.FEED_LOCK, change_feed_round()). */
  private static final long FEED_LOCK = 0x6368616e676566L;

  private AnotherReplica() {}

  /**
   * Commits, in one transaction, a new value of one column of a resource's row (its version one
   * higher) and the feed event {@code <resourceType>.updated} for it, nothing else; then runs the
   * round that gives the event its feed position, as the other replica's sequencer does. The row's
   * table is named like its resource type (ticket, problem). Gives {@link System#nanoTime()} right
   * after the commit of the change.
   */
  public static long commitUpdate(
      DataSource dataSource, String resourceType, String column, String value, String id)
      throws SQLException {
    long committed = commitUpdateBeforeItsRound(dataSource, resourceType, column, value, id);
    try (Connection c = dataSource.getConnection();
        PreparedStatement round = c.prepareStatement("select change_feed_round()")) {
      round.execute();
    }
    return committed;
  }

  /**
   * As {@link #commitUpdate}, without the round: the event is committed and has no feed position
   * yet, as between a replica's commit and its round (or when the replica stopped in between).
   */
  public static long commitUpdateBeforeItsRound(
      DataSource dataSource, String resourceType, String column, String value, String id)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement update =
              c.prepareStatement(
                  "update "
                      + resourceType
                      + " set "
                      + column
                      + " = ?, version = version + 1 where id = ?");
          PreparedStatement event =
              c.prepareStatement(
                  "insert into change_event"
                      + " (id, type, occurred_at, resource_type, resource_id, data)"
                      + " values (?, ?, now(), ?, ?, '{}'::jsonb)")) {
        update.setString(1, value);
        update.setObject(2, UUID.fromString(id));
        assertEquals(1, update.executeUpdate());
        event.setObject(1, UUID.randomUUID());
        event.setString(2, resourceType + ".updated");
        event.setString(3, resourceType);
        event.setString(4, id);
        event.executeUpdate();
      }
      c.commit();
    }
    return System.nanoTime();
  }

  /**
   * Is present as another replica's connection that tells its answers from memory is (named {@code
   * applicationName}, the service's {@code FeedNotifications.SYNC_APPLICATION_NAME}), on a
   * connection of its own, until the returned handle is closed: the service counts another instance
   * on its database meanwhile.
   */
  public static AutoCloseable present(DataSource dataSource, String applicationName)
      throws SQLException {
    Connection c = dataSource.getConnection();
    try (PreparedStatement name =
        c.prepareStatement("select set_config('application_name', ?, false)")) {
      name.setString(1, applicationName);
      name.execute();
    }
    return () -> {
      try (c;
          PreparedStatement reset = c.prepareStatement("reset application_name")) {
        reset.execute();
      }
    };
  }

  /**
   * Holds the change feed's lock (the one its rounds take) on a connection of its own until the
   * returned handle is closed: no round of any instance can position an event meanwhile.
   */
  public static AutoCloseable holdFeedLock(DataSource dataSource) throws SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(false);
    try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
      lock.setLong(1, FEED_LOCK);
      lock.execute();
    }
    return () -> {
      try (c) {
        c.rollback();
      }
    };
  }

  /**
   * Reads with {@code read} again and again while {@code stillOld} holds (at most five seconds),
   * asserts the change was seen within a second of {@code committed} (what {@link #commitUpdate}
   * returned), and gives the last answer read.
   */
  public static <T> T readUntilSeen(long committed, Supplier<T> read, Predicate<T> stillOld) {
    T seen;
    do {
      seen = read.get();
    } while (stillOld.test(seen) && System.nanoTime() - committed < 5_000_000_000L);
    long millis = (System.nanoTime() - committed) / 1_000_000;
    assertTrue(millis < 1_000, "seen " + millis + " ms after the other instance's commit");
    return seen;
  }
}
