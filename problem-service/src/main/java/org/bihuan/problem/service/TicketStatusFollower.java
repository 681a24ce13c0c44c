package org.bihuan.problem.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.bihuan.problem.client.RectificationFeedApi;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Keeps problem statuses in step with the tickets by reading the rectification service's change
 * feed (see docs/decisions/0010-problem-status-follows-tickets.md). Each batch of events is applied
 * in one transaction that also stores the position read up to ({@link TicketEvents}). While the
 * rectification service is down, statuses simply wait; nothing is lost, the next poll resumes from
 * the stored position. A failure is logged at WARN once per streak of failed polls (and again every
 * {@link #REMIND_EVERY} while it lasts), its end at INFO; readiness shows the streak ({@code
 * RectificationFeedHealth}).
 */
@ApplicationScoped
public class TicketStatusFollower {

  static final int BATCH = 200;
  static final Duration REMIND_EVERY = Duration.ofMinutes(10);
  private static final Logger LOG = Logger.getLogger(TicketStatusFollower.class);

  @Inject @RestClient RectificationFeedApi feed;
  @Inject TicketEvents events;

  @ConfigProperty(name = "bihuan.rectification-feed.enabled", defaultValue = "true")
  boolean enabled;

  /** What readiness shows about following the feed. */
  public record Status(
      boolean enabled,
      Instant lastSuccessAt,
      Instant failingSince,
      int consecutiveFailures,
      String lastError) {}

  private volatile Instant lastSuccessAt;
  private volatile Instant failingSince;
  private volatile int failures;
  private volatile String lastError;
  private Instant warnedAt;

  public Status status() {
    return new Status(enabled, lastSuccessAt, failingSince, failures, lastError);
  }

  @Scheduled(
      every = "${bihuan.rectification-feed.every:2s}",
      delayed = "${bihuan.rectification-feed.delay:3s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void follow() {
    if (!enabled) {
      return;
    }
    long after = -1;
    try {
      for (int round = 0; round < 50; round++) {
        after = events.position();
        RectificationFeedApi.Page page = feed.events(after, BATCH);
        if (page == null || page.events() == null || page.events().isEmpty()) {
          break;
        }
        events.apply(after, page.events());
        if (page.events().size() < BATCH) {
          break;
        }
      }
      succeeded();
    } catch (RuntimeException e) {
      failed(after, e);
    }
  }

  private synchronized void succeeded() {
    if (failures > 0) {
      LOG.infof(
          "Following the rectification feed again after %d failed polls since %s",
          failures, failingSince);
    }
    lastSuccessAt = Instant.now();
    failures = 0;
    failingSince = null;
    lastError = null;
    warnedAt = null;
  }

  private synchronized void failed(long after, RuntimeException e) {
    Instant now = Instant.now();
    failures++;
    if (failingSince == null) {
      failingSince = now;
    }
    lastError = "after position " + after + ": " + e;
    if (lastError.length() > 300) {
      lastError = lastError.substring(0, 300) + "…";
    }
    if (warnedAt == null || !now.isBefore(warnedAt.plus(REMIND_EVERY))) {
      warnedAt = now;
      LOG.warnf(
          "Cannot follow the rectification feed (%d failed polls since %s; problem statuses wait,"
              + " nothing is lost): %s",
          failures, failingSince, lastError);
    }
  }
}
