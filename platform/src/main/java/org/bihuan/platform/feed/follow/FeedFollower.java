package org.bihuan.platform.feed.follow;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
 *       position are never handed over twice.
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

  /** A success is written to feed_health at most this often; a failure or a recovery at once. */
  static final Duration HEALTH_WRITE_EVERY = Duration.ofSeconds(5);

  private final String feed;
  private final FeedSource<E> source;
  private final PageApplier<E> applier;
  private final Settings settings;
  private final DataSource dataSource;
  private final PageTransactions transactions;
  private final long lockKey;
  private Logger log = Logger.getLogger(FeedFollower.class);
  private BiConsumer<Long, Instant> onCommitted = (position, occurredAt) -> {};
  private Counter applied;

  private volatile boolean running;
  private volatile Thread thread;
  private Connection lockConnection;

  private volatile boolean leader;
  private volatile long position = -1;
  private volatile Instant lastSuccessAt;
  private volatile Instant lastFailureAt;
  private volatile Instant failingSince;
  private volatile String lastError;
  private volatile int failures;
  private volatile Long stuckAt;
  private Instant warnedAt;
  private Instant healthWrittenAt;

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
    this.dataSource = dataSource;
    this.transactions = transactions;
    this.lockKey = lockKeyOf(feed);
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
    Gauge.builder(p + "lag.seconds", this, FeedFollower::lagSeconds)
        .description("Seconds since the followed feed last answered (-1: never)")
        .tag("feed", feed)
        .register(registry);
    Gauge.builder(p + "failures", this, f -> f.failures)
        .description("Consecutive failed reads or pages of the followed feed")
        .tag("feed", feed)
        .register(registry);
    Gauge.builder(p + "leader", this, f -> f.leader ? 1 : 0)
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

  /**
   * A stable advisory-lock key per feed (the same since the first follower, for rolling updates).
   */
  static long lockKeyOf(String feed) {
    long h = 0x7265706f72740000L;
    for (char c : feed.toCharArray()) {
      h = h * 31 + c;
    }
    return h;
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

  public Status status() {
    return new Status(
        feed,
        running,
        leader,
        position,
        lastSuccessAt,
        lastFailureAt,
        lastError,
        failures,
        stuckAt,
        failingSince);
  }

  @Override
  public void run() {
    try {
      while (running) {
        long after = position;
        try {
          if (!holdLeadership()) {
            pause(settings.standbyPause());
            continue;
          }
          after = storedPosition();
          position = after;
          List<E> events = source.read(after, settings.batchSize(), settings.waitSeconds());
          if (!running) {
            break;
          }
          if (events != null && !events.isEmpty()) {
            applyPage(after, events);
          }
          succeeded();
          if (events == null || events.isEmpty()) {
            pause(settings.idlePause());
          }
        } catch (RuntimeException | SQLException e) {
          if (!running) {
            break;
          }
          failed(after, e);
          pause(backoff(failures));
        }
      }
    } finally {
      releaseLeadership();
    }
  }

  /**
   * Applies one page read after {@code after} in its own transaction, with the position: answers
   * false (nothing applied) when the stored position is no longer {@code after}.
   */
  public boolean applyPage(long after, List<E> events) {
    E last = events.get(events.size() - 1);
    int[] count = {0};
    boolean done =
        transactions.inNewTransaction(c -> applyInTransaction(c, after, events, last, count));
    if (done) {
      position = Math.max(position, last.position());
      if (applied != null) {
        applied.increment(count[0]);
      }
      onCommitted.accept(last.position(), last.occurredAt());
    }
    return done;
  }

  private boolean applyInTransaction(Connection c, long after, List<E> events, E last, int[] count)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into feed_position (feed, position, updated_at) values (?, 0, now())"
                + " on conflict (feed) do nothing")) {
      ps.setString(1, feed);
      ps.executeUpdate();
    }
    long stored;
    try (PreparedStatement ps =
        c.prepareStatement("select position from feed_position where feed = ? for update")) {
      ps.setString(1, feed);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        stored = rs.getLong(1);
      }
    }
    if (stored != after) {
      log.infof("Feed %s moved from %d to %d meanwhile; page dropped", feed, after, stored);
      return false;
    }
    List<E> fresh = events.stream().filter(e -> e.position() > stored).toList();
    if (!fresh.isEmpty()) {
      applier.apply(c, fresh);
    }
    count[0] = fresh.size();
    try (PreparedStatement ps =
        c.prepareStatement(
            "update feed_position set position = ?, updated_at = now(),"
                + " last_occurred_at = coalesce(?, last_occurred_at), version = version + 1"
                + " where feed = ?")) {
      ps.setLong(1, Math.max(stored, last.position()));
      ps.setTimestamp(2, last.occurredAt() == null ? null : Timestamp.from(last.occurredAt()));
      ps.setString(3, feed);
      ps.executeUpdate();
    }
    return true;
  }

  /** The position stored for this feed: events after it are still to be applied. */
  public long storedPosition() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select position from feed_position where feed = ?")) {
      ps.setString(1, feed);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private void succeeded() {
    lastSuccessAt = Instant.now();
    boolean recovered = failures > 0;
    if (recovered) {
      log.infof(
          "Feed %s: following again after %d failed attempts since %s%s",
          feed, failures, failingSince, stuckAt == null ? "" : " (event " + stuckAt + " applied)");
    }
    failures = 0;
    failingSince = null;
    lastError = null;
    stuckAt = null;
    warnedAt = null;
    if (recovered
        || healthWrittenAt == null
        || Duration.between(healthWrittenAt, lastSuccessAt).compareTo(HEALTH_WRITE_EVERY) >= 0) {
      writeHealth();
    }
  }

  private void failed(long after, Exception e) {
    Instant now = Instant.now();
    failures++;
    lastFailureAt = now;
    if (failingSince == null) {
      failingSince = now;
    }
    UnreadableEvent unreadable = unreadable(e);
    // Never skipped: the consumer would silently miss a change for good.
    stuckAt = unreadable == null ? null : unreadable.position();
    lastError =
        "after position "
            + after
            + ": "
            + (unreadable == null ? describe(e) : unreadable.getMessage());
    if (lastError.length() > 300) {
      lastError = lastError.substring(0, 300) + "…";
    }
    if (warnedAt == null || !now.isBefore(warnedAt.plus(REMIND_EVERY))) {
      warnedAt = now;
      log.warnf(
          "Cannot follow feed %s (%d failed attempts since %s; retried with pauses up to %s,"
              + " nothing is skipped%s): %s",
          feed,
          failures,
          failingSince,
          settings.backoffMax(),
          stuckAt == null ? "" : ", waiting before event " + stuckAt,
          lastError);
    }
    writeHealth();
  }

  /**
   * Stores this follower's state in feed_health for the other replicas' readiness checks. Best
   * effort: a failed write is logged and retried with the next poll, the feed goes on.
   */
  private void writeHealth() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into feed_health (feed, last_success_at, last_failure_at,"
                    + " consecutive_failures, last_error, reported_at) values (?, ?, ?, ?, ?, now())"
                    + " on conflict (feed) do update set last_success_at = excluded.last_success_at,"
                    + " last_failure_at = excluded.last_failure_at,"
                    + " consecutive_failures = excluded.consecutive_failures,"
                    + " last_error = excluded.last_error, reported_at = excluded.reported_at")) {
      ps.setString(1, feed);
      ps.setTimestamp(2, lastSuccessAt == null ? null : Timestamp.from(lastSuccessAt));
      ps.setTimestamp(3, lastFailureAt == null ? null : Timestamp.from(lastFailureAt));
      ps.setInt(4, failures);
      ps.setString(5, lastError);
      ps.executeUpdate();
      healthWrittenAt = Instant.now();
    } catch (SQLException e) {
      log.debugf("Feed %s: cannot store its health: %s", feed, e.getMessage());
    }
  }

  /** Takes or confirms the feed's session advisory lock on a dedicated connection. */
  private boolean holdLeadership() throws SQLException {
    if (lockConnection != null && lockConnection.isValid(2)) {
      return true;
    }
    releaseLeadership();
    Connection c = dataSource.getConnection();
    boolean locked;
    try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?)")) {
      ps.setLong(1, lockKey);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        locked = rs.getBoolean(1);
      }
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    if (locked) {
      lockConnection = c;
      leader = true;
      log.infof("Feed %s: this instance now applies the feed", feed);
    } else {
      c.close();
    }
    return locked;
  }

  private void releaseLeadership() {
    leader = false;
    Connection c = lockConnection;
    lockConnection = null;
    if (c == null) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("select pg_advisory_unlock(?)")) {
      ps.setLong(1, lockKey);
      ps.execute();
    } catch (SQLException e) {
      // The lock goes with the connection anyway.
    }
    try {
      c.close();
    } catch (SQLException e) {
      // Nothing left to release.
    }
  }

  Duration backoff(int failureCount) {
    long min = settings.backoffMin().toMillis();
    long max = settings.backoffMax().toMillis();
    long millis = min << Math.min(Math.max(failureCount - 1, 0), 20);
    return Duration.ofMillis(Math.min(Math.max(millis, min), max));
  }

  private double lagSeconds() {
    Instant last = lastSuccessAt;
    return last == null ? -1 : Duration.between(last, Instant.now()).toMillis() / 1000.0;
  }

  private void pause(Duration d) {
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

  private static UnreadableEvent unreadable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnreadableEvent u) {
        return u;
      }
    }
    return null;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return root.getClass().getSimpleName() + message;
  }
}
