package org.bihuan.report.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.bihuan.platform.feed.follow.FeedFollower;
import org.bihuan.platform.feed.follow.FeedSource;
import org.bihuan.platform.feed.follow.PageApplier;
import org.bihuan.platform.feed.follow.PageTransactions;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.report.client.ProblemFeedClient;
import org.bihuan.report.client.RectificationFeedClient;
import org.bihuan.report.config.ReportConfig;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Follows the two upstream feeds with the platform's {@link FeedFollower} (one replica at a time
 * applies each), starts them with the application and stops them cleanly on shutdown.
 */
@ApplicationScoped
public class ProjectionFeeds {

  private static final Logger LOG = Logger.getLogger(ProjectionFeeds.class);

  @Inject ReportConfig config;
  @Inject AgroalDataSource dataSource;
  @Inject EntityManager em;
  @Inject MeterRegistry metrics;
  @Inject ProjectionState state;
  @Inject ProblemProjection problems;
  @Inject TicketProjection tickets;
  @Inject @RestClient ProblemFeedClient problemFeed;
  @Inject @RestClient RectificationFeedClient rectificationFeed;

  private List<FeedFollower<ReceivedEvent>> followers = List.of();

  void onStart(@Observes StartupEvent event) {
    followers =
        List.of(
            follower(ProjectionState.PROBLEM_FEED, FeedSource.pages(problemFeed::events), problems),
            follower(
                ProjectionState.RECTIFICATION_FEED,
                FeedSource.pages(rectificationFeed::events),
                tickets));
    if (config.feed().enabled()) {
      start();
    }
  }

  private FeedFollower<ReceivedEvent> follower(
      String feed,
      FeedSource<ReceivedEvent> source,
      PageApplier.EachEvent<ReceivedEvent> projection) {
    ReportConfig.Feed f = config.feed();
    return new FeedFollower<>(
            feed,
            source,
            PageApplier.each(projection),
            new FeedFollower.Settings(
                f.batchSize(),
                f.waitSeconds(),
                f.idlePause(),
                f.standbyPause(),
                f.backoffMin(),
                f.backoffMax()),
            dataSource,
            PageTransactions.jta(em))
        .logTo(LOG)
        .onCommitted((position, occurredAt) -> state.committed(feed, position, occurredAt))
        .publishTo(metrics);
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  public void start() {
    followers.forEach(FeedFollower::start);
  }

  /** Stops both followers together, so shutdown waits for the slower one only. */
  public void stop() {
    followers.forEach(FeedFollower::requestStop);
    followers.forEach(f -> f.awaitStop(Duration.ofSeconds(15)));
  }

  public List<FeedFollower.Status> statuses() {
    return followers.stream().map(FeedFollower::status).toList();
  }
}
