package org.bihuan.platform.feed.follow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * A follower's streak of successes and failures (docs/decisions/0196): logged once at WARN when a
 * streak of failures starts (again every {@link FeedFollower#REMIND_EVERY}) and at INFO when it
 * ends, and stored in {@code feed_health} so that every replica's readiness tells the same.
 */
final class FollowerHealth {

  /** A success is written to feed_health at most this often; a failure or a recovery at once. */
  static final Duration HEALTH_WRITE_EVERY = Duration.ofSeconds(5);

  private final String feed;
  private final DataSource dataSource;
  private final Duration backoffMax;

  volatile Instant lastSuccessAt;
  volatile Instant lastFailureAt;
  volatile Instant failingSince;
  volatile String lastError;
  volatile int failures;
  volatile Long stuckAt;
  private Instant warnedAt;
  private Instant healthWrittenAt;

  FollowerHealth(String feed, DataSource dataSource, Duration backoffMax) {
    this.feed = feed;
    this.dataSource = dataSource;
    this.backoffMax = backoffMax;
  }

  void succeeded(Logger log) {
    lastSuccessAt = Instant.now();
    boolean recovered = failures > 0;
    if (recovered) {
      log.infof(
          "Feed %s: following again after %d failed attempts since %s%s",
          feed, failures, failingSince, stuckAt == null ? "" : " (event " + stuckAt + " applied)");
    }
    failures = 0;
    failingSince = null;
    lastError = null;
    stuckAt = null;
    warnedAt = null;
    if (recovered
        || healthWrittenAt == null
        || Duration.between(healthWrittenAt, lastSuccessAt).compareTo(HEALTH_WRITE_EVERY) >= 0) {
      write(log);
    }
  }

  void failed(long after, Exception e, Logger log) {
    Instant now = Instant.now();
    failures++;
    lastFailureAt = now;
    if (failingSince == null) {
      failingSince = now;
    }
    UnreadableEvent unreadable = unreadable(e);
    // Never skipped: the consumer would silently miss a change for good.
    stuckAt = unreadable == null ? null : unreadable.position();
    lastError =
        "after position "
            + after
            + ": "
            + (unreadable == null ? describe(e) : unreadable.getMessage());
    if (lastError.length() > 300) {
      lastError = lastError.substring(0, 300) + "…";
    }
    if (warnedAt == null || !now.isBefore(warnedAt.plus(FeedFollower.REMIND_EVERY))) {
      warnedAt = now;
      log.warnf(
          "Cannot follow feed %s (%d failed attempts since %s; retried with pauses up to %s,"
              + " nothing is skipped%s): %s",
          feed,
          failures,
          failingSince,
          backoffMax,
          stuckAt == null ? "" : ", waiting before event " + stuckAt,
          lastError);
    }
    write(log);
  }

  /** Seconds since the followed feed last answered, -1 before it ever did. */
  double lagSeconds() {
    Instant last = lastSuccessAt;
    return last == null ? -1 : Duration.between(last, Instant.now()).toMillis() / 1000.0;
  }

  /**
   * Stores this follower's state in feed_health for the other replicas' readiness checks. Best
   * effort: a failed write is logged and retried with the next poll, the feed goes on.
   */
  private void write(Logger log) {
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
      ps.setTimestamp(2, lastSuccessAt == null ? null : Timestamp.from(lastSuccessAt));
      ps.setTimestamp(3, lastFailureAt == null ? null : Timestamp.from(lastFailureAt));
      ps.setInt(4, failures);
      ps.setString(5, lastError);
      ps.executeUpdate();
      healthWrittenAt = Instant.now();
    } catch (SQLException e) {
      log.debugf("Feed %s: cannot store its health: %s", feed, e.getMessage());
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
