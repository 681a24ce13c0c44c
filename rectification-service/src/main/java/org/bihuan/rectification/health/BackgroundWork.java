package org.bihuan.rectification.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.bihuan.platform.feed.follow.FeedFollower;
import org.bihuan.platform.health.Stalls;
import org.bihuan.platform.health.StepWatch;
import org.bihuan.platform.webhook.WebhookDispatcher;
import org.bihuan.rectification.service.ProblemFeedFollower;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * How this instance's background loops go (docs/decisions/0350): the webhook and connector tick
 * (dispatching the outbox and sending what is due; {@code webhooks}) and the follower of
 * problem-service's feed ({@code problem-feed}). Each is {@code idle}, {@code working} or {@code
 * stalled} — in a step that has gone without progress for longer than it may take by design plus
 * {@link Stalls#stalledAfter} — with the seconds since its step began or last progressed. Shown by
 * {@link BackgroundWorkLiveness} (DOWN while one is stalled: a restart frees a stuck thread) and
 * {@link BackgroundWorkReadiness} (UP, {@code degraded} true: reads and writes still work).
 */
@ApplicationScoped
public class BackgroundWork {

  /** The checks' name in /q/health/live and /q/health/ready. */
  public static final String CHECK = "background-work";

  @Inject Instance<WebhookDispatcher> dispatcher;
  @Inject ProblemFeedFollower problemFeed;

  /** The check's answer; DOWN while a loop is stalled when {@code downWhenStalled}. */
  HealthCheckResponse check(boolean downWhenStalled) {
    Instant now = Instant.now();
    HealthCheckResponseBuilder b = HealthCheckResponse.named(CHECK);
    boolean stalled = false;
    if (dispatcher.isResolvable()) {
      stalled |= describe(b, "webhooks", dispatcher.get().tick(), Duration.ZERO, now);
    }
    if (problemFeed.enabled()) {
      FeedFollower<?> f = problemFeed.follower();
      stalled |= describe(b, "problem-feed", f.step(), f.stepAllowed(), now);
    }
    b.withData("stalledAfterSeconds", Stalls.stalledAfter().toSeconds());
    b.withData("degraded", stalled);
    return b.status(!(downWhenStalled && stalled)).build();
  }

  private static boolean describe(
      HealthCheckResponseBuilder b, String loop, StepWatch watch, Duration allowed, Instant now) {
    String state = Stalls.state(watch, allowed, now);
    b.withData(loop, state);
    b.withData(loop + ".withoutProgressSeconds", watch.withoutProgress(now).toSeconds());
    Instant ended = watch.lastEnded();
    b.withData(loop + ".lastStepEndedAt", ended == null ? "never" : ended.toString());
    return state.equals("stalled");
  }
}
