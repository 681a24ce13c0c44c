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
 * <feed>.stuckAt} names an event that cannot be applied (the feed waits before it).
 */
@Readiness
@ApplicationScoped
public class ProjectionReadiness implements HealthCheck {

  @Inject AgroalDataSource dataSource;
  @Inject ProjectionFeeds feeds;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("report-projection");
    Map<String, Long> stored = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select feed, position from feed_position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        stored.put(rs.getString(1), rs.getLong(2));
      }
      b.up();
    } catch (SQLException e) {
      return b.down().withData("database", "unavailable: " + e.getMessage()).build();
    }
    Instant now = Instant.now();
    for (FeedFollower.Status s : feeds.statuses()) {
      String p = s.feed() + ".";
      b.withData(p + "position", stored.getOrDefault(s.feed(), 0L));
      b.withData(p + "following", s.running());
      b.withData(p + "leader", s.leader());
      b.withData(
          p + "lastSuccessAt", s.lastSuccessAt() == null ? "never" : s.lastSuccessAt().toString());
      b.withData(
          p + "lagSeconds",
          s.lastSuccessAt() == null ? -1 : Duration.between(s.lastSuccessAt(), now).toSeconds());
      b.withData(p + "consecutiveFailures", s.consecutiveFailures());
      if (s.lastError() != null) {
        b.withData(p + "lastError", s.lastError());
      }
      if (s.stuckAt() != null) {
        b.withData(p + "stuckAt", s.stuckAt());
      }
    }
    return b.build();
  }
}
