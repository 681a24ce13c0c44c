package org.bihuan.rectification.service;

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
import org.bihuan.rectification.client.ProblemFeedApi;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Follows problem-service's change feed with the platform's {@link FeedFollower} (0196), so that
 * the CLOSE to-do knows whether a problem is closed or withdrawn (0197). Pages are applied by
 * {@link ProblemEvents}; readiness shows how it goes ({@code ProblemFeedHealth}).
 */
@ApplicationScoped
public class ProblemFeedFollower {

  static final String FEED = "problem";
  private static final Logger LOG = Logger.getLogger(ProblemFeedFollower.class);

  @Inject @RestClient ProblemFeedApi feed;
  @Inject ProblemEvents events;
  @Inject AgroalDataSource dataSource;
  @Inject EntityManager em;
  @Inject MeterRegistry metrics;

  @ConfigProperty(name = "bihuan.problem-feed.enabled", defaultValue = "true")
  boolean enabled;

  private FeedFollower<ProblemFeedApi.Event> follower;

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

  /** The follower of the problem feed (started with the application where enabled). */
  public synchronized FeedFollower<ProblemFeedApi.Event> follower() {
    if (follower == null) {
      follower =
          new FeedFollower<>(
                  FEED,
                  (after, limit, wait) -> feed.events(after, limit, wait).eventsOrEmpty(),
                  events,
                  FeedFollower.Settings.configuredUnder("bihuan.problem-feed"),
                  dataSource,
                  PageTransactions.jta(em))
              .logTo(LOG);
    }
    return follower;
  }
}
