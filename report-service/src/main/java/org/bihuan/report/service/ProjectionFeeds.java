package org.bihuan.report.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.bihuan.report.client.ProblemFeedClient;
import org.bihuan.report.client.RectificationFeedClient;
import org.bihuan.report.config.ReportConfig;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Starts the two feed followers with the application and stops them cleanly on shutdown. */
@ApplicationScoped
public class ProjectionFeeds {

  @Inject ReportConfig config;
  @Inject AgroalDataSource dataSource;
  @Inject EntityManager em;
  @Inject ProjectionState state;
  @Inject ProblemProjection problems;
  @Inject TicketProjection tickets;
  @Inject @RestClient ProblemFeedClient problemFeed;
  @Inject @RestClient RectificationFeedClient rectificationFeed;

  private List<FeedFollower> followers = List.of();

  void onStart(@Observes StartupEvent event) {
    followers =
        List.of(
            new FeedFollower(
                ProjectionState.PROBLEM_FEED,
                problemFeed::events,
                problems,
                dataSource,
                em,
                config.feed(),
                state),
            new FeedFollower(
                ProjectionState.RECTIFICATION_FEED,
                rectificationFeed::events,
                tickets,
                dataSource,
                em,
                config.feed(),
                state));
    if (config.feed().enabled()) {
      start();
    }
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
