package org.bihuan.rectification.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP whatever the background loops do — tickets are read and written without them, so a stalled
 * sender must not take the instance out of traffic — but says so: {@code degraded} and each loop's
 * state ({@link BackgroundWork}, docs/decisions/0350).
 */
@Readiness
@ApplicationScoped
public class BackgroundWorkReadiness implements HealthCheck {

  @Inject BackgroundWork work;

  @Override
  public HealthCheckResponse call() {
    return work.check(false);
  }
}
