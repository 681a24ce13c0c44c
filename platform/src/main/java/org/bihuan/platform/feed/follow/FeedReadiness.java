package org.bihuan.platform.feed.follow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * What a readiness check says about a followed feed. A service stays ready while a feed fails (it
 * serves from its own database); the data shows how stale it is: the stored position, whether this
 * replica follows and leads, the last success and the lag since, the streak of failures, its cause
 * and start, and the event the feed is stuck before. A replica that does not lead reports what the
 * leader stored in feed_health, so every replica says the same ({@code healthFrom}: this or
 * stored). {@code state} sums it up: following, failing, or degraded once it has failed without
 * progress for longer than {@value #DEGRADED_AFTER} ({@code degradedAfterSeconds}).
 */
public final class FeedReadiness {

  /** A feed's health as the leading replica stored it. */
  public record StoredHealth(
      Instant lastSuccessAt, int consecutiveFailures, String lastError, Instant reportedAt) {}

  /** What the database holds about the followed feeds. */
  public record Stored(Map<String, Long> positions, Map<String, StoredHealth> health) {}

  private FeedReadiness() {}

  public static Stored read(Connection c) throws SQLException {
    Map<String, Long> positions = new HashMap<>();
    Map<String, StoredHealth> health = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("select feed, position from feed_position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        positions.put(rs.getString(1), rs.getLong(2));
      }
    }
    try (PreparedStatement ps =
            c.prepareStatement(
                "select feed, last_success_at, consecutive_failures, last_error, reported_at"
                    + " from feed_health");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        health.put(
            rs.getString(1),
            new StoredHealth(
                instant(rs.getTimestamp(2)),
                rs.getInt(3),
                rs.getString(4),
                instant(rs.getTimestamp(5))));
      }
    }
    return new Stored(positions, health);
  }

  /**
   * Adds one feed's data under {@code prefix} (e.g. "rectification." where a check shows several
   * feeds, "" where it shows one): the follower's own state where it leads, else the stored one.
   */
  public static void describe(
      HealthCheckResponseBuilder b,
      String prefix,
      FeedFollower.Status s,
      Map<String, Long> stored,
      Map<String, StoredHealth> health,
      Instant now) {
    String p = prefix;
    b.withData(p + "position", stored.getOrDefault(s.feed(), 0L));
    b.withData(p + "following", s.running());
    b.withData(p + "leader", s.leader());
    StoredHealth h = health.get(s.feed());
    boolean own = s.leader() || h == null;
    Instant lastSuccess = own ? s.lastSuccessAt() : h.lastSuccessAt();
    int failures = own ? s.consecutiveFailures() : h.consecutiveFailures();
    String error = own ? s.lastError() : h.lastError();
    b.withData(p + "healthFrom", own ? "this" : "stored");
    b.withData(p + "lastSuccessAt", lastSuccess == null ? "never" : lastSuccess.toString());
    b.withData(
        p + "lagSeconds",
        lastSuccess == null ? -1 : Duration.between(lastSuccess, now).toSeconds());
    b.withData(p + "consecutiveFailures", failures);
    if (error != null) {
      b.withData(p + "lastError", error);
    }
    if (own && s.failingSince() != null) {
      b.withData(p + "failingSince", s.failingSince().toString());
    }
    if (s.stuckAt() != null) {
      b.withData(p + "stuckAt", s.stuckAt());
    }
    Duration after = degradedAfter();
    Instant failingSince = own ? s.failingSince() : null;
    b.withData(
        p + "state", state(lastSuccess, failingSince, failures, s.stuckAt() != null, now, after));
    b.withData(p + "degradedAfterSeconds", after.toSeconds());
  }

  /** The key that sets {@link #degradedAfter}; 5 minutes by default. */
  public static final String DEGRADED_AFTER = "bihuan.feeds.degraded-after";

  /**
   * How long a feed may fail without progress before its state is {@code degraded}: a few pauses of
   * the longest backoff (one minute) and the long polls between them.
   */
  static Duration degradedAfter() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getOptionalValue(DEGRADED_AFTER, Duration.class)
        .orElse(Duration.ofMinutes(5));
  }

  /**
   * A feed's state in one word (docs/decisions/0207): {@code following} (its last read succeeded),
   * {@code failing} (failing, or waiting before an unreadable event, for less than {@code after}
   * since its last success, or since it started failing when it never succeeded) or {@code
   * degraded} (failing with no progress for longer than that). The service stays ready — it serves
   * from its own database — and the state says plainly that what it shows of the other service is
   * getting stale.
   */
  static String state(
      Instant lastSuccess,
      Instant failingSince,
      int failures,
      boolean stuck,
      Instant now,
      Duration after) {
    if (failures == 0 && !stuck) {
      return "following";
    }
    Instant progress = lastSuccess != null ? lastSuccess : failingSince;
    if (progress != null && Duration.between(progress, now).compareTo(after) > 0) {
      return "degraded";
    }
    return "failing";
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
