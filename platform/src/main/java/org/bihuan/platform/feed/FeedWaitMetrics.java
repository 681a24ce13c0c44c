package org.bihuan.platform.feed;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Publishes how many long polls of the change feed are waiting now (in /q/metrics). */
@IfBuildProperty(name = "bihuan.feed.enabled", stringValue = "true", enableIfMissing = true)
@ApplicationScoped
class FeedWaitMetrics {

  static final String WAITING = "bihuan.feed.waiting.polls";

  void register(@Observes StartupEvent started, MeterRegistry registry, FeedWaiters waiters) {
    Gauge.builder(WAITING, waiters, FeedWaiters::waitingCount)
        .description("Long polls of GET /api/v1/events waiting for a change")
        .strongReference(true)
        .register(registry);
  }
}
