package org.bihuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.feed.follow.FeedFollower;
import org.bihuan.platform.feed.follow.FeedReadiness;
import org.bihuan.report.health.ProjectionReadiness;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * With several replicas one follows each feed; the others must still say when the figures are
 * stale. The follower stores its health in the shared database and every replica's readiness
 * reports it.
 */
@QuarkusTest
@Order(2) // before FeedFollowerTest, which extends the feeds
class ReplicaFreshnessTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void aFailingFeedIsVisibleInTheSharedDatabase() throws Exception {
    Projection.awaitFixedDataset();
    StubMapping down = UpstreamFeeds.down(UpstreamFeeds.rectificationService);
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      int failures = 0;
      while (failures == 0 && System.nanoTime() < deadline) {
        failures = storedFailures("rectification");
        Thread.sleep(100);
      }
      assertTrue(failures > 0, "feed_health shows the failing feed");
    } finally {
      UpstreamFeeds.rectificationService.removeStub(down);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (storedFailures("rectification") > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(0, storedFailures("rectification"), "the recovery is stored at once");
  }

  @Test
  void aReplicaThatDoesNotFollowReportsTheStoredHealth() {
    Instant now = Instant.parse("2024-06-15T02:00:00Z");
    FeedFollower.Status standby =
        new FeedFollower.Status("rectification", true, false, -1, null, null, null, 0, null, null);
    FeedFollower.Status leading =
        new FeedFollower.Status(
            "problem", true, true, 5, now.minusSeconds(2), null, null, 0, null, null);
    Map<String, FeedReadiness.StoredHealth> stored =
        Map.of(
            "rectification",
            new FeedReadiness.StoredHealth(
                now.minusSeconds(300), 4, "Connection refused", now.minusSeconds(1)),
            "problem",
            new FeedReadiness.StoredHealth(now.minusSeconds(30), 0, null, now));
    HealthCheckResponseBuilder b = HealthCheckResponse.named("report-projection").up();
    ProjectionReadiness.describe(b, List.of(standby, leading), Map.of(), stored, now);
    Map<String, Object> data = b.build().getData().orElseThrow();
    assertEquals(4L, ((Number) data.get("rectification.consecutiveFailures")).longValue());
    assertEquals(300L, ((Number) data.get("rectification.lagSeconds")).longValue());
    assertEquals("Connection refused", data.get("rectification.lastError"));
    assertEquals("stored", data.get("rectification.healthFrom"));
    // The leading replica reports its own, newer state.
    assertEquals(2L, ((Number) data.get("problem.lagSeconds")).longValue());
    assertEquals("this", data.get("problem.healthFrom"));
  }

  private int storedFailures(String feed) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select consecutive_failures from feed_health where feed = ?")) {
      ps.setString(1, feed);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }
}
