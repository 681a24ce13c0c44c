package org.bihuan.rectification.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bihuan.rectification.service.ProblemFeedFollower;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows how following problem-service's feed goes. Stays UP while it fails: tickets are served and
 * recorded without it, only CLOSE to-dos wait for it.
 */
@Readiness
@ApplicationScoped
public class ProblemFeedHealth implements HealthCheck {

  @Inject ProblemFeedFollower follower;

  @Override
  public HealthCheckResponse call() {
    return follower.readiness("problem-feed");
  }
}
