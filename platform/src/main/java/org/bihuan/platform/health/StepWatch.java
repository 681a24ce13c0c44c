package org.bihuan.platform.health;

import java.time.Duration;
import java.time.Instant;

/**
 * When the step a background loop is in began, or last made progress (a webhook dispatcher's tick,
 * a feed follower's read and apply): a step that never ends is told from one that is slow by how
 * long it has gone without progress ({@link Stalls}, docs/decisions/0350). Cheap enough to ask on
 * every health check: two volatile fields, no lock, no database.
 */
public final class StepWatch {

  private volatile Instant since;
  private volatile Instant lastEnded;

  /** A step begins now. */
  public void began() {
    since = Instant.now();
  }

  /** The step in progress has done a part of its work (a page committed): it is not stalled. */
  public void progressed() {
    if (since != null) {
      since = Instant.now();
    }
  }

  /** The step is over (done or failed); the loop waits for its next one. */
  public void ended() {
    since = null;
    lastEnded = Instant.now();
  }

  /** When the step in progress began or last progressed; null between steps. */
  public Instant busySince() {
    return since;
  }

  /** When a step last ended; null before one has. */
  public Instant lastEnded() {
    return lastEnded;
  }

  /** How long the step in progress has gone without progress; zero between steps. */
  public Duration withoutProgress(Instant now) {
    Instant s = since;
    return s == null ? Duration.ZERO : Duration.between(s, now);
  }
}
