package org.bihuan.platform.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows whether this instance listens to the change feed's notifications ({@link
 * FeedNotifications}, docs/decisions/0214). Stays UP when it does not: other instances' changes are
 * then seen at the follower's tick, as before the notifications.
 */
@Readiness
@ApplicationScoped
public class FeedNotificationsHealth implements HealthCheck {

  @Inject FeedNotifications notifications;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("feed-notifications").up();
    for (Map.Entry<String, Object> e : notifications.describe().entrySet()) {
      Object v = e.getValue();
      if (v instanceof Boolean bool) {
        b.withData(e.getKey(), bool);
      } else if (v instanceof Number n) {
        b.withData(e.getKey(), n.longValue());
      } else {
        b.withData(e.getKey(), String.valueOf(v));
      }
    }
    return b.build();
  }
}
