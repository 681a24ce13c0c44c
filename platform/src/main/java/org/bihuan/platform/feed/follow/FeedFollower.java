package org.bihuan.platform.feed.follow;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Follows one other service's change feed and hands its pages to a {@link PageApplier}; the one
 * follower every consumer of a feed uses (docs/decisions/0196-one-feed-follower.md).
 *
 * <ul>
 *   <li>Each page (up to {@code batchSize} events) is applied in one transaction together with the
 *       new position in {@code feed_position} (platform migration), so a restart resumes exactly
 *       after the last committed page. The page re-reads the stored position {@code FOR UPDATE} and
 *       is dropped if it moved since the page was asked for; events at or before the stored
 *       position are never handed over twice. A page that finds the position locked by another
 *       transaction (a former leader still in its page) is left and asked for again after the
 *       standby pause, not waited for (docs/decisions/0355).
 *   <li>With several replicas only the one holding the feed's PostgreSQL advisory lock (a session
 *       lock on a dedicated connection) reads and applies; the others wait on standby and take over
 *       when its connection goes away.
 *   <li>A failing upstream or page is retried with pauses doubling from {@code backoffMin} to
 *       {@code backoffMax}. An event the applier cannot read ({@link UnreadableEvent}) is never
 *       skipped: the follower stays before it and {@link Status#stuckAt} says where.
 *   <li>A streak of failures is logged once at WARN (again every {@link #REMIND_EVERY} while it
 *       lasts) and its end at INFO, under the consumer's logger.
 *   <li>The leader stores its health in {@code feed_health}, so every replica's readiness tells the
 *       same ({@link FeedReadiness}); /q/metrics has {@code bihuan.feed.follower.*} per feed.
 * </ul>
 */
public final class FeedFollower<E extends FollowedEvent> implements Runnable {

  /** How the follower paces itself. */
  public record Settings(
      int batchSize,
      int waitSeconds,
      Duration idlePause,
      Duration standbyPause,
      Duration backoffMin,
      Duration backoffMax) {

    /**
     * The settings a service configures under {@code prefix} ({@code <prefix>.batch-size}, {@code
     * .wait-seconds}, {@code .idle-pause}, {@code .standby-pause}, {@code .backoff-min}, {@code
     * .backoff-max}), each with the product's default.
     */
    public static Settings configuredUnder(String prefix) {
      org.eclipse.microprofile.config.Config c =
          org.eclipse.microprofile.config.ConfigProvider.getConfig();
      return new Settings(
          c.getOptionalValue(prefix + ".batch-size", Integer.class).orElse(200),
          c.getOptionalValue(prefix + ".wait-seconds", Integer.class).orElse(10),
          c.getOptionalValue(prefix + ".idle-pause", Duration.class).orElse(Duration.ofMillis(250)),
          c.getOptionalValue(prefix + ".standby-pause", Duration.class)
              .orElse(Duration.ofSeconds(5)),
          c.getOptionalValue(prefix + ".backoff-min", Duration.class).orElse(Duration.ofSeconds(1)),
          c.getOptionalValue(prefix + ".backoff-max", Duration.class)
              .orElse(Duration.ofSeconds(30)));
    }

    public Settings {
      if (batchSize < 1 || waitSeconds < 0 || backoffMin.compareTo(backoffMax) > 0) {
        throw new IllegalArgumentException(
            "feed follower settings: batchSize >= 1, waitSeconds >= 0, backoffMin <= backoffMax");
      }
    }
  }

  /** What readiness reports about this follower. */
  public record Status(
      String feed,
      boolean running,
      boolean leader,
      long position,
      Instant lastSuccessAt,
      Instant lastFailureAt,
      String lastError,
      int consecutiveFailures,
      Long stuckAt,
      Instant failingSince) {}

  /** A streak of failures is logged again at WARN this often while it lasts. */
  public static final Duration REMIND_EVERY = Duration.ofMinutes(10);

  private final String feed;
  private final FeedSource<E> source;
  private final PageApplier<E> applier;
  private final Settings settings;
  private final PageTransactions transactions;
  private final FeedLeadership leadership;
  private final FeedPositions positions;
  private final FollowerHealth health;
  private Logger log = Logger.getLogger(FeedFollower.class);
  private BiConsumer<Long, Instant> onCommitted = (position, occurredAt) -> {};
  private Counter applied;

  private volatile boolean running;
  private volatile Thread thread;

  /** The step in progress: a read (with its long poll) and the page it applies. */
  private final org.bihuan.platform.health.StepWatch step =
      new org.bihuan.platform.health.StepWatch();

  private volatile long position = -1;

  public FeedFollower(
      String feed,
      FeedSource<E> source,
      PageApplier<E> applier,
      Settings settings,
      DataSource dataSource,
      PageTransactions transactions) {
    this.feed = feed;
    this.source = source;
    this.applier = applier;
    this.settings = settings;
    this.transactions = transactions;
    this.leadership = new FeedLeadership(feed, dataSource);
    this.positions = new FeedPositions(feed, dataSource);
    this.health = new FollowerHealth(feed, dataSource, settings.backoffMax());
  }

  /** Logs under the consumer's category instead of this class's. */
  public FeedFollower<E> logTo(Logger logger) {
    this.log = logger;
    return this;
  }

  /** Called after a page committed, with the position and occurredAt of its last event. */
  public FeedFollower<E> onCommitted(BiConsumer<Long, Instant> listener) {
    this.onCommitted = listener;
    return this;
  }

  /** Publishes position, lag, failures, leadership and applied events, tagged with the feed. */
  public FeedFollower<E> publishTo(MeterRegistry registry) {
    String p = "bihuan.feed.follower.";
    Gauge.builder(p + "position", this, f -> f.position)
        .description("Position of the followed feed applied up to (-1 before the first read)")
        .tag("feed", feed)
        .register(registry);
    Gauge.builder(p + "lag.seconds", health, FollowerHealth::lagSeconds)
        .description("Seconds since the followed feed last answered (-1: never)")
        .tag("feed", feed)
        .register(registry);
    Gauge.builder(p + "failures", health, h -> h.failures)
        .description("Consecutive failed reads or pages of the followed feed")
        .tag("feed", feed)
        .register(registry);
    Gauge.builder(p + "leader", leadership, l -> l.isLeader() ? 1 : 0)
        .description("1 where this replica holds the feed's lock and applies it")
        .tag("feed", feed)
        .register(registry);
    applied =
        Counter.builder(p + "events")
            .description("Events of the followed feed applied by this replica")
            .tag("feed", feed)
            .register(registry);
    return this;
  }

  public String feed() {
    return feed;
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    Thread previous = thread;
    if (previous != null && previous.isAlive()) {
      // The previous loop must have released its lock connection before a new one starts.
      try {
        previous.join(Duration.ofSeconds(15).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    running = true;
    Thread t = new Thread(this, "feed-follower-" + feed);
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** Stops after the current step; a page being applied is committed or rolled back whole. */
  public void stop() {
    requestStop();
    awaitStop(Duration.ofSeconds(15));
  }

  /** Asks the follower to stop, interrupting a long-poll or a pause. */
  public synchronized void requestStop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
  }

  public void awaitStop(Duration timeout) {
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t != null) {
      try {
        t.join(timeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      if (thread == t) {
        thread = null;
      }
    }
  }

  /** When this follower's step in progress began; a step that never ends is a stall (0350). */
  public org.bihuan.platform.health.StepWatch step() {
    return step;
  }

  /** What a step may take by design: its long poll's wait. */
  public Duration stepAllowed() {
    return Duration.ofSeconds(settings.waitSeconds());
  }

  public Status status() {
    return new Status(
        feed,
        running,
        leadership.isLeader(),
        position,
        health.lastSuccessAt,
        health.lastFailureAt,
        health.lastError,
        health.failures,
        health.stuckAt,
        health.failingSince);
  }

  @Override
  public void run() {
    try {
      while (running) {
        long after = position;
        step.began();
        try {
          if (!leadership.hold(log)) {
            pause(settings.standbyPause());
            continue;
          }
          after = storedPosition();
          position = after;
          List<E> events = source.read(after, settings.batchSize(), settings.waitSeconds());
          if (!running) {
            break;
          }
          boolean held = false;
          if (events != null && !events.isEmpty()) {
            held = apply(after, events) == FeedPositions.HELD;
          }
          health.succeeded(log);
          if (held) {
            // a replica that led until moments ago is still in its page: it is not waited for
            // (it may be stuck), the page is asked for again after the standby pause (0355)
            pause(settings.standbyPause());
          } else if (events == null || events.isEmpty()) {
            pause(settings.idlePause());
          }
        } catch (RuntimeException | SQLException e) {
          if (!running) {
            break;
          }
          health.failed(after, e, log);
          pause(backoff(health.failures));
        }
      }
    } finally {
      step.ended();
      leadership.release();
    }
  }

  /**
   * Applies one page read after {@code after} in its own transaction, with the position: answers
   * false (nothing applied) when the stored position is no longer {@code after} or another
   * transaction holds it.
   */
  public boolean applyPage(long after, List<E> events) {
    return apply(after, events) >= 0;
  }

  /** {@link #applyPage}: how many events were applied, or FeedPositions.MOVED or .HELD. */
  private int apply(long after, List<E> events) {
    E last = events.get(events.size() - 1);
    int count = transactions.inNewTransaction(c -> positions.apply(c, after, events, applier, log));
    if (count < 0) {
      return count;
    }
    position = Math.max(position, last.position());
    if (applied != null) {
      applied.increment(count);
    }
    onCommitted.accept(last.position(), last.occurredAt());
    return count;
  }

  /** The position stored for this feed: events after it are still to be applied. */
  public long storedPosition() throws SQLException {
    return positions.stored();
  }

  Duration backoff(int failureCount) {
    long min = settings.backoffMin().toMillis();
    long max = settings.backoffMax().toMillis();
    long millis = min << Math.min(Math.max(failureCount - 1, 0), 20);
    return Duration.ofMillis(Math.min(Math.max(millis, min), max));
  }

  private void pause(Duration d) {
    step.ended();
    if (!running || d.isZero()) {
      return;
    }
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
