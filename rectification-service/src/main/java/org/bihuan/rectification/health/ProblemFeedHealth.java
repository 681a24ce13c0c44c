package org.bihuan.rectification.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.bihuan.platform.feed.follow.FeedReadiness;
import org.bihuan.rectification.service.ProblemFeedFollower;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows how following problem-service's feed goes ({@link FeedReadiness}). Stays UP while it fails:
 * tickets are served and recorded without it, only CLOSE to-dos wait for it.
 */
@Readiness
@ApplicationScoped
public class ProblemFeedHealth implements HealthCheck {

  @Inject ProblemFeedFollower follower;
  @Inject AgroalDataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b =
        HealthCheckResponse.named("problem-feed").up().withData("enabled", follower.enabled());
    FeedReadiness.Stored stored;
    try (Connection c = dataSource.getConnection()) {
      stored = FeedReadiness.read(c);
    } catch (SQLException e) {
      // The database check says so; the follower's own state is still worth showing.
      stored = new FeedReadiness.Stored(Map.of(), Map.of());
    }
    FeedReadiness.describe(
        b, "", follower.follower().status(), stored.positions(), stored.health(), Instant.now());
    return b.build();
  }
}
