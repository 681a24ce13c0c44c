package org.bihuan.problem.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bihuan.problem.service.TicketStatusFollower;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows how following the rectification feed goes. Stays UP while it fails: problems are served and
 * recorded without it, only their status waits.
 */
@Readiness
@ApplicationScoped
public class RectificationFeedHealth implements HealthCheck {

  @Inject TicketStatusFollower follower;

  @Override
  public HealthCheckResponse call() {
    return follower.readiness("rectification-feed");
  }
}
