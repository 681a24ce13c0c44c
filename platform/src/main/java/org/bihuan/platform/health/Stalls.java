package org.bihuan.platform.health;

import java.time.Duration;

/**
 * When a background loop counts as stalled (docs/decisions/0350): its step has gone without
 * progress for longer than what the step may take by design ({@code allowed}: a long poll's wait,
 * none for a tick) plus {@value #STALLED_AFTER} (two minutes by default: more than the webhook
 * timeout, the feed's read timeout and the transaction timeout, so a slow machine is not a stall).
 * The one rule every health check of background work applies.
 */
public final class Stalls {

  /** The key that sets {@link #stalledAfter}. */
  public static final String STALLED_AFTER = "bihuan.health.stalled-after";

  private Stalls() {}

  /** The time a step may go without progress beyond what it is allowed by design. */
  public static Duration stalledAfter() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getOptionalValue(STALLED_AFTER, Duration.class)
        .orElse(Duration.ofMinutes(2));
  }

  /** Whether a step without progress this long, allowed {@code allowed} by design, is stalled. */
  public static boolean stalled(Duration withoutProgress, Duration allowed) {
    return withoutProgress.compareTo(allowed.plus(stalledAfter())) > 0;
  }

  /** A loop's state in one word: {@code stalled}, {@code working} (in a step) or {@code idle}. */
  public static String state(StepWatch watch, Duration allowed, java.time.Instant now) {
    Duration d = watch.withoutProgress(now);
    if (stalled(d, allowed)) {
      return "stalled";
    }
    return watch.busySince() == null ? "idle" : "working";
  }
}
