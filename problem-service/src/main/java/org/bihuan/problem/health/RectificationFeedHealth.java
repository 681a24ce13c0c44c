package org.bihuan.problem.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bihuan.problem.service.TicketStatusFollower;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows how following the rectification feed goes. Stays UP while it fails: problems are served and
 * recorded without it, only their status waits; the data says since when and why.
 */
@Readiness
@ApplicationScoped
public class RectificationFeedHealth implements HealthCheck {

  @Inject TicketStatusFollower follower;

  @Override
  public HealthCheckResponse call() {
    TicketStatusFollower.Status s = follower.status();
    HealthCheckResponseBuilder b =
        HealthCheckResponse.named("rectification-feed")
            .up()
            .withData("enabled", s.enabled())
            .withData("consecutiveFailures", s.consecutiveFailures())
            .withData(
                "lastSuccessAt",
                s.lastSuccessAt() == null ? "never" : s.lastSuccessAt().toString());
    if (s.failingSince() != null) {
      b.withData("failingSince", s.failingSince().toString());
    }
    if (s.lastError() != null) {
      b.withData("lastError", s.lastError());
    }
    return b.build();
  }
}
