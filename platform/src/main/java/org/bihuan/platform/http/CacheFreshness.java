package org.bihuan.platform.http;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Whether {@link AnswerCache} may answer from memory: it follows the change feed that every
 * instance sharing the database appends to, evicting what another instance's commits changed, and
 * tells whether no such commit can have been missed for longer than the allowed lag
 * (docs/decisions/0174, 0214, 0218).
 */
final class CacheFreshness {

  private static final Logger LOG = Logger.getLogger(AnswerCache.class);

  /** Feed events read by the follower in one statement; it reads again while a batch is full. */
  private static final int FOLLOW_BATCH = 1000;

  private final DataSource dataSource;
  private final Duration followInterval;
  private final Duration maxLag;
  private final BiConsumer<String, String> evict;

  private volatile long cursor = -1;
  private volatile long followedAt = Long.MIN_VALUE; // nanoTime a completed follower read began
  private volatile boolean feedUnreadable;
  private volatile long listenedFrom; // nanoTime the current LISTEN was in place
  private volatile long heardAt = Long.MIN_VALUE; // nanoTime a completed listener check began
  private volatile long syncListenedFrom; // nanoTime the LISTEN of the sync connection was in place
  private final AtomicBoolean followPending = new AtomicBoolean();
  private volatile ScheduledExecutorService follower;

  CacheFreshness(
      DataSource dataSource,
      Duration followInterval,
      Duration maxLag,
      BiConsumer<String, String> evict) {
    this.dataSource = dataSource;
    this.followInterval = followInterval;
    this.maxLag = maxLag;
    this.evict = evict;
  }

  /**
   * Whether the follower's cursor was set: a read that begins now and is kept is then safe, a
   * commit after it being beyond the cursor, and seen.
   */
  boolean hasRead() {
    return followedAt != Long.MIN_VALUE;
  }

  /**
   * Whether another instance's commit cannot have been missed for longer than the allowed lag: the
   * follower finished a read of the feed that began within it, or this instance listens to the
   * feed's notifications (docs/decisions/0214) — a check of the listening connection began within
   * the lag, and the follower has read the feed since the LISTEN was in place (the commits before).
   */
  boolean following() {
    long at = followedAt;
    if (at == Long.MIN_VALUE) {
      return false;
    }
    long now = System.nanoTime();
    long lag = maxLag.toNanos();
    if (now - at <= lag) {
      return true;
    }
    long heard = heardAt;
    return heard != Long.MIN_VALUE && now - heard <= lag && at - listenedFrom >= 0;
  }

  /**
   * Called by {@link FeedNotifications} once a LISTEN is in place on a new connection: every commit
   * from now on is notified; the follower reads the feed at once for the commits before.
   */
  void listenFrom(long nanoTime) {
    heardAt = Long.MIN_VALUE;
    listenedFrom = nanoTime;
    followNow();
  }

  /**
   * Called by {@link FeedNotifications} once the LISTEN of its sync connection
   * (docs/decisions/0313) is in place: its round trips bring every commit from now on; the follower
   * reads the feed at once for the commits before.
   */
  void syncListenFrom(long nanoTime) {
    syncListenedFrom = nanoTime;
    followNow();
  }

  /**
   * Whether the follower has finished a read of the feed that began after the sync connection's
   * LISTEN was in place: a commit before it is then seen, one after it is brought by the round
   * trips.
   */
  boolean followedSinceSyncListen() {
    long at = followedAt;
    return at != Long.MIN_VALUE && at - syncListenedFrom >= 0;
  }

  /** Called by {@link FeedNotifications} after a check of its connection that began then. */
  void heard(long nanoTime) {
    heardAt = nanoTime;
  }

  /** Called by {@link FeedNotifications} when the listening connection failed. */
  void notListening() {
    heardAt = Long.MIN_VALUE;
  }

  /** Runs a follower read now (once, however many ask before it starts), if the follower runs. */
  private void followNow() {
    ScheduledExecutorService f = follower;
    if (f != null && followPending.compareAndSet(false, true)) {
      try {
        f.execute(
            () -> {
              followPending.set(false);
              follow();
            });
      } catch (RuntimeException stopping) {
        followPending.set(false);
      }
    }
  }

  /** Starts the follower (once). */
  void start() {
    follower =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "answer-cache-follower");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(1, followInterval.toMillis());
    follower.scheduleWithFixedDelay(this::follow, 0, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Reads the feed's new events, and the committed events not positioned yet, and evicts the
   * resources they name. Never throws.
   */
  private void follow() {
    long began = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      if (cursor < 0) {
        try (PreparedStatement ps =
                c.prepareStatement("select coalesce(max(position), 0) from change_event");
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          cursor = rs.getLong(1);
        }
      } else {
        // Committed events still waiting for their round's position (0218) first: an event
        // positioned after this statement is then beyond the cursor for the next one.
        try (PreparedStatement ps =
                c.prepareStatement(
                    "select resource_type, resource_id from change_event where position is null");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            evict.accept(rs.getString(1), rs.getString(2));
          }
        }
        int read;
        do {
          read = 0;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select position, resource_type, resource_id from change_event"
                      + " where position > ? order by position limit "
                      + FOLLOW_BATCH)) {
            ps.setLong(1, cursor);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                read++;
                evict.accept(rs.getString(2), rs.getString(3));
                cursor = rs.getLong(1);
              }
            }
          }
        } while (read == FOLLOW_BATCH);
      }
      followedAt = began;
      if (feedUnreadable) {
        feedUnreadable = false;
        LOG.info("The change feed is readable again; answers are served from memory");
      }
    } catch (SQLException | RuntimeException e) {
      if (!feedUnreadable) {
        feedUnreadable = true;
        LOG.warnf(
            "Cannot follow the change feed, answers are read from the database: %s", e.toString());
      }
    }
  }

  void stop() {
    if (follower != null) {
      follower.shutdownNow();
    }
  }
}
