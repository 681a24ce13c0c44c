package org.bihuan.report.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bihuan.report.client.FeedEnvelope;
import org.bihuan.report.client.FeedEventRecord;
import org.bihuan.report.config.ReportConfig;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Follows one upstream change feed and hands its events to a handler.
 *
 * <p>Each page (up to {@code batch-size} events) is applied in one transaction together with the
 * new position in {@code feed_position}, so a restart resumes exactly after the last committed
 * page. With several replicas only the one holding the feed's PostgreSQL advisory lock (a session
 * lock on a dedicated connection) reads and applies; the others wait on standby and take over when
 * its connection goes away. As a second guard every page re-reads the stored position {@code FOR
 * UPDATE} and is dropped if it moved since the page was asked for. A failing upstream is retried
 * with growing pauses; reads of the projection carry on meanwhile. An event the handler cannot read
 * ({@link UnreadableEvent}) is not skipped: the follower stays before it, retrying with the same
 * pauses, and readiness shows the position it is stuck at ({@code <feed>.stuckAt}).
 */
public final class FeedFollower implements Runnable {

  /** Reads one page of a feed: events after a position, waiting up to some seconds for news. */
  @FunctionalInterface
  public interface FeedSource {
    FeedEnvelope read(long after, int limit, int waitSeconds);
  }

  /** Applies one event to the projection, on the connection of the page's transaction. */
  @FunctionalInterface
  public interface EventHandler {
    void apply(Connection connection, FeedEventRecord event) throws SQLException;
  }

  /** What the readiness check reports about this follower. */
  public record Status(
      String feed,
      boolean running,
      boolean leader,
      long position,
      Instant lastSuccessAt,
      Instant lastFailureAt,
      String lastError,
      int consecutiveFailures,
      Long stuckAt) {}

  private static final Logger LOG = Logger.getLogger(FeedFollower.class);

  private final String feed;
  private final FeedSource source;
  private final EventHandler handler;
  private final AgroalDataSource dataSource;
  private final EntityManager em;
  private final ReportConfig.Feed settings;
  private final ProjectionState state;
  private final long lockKey;

  private volatile boolean running;
  private volatile Thread thread;
  private Connection lockConnection;

  private volatile boolean leader;
  private volatile long position = -1;
  private volatile Instant lastSuccessAt;
  private volatile Instant lastFailureAt;
  private volatile String lastError;
  private volatile int failures;

  /** When this follower last wrote its health to feed_health (every replica reads it). */
  private Instant healthWrittenAt;

  /** A success is written at most this often; a failure or a recovery at once. */
  static final Duration HEALTH_WRITE_EVERY = Duration.ofSeconds(5);

  /** The position of an event that cannot be applied; the feed waits before it. */
  private volatile Long stuckAt;

  public FeedFollower(
      String feed,
      FeedSource source,
      EventHandler handler,
      AgroalDataSource dataSource,
      EntityManager em,
      ReportConfig.Feed settings,
      ProjectionState state) {
    this.feed = feed;
    this.source = source;
    this.handler = handler;
    this.dataSource = dataSource;
    this.em = em;
    this.settings = settings;
    this.state = state;
    this.lockKey = lockKeyOf(feed);
  }

  /** A stable advisory-lock key per feed, distinct from other users of advisory locks. */
  static long lockKeyOf(String feed) {
    long h = 0x7265706f72740000L; // "report" in the high bytes
    for (char c : feed.toCharArray()) {
      h = h * 31 + c;
    }
    return h;
  }

  public String feed() {
    return feed;
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    Thread previous = thread;
    if (previous != null && previous.isAlive()) {
      // The previous loop must have released its lock connection before a new one starts.
      try {
        previous.join(Duration.ofSeconds(15).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    running = true;
    Thread t = new Thread(this, "feed-follower-" + feed);
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** Stops after the current step; a page being applied is committed or rolled back whole. */
  public void stop() {
    requestStop();
    awaitStop(Duration.ofSeconds(15));
  }

  /** Asks the follower to stop, interrupting a long-poll or a pause. */
  public synchronized void requestStop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
  }

  public void awaitStop(Duration timeout) {
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t != null) {
      try {
        t.join(timeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      if (thread == t) {
        thread = null;
      }
    }
  }

  public Status status() {
    return new Status(
        feed,
        running,
        leader,
        position,
        lastSuccessAt,
        lastFailureAt,
        lastError,
        failures,
        stuckAt);
  }

  @Override
  public void run() {
    try {
      while (running) {
        try {
          if (!holdLeadership()) {
            pause(settings.standbyPause());
            continue;
          }
          long after = storedPosition();
          position = after;
          FeedEnvelope page = source.read(after, settings.batchSize(), settings.waitSeconds());
          List<FeedEventRecord> events = page.eventsOrEmpty();
          if (!running) {
            break;
          }
          if (!events.isEmpty()) {
            apply(after, events);
          }
          lastSuccessAt = Instant.now();
          boolean recovered = failures > 0;
          if (stuckAt != null) {
            LOG.infof(
                "Feed %s: event %d applied after %d failed attempts", feed, stuckAt, failures);
          }
          failures = 0;
          lastError = null;
          stuckAt = null;
          if (recovered
              || healthWrittenAt == null
              || Duration.between(healthWrittenAt, lastSuccessAt).compareTo(HEALTH_WRITE_EVERY)
                  >= 0) {
            writeHealth();
          }
          if (events.isEmpty()) {
            pause(settings.idlePause());
          }
        } catch (RuntimeException | SQLException e) {
          if (!running) {
            break;
          }
          failures++;
          lastFailureAt = Instant.now();
          UnreadableEvent unreadable = unreadable(e);
          Duration backoff = backoff(failures);
          if (unreadable != null) {
            // Never skipped: the projection would silently miss a change for good.
            stuckAt = unreadable.position();
            lastError = unreadable.getMessage();
            LOG.warnf(
                "Feed %s is stuck at position %d: %s; nothing after it is applied until it can be"
                    + " (attempt %d, next try in %d ms)",
                feed, position, lastError, failures, backoff.toMillis());
          } else {
            lastError = describe(e);
            LOG.warnf(
                "Feed %s: %s (attempt %d, next try in %d ms)",
                feed, lastError, failures, backoff.toMillis());
          }
          writeHealth();
          pause(backoff);
        }
      }
    } finally {
      releaseLeadership();
    }
  }

  /**
   * Stores this follower's state in feed_health for the other replicas' readiness checks. Best
   * effort: a failed write is logged and retried with the next poll, the feed goes on.
   */
  private void writeHealth() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into feed_health (feed, last_success_at, last_failure_at,"
                    + " consecutive_failures, last_error, reported_at) values (?, ?, ?, ?, ?, now())"
                    + " on conflict (feed) do update set last_success_at = excluded.last_success_at,"
                    + " last_failure_at = excluded.last_failure_at,"
                    + " consecutive_failures = excluded.consecutive_failures,"
                    + " last_error = excluded.last_error, reported_at = excluded.reported_at")) {
      ps.setString(1, feed);
      ps.setObject(2, Sql.timestamp(lastSuccessAt));
      ps.setObject(3, Sql.timestamp(lastFailureAt));
      ps.setInt(4, failures);
      ps.setString(5, lastError);
      ps.executeUpdate();
      healthWrittenAt = Instant.now();
    } catch (SQLException e) {
      LOG.debugf("Feed %s: cannot store its health: %s", feed, e.getMessage());
    }
  }

  private void apply(long after, List<FeedEventRecord> events) {
    FeedEventRecord last = events.get(events.size() - 1);
    boolean applied =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.unwrap(Session.class)
                        .doReturningWork(c -> applyInTransaction(c, after, events, last)));
    if (applied) {
      position = last.position();
      state.committed(feed, last.position(), last.occurredAt());
    }
  }

  private boolean applyInTransaction(
      Connection c, long after, List<FeedEventRecord> events, FeedEventRecord last)
      throws SQLException {
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
      LOG.infof("Feed %s moved from %d to %d meanwhile; page dropped", feed, after, stored);
      return false;
    }
    for (FeedEventRecord e : events) {
      if (e.position() > stored) {
        handler.apply(c, e);
      }
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
    return true;
  }

  private long storedPosition() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select position from feed_position where feed = ?")) {
      ps.setString(1, feed);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /** Takes or confirms the feed's session advisory lock on a dedicated connection. */
  private boolean holdLeadership() {
    try {
      if (lockConnection != null && lockConnection.isValid(2)) {
        return true;
      }
      releaseLeadership();
      Connection c = dataSource.getConnection();
      boolean locked;
      try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?)")) {
        ps.setLong(1, lockKey);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          locked = rs.getBoolean(1);
        }
      }
      if (locked) {
        lockConnection = c;
        leader = true;
        LOG.infof("Feed %s: this instance now applies the feed", feed);
      } else {
        c.close();
      }
      return locked;
    } catch (SQLException e) {
      releaseLeadership();
      failures++;
      lastFailureAt = Instant.now();
      lastError = "own database: " + describe(e);
      return false;
    }
  }

  private void releaseLeadership() {
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

  private Duration backoff(int failureCount) {
    long min = settings.backoffMin().toMillis();
    long max = settings.backoffMax().toMillis();
    long millis = min << Math.min(failureCount - 1, 20);
    return Duration.ofMillis(Math.min(Math.max(millis, min), max));
  }

  private void pause(Duration d) {
    if (!running || d.isZero()) {
      return;
    }
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static UnreadableEvent unreadable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnreadableEvent u) {
        return u;
      }
    }
    return null;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return root.getClass().getSimpleName() + message;
  }
}
