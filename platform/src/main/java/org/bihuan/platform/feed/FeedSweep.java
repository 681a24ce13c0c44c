package org.bihuan.platform.feed;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Positions, every {@code bihuan.feed.sweep} (1 s), the events whose writer committed but did not
 * see a round through (it stopped between its commit and the round, or its wait timed out): without
 * it they would wait for the next write of any instance (docs/decisions/0218). A round with nothing
 * to position reads one partial index and writes nothing.
 */
@IfBuildProperty(name = "bihuan.feed.enabled", stringValue = "true", enableIfMissing = true)
@ApplicationScoped
public class FeedSweep {

  @Inject FeedSequencer sequencer;

  @Scheduled(
      every = "${bihuan.feed.sweep:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sweep() {
    sequencer.sweep();
  }
}
