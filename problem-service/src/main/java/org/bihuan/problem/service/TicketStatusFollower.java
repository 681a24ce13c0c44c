package org.bihuan.problem.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.bihuan.platform.feed.follow.FeedFollower;
import org.bihuan.platform.feed.follow.PageTransactions;
import org.bihuan.problem.client.RectificationFeedApi;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Keeps problem statuses in step with the tickets by following the rectification service's change
 * feed with the platform's {@link FeedFollower}
 * (docs/decisions/0010-problem-status-follows-tickets.md, 0196-one-feed-follower.md): each page is
 * applied by {@link TicketEvents} in one transaction with the position, one replica at a time
 * follows, a failing feed is retried with growing pauses and nothing is skipped. While the
 * rectification service is down, statuses simply wait. Readiness shows how it goes ({@code
 * RectificationFeedHealth}).
 */
@ApplicationScoped
public class TicketStatusFollower {

  static final String FEED = "rectification";
  private static final Logger LOG = Logger.getLogger(TicketStatusFollower.class);

  @Inject @RestClient RectificationFeedApi feed;
  @Inject TicketEvents events;
  @Inject AgroalDataSource dataSource;
  @Inject EntityManager em;
  @Inject MeterRegistry metrics;

  @ConfigProperty(name = "bihuan.rectification-feed.enabled", defaultValue = "true")
  boolean enabled;

  private FeedFollower<RectificationFeedApi.Event> follower;

  void onStart(@Observes StartupEvent event) {
    follower().publishTo(metrics);
    if (enabled) {
      follower.start();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    follower().stop();
  }

  public boolean enabled() {
    return enabled;
  }

  /** The follower of the rectification feed (started with the application where enabled). */
  public synchronized FeedFollower<RectificationFeedApi.Event> follower() {
    if (follower == null) {
      follower =
          new FeedFollower<>(
                  FEED,
                  (after, limit, wait) -> feed.events(after, limit, wait).eventsOrEmpty(),
                  events,
                  FeedFollower.Settings.configuredUnder("bihuan.rectification-feed"),
                  dataSource,
                  PageTransactions.jta(em))
              .logTo(LOG);
    }
    return follower;
  }
}
