package org.bihuan.rectification.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN while a background loop of this instance is stalled ({@link BackgroundWork}): a thread stuck
 * for minutes — on a lock, a database read that never returns, a send holding the sender — is what
 * a restart cures, and another replica takes its leases meanwhile (docs/decisions/0350).
 */
@Liveness
@ApplicationScoped
public class BackgroundWorkLiveness implements HealthCheck {

  @Inject BackgroundWork work;

  @Override
  public HealthCheckResponse call() {
    return work.check(true);
  }
}
