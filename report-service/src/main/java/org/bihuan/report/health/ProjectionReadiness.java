package org.bihuan.report.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.feed.follow.FeedFollower;
import org.bihuan.platform.feed.follow.FeedReadiness;
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

  @Inject AgroalDataSource dataSource;
  @Inject ProjectionFeeds feeds;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("report-projection");
    FeedReadiness.Stored stored;
    try (Connection c = dataSource.getConnection()) {
      stored = FeedReadiness.read(c);
      b.up();
    } catch (SQLException e) {
      return b.down().withData("database", "unavailable: " + e.getMessage()).build();
    }
    describe(b, feeds.statuses(), stored.positions(), stored.health(), Instant.now());
    return b.build();
  }

  /** The per-feed data: the follower's own state where it leads, else the stored one. */
  public static void describe(
      HealthCheckResponseBuilder b,
      List<FeedFollower.Status> statuses,
      Map<String, Long> stored,
      Map<String, FeedReadiness.StoredHealth> health,
      Instant now) {
    for (FeedFollower.Status s : statuses) {
      FeedReadiness.describe(b, s.feed() + ".", s, stored, health, now);
    }
  }
}
