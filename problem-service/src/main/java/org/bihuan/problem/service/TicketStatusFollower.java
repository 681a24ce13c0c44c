package org.bihuan.problem.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bihuan.problem.client.RectificationFeedApi;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Keeps problem statuses in step with the tickets by reading the rectification service's change
 * feed (see docs/decisions/0010-problem-status-follows-tickets.md). Each batch of events is applied
 * in one transaction that also stores the position read up to ({@link TicketEvents}). While the
 * rectification service is down, statuses simply wait; nothing is lost, the next poll resumes from
 * the stored position.
 */
@ApplicationScoped
public class TicketStatusFollower {

  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(TicketStatusFollower.class);

  @Inject @RestClient RectificationFeedApi feed;
  @Inject TicketEvents events;

  @ConfigProperty(name = "bihuan.rectification-feed.enabled", defaultValue = "true")
  boolean enabled;

  @Scheduled(
      every = "${bihuan.rectification-feed.every:2s}",
      delayed = "${bihuan.rectification-feed.delay:3s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void follow() {
    if (!enabled) {
      return;
    }
    try {
      for (int round = 0; round < 50; round++) {
        long after = events.position();
        RectificationFeedApi.Page page = feed.events(after, BATCH);
        if (page == null || page.events() == null || page.events().isEmpty()) {
          return;
        }
        events.apply(after, page.events());
        if (page.events().size() < BATCH) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.debugf("Cannot follow the rectification feed now: %s", e.toString());
    }
  }
}
