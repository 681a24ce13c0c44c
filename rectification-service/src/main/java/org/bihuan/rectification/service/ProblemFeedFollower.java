package org.bihuan.rectification.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
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

  @ConfigProperty(name = "bihuan.problem-feed.batch-size", defaultValue = "200")
  int batchSize;

  @ConfigProperty(name = "bihuan.problem-feed.wait-seconds", defaultValue = "10")
  int waitSeconds;

  @ConfigProperty(name = "bihuan.problem-feed.idle-pause", defaultValue = "PT0.25S")
  Duration idlePause;

  @ConfigProperty(name = "bihuan.problem-feed.standby-pause", defaultValue = "PT5S")
  Duration standbyPause;

  @ConfigProperty(name = "bihuan.problem-feed.backoff-min", defaultValue = "PT1S")
  Duration backoffMin;

  @ConfigProperty(name = "bihuan.problem-feed.backoff-max", defaultValue = "PT30S")
  Duration backoffMax;

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
                  new FeedFollower.Settings(
                      batchSize, waitSeconds, idlePause, standbyPause, backoffMin, backoffMax),
                  dataSource,
                  PageTransactions.jta(em))
              .logTo(LOG);
    }
    return follower;
  }
}
