package org.bihuan.report.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.report.service.FeedFollower;
import org.bihuan.report.service.ProjectionFeeds;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the own database answers: reports are served from it even when an upstream feed is
 * down. The data tells, per feed, the stored position, when the upstream last answered and the last
 * error, so a stale projection is visible without taking the service out of rotation; {@code
 * <feed>.stuckAt} names an event that cannot be applied (the feed waits before it). A replica that
 * does not follow a feed (another one holds its lock) reports what the following replica stored in
 * feed_health, so every replica says the same ({@code <feed>.healthFrom}: this or stored).
 */
@Readiness
@ApplicationScoped
public class ProjectionReadiness implements HealthCheck {

  /** A feed's health as the following replica stored it. */
  public record StoredHealth(
      Instant lastSuccessAt, int consecutiveFailures, String lastError, Instant reportedAt) {}

  @Inject AgroalDataSource dataSource;
  @Inject ProjectionFeeds feeds;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("report-projection");
    Map<String, Long> stored = new HashMap<>();
    Map<String, StoredHealth> health = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("select feed, position from feed_position");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          stored.put(rs.getString(1), rs.getLong(2));
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
      b.up();
    } catch (SQLException e) {
      return b.down().withData("database", "unavailable: " + e.getMessage()).build();
    }
    describe(b, feeds.statuses(), stored, health, Instant.now());
    return b.build();
  }

  /** The per-feed data: the follower's own state where it leads, else the stored one. */
  public static void describe(
      HealthCheckResponseBuilder b,
      List<FeedFollower.Status> statuses,
      Map<String, Long> stored,
      Map<String, StoredHealth> health,
      Instant now) {
    for (FeedFollower.Status s : statuses) {
      String p = s.feed() + ".";
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
      if (s.stuckAt() != null) {
        b.withData(p + "stuckAt", s.stuckAt());
      }
    }
  }

  private static Instant instant(java.sql.Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
