package org.bihuan.platform.feed;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bihuan.platform.http.AnswerCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears at once of every event appended to this service's change feed, by this instance or by
 * another sharing the database (docs/decisions/0214): the round that gives the event its position
 * ({@link FeedSequencer}, docs/decisions/0218) NOTIFYs on {@link #CHANNEL} (a trigger on {@code
 * change_event}, delivered by PostgreSQL at the round's commit), and this class LISTENs on one
 * dedicated connection, outside the pool. For each notification it evicts the resource it names
 * from the {@link AnswerCache} (the answer and its type's pages) and wakes the waiting long polls
 * ({@link FeedWaiters}).
 *
 * <p>The connection is checked by a round trip every {@code bihuan.feed-notifications.heartbeat}
 * (200 ms); the cache counts on the notifications only while the last check began within its
 * allowed lag and the follower has read the feed since the LISTEN (the events of the gap). When the
 * connection drops, the cache falls back to the follower's tick at once, and the connection is
 * opened again after pauses doubling from {@code backoff-min} (0.5 s) to {@code backoff-max} (30
 * s). Started by the first use of the cache or of a long poll; {@link #describe} is what the health
 * check shows.
 *
 * <p>A second listening connection ({@link NotificationSync}, docs/decisions/0313) tells an answer
 * from memory whether every commit acknowledged before its request arrived has been taken in
 * ({@link #sync}); its round trips time out after {@code bihuan.feed-notifications.sync-timeout} (2
 * s), and it is opened again as this one. While it finds no other instance's sync connection on the
 * database ({@link #alone}), answers from memory need not wait for it. Both connections are opened
 * when the service starts, so that the instances already running count a new one before it serves.
 */
@ApplicationScoped
public class FeedNotifications {

  /** The channel the change feed's trigger notifies on (V2026_12_05_20). */
  public static final String CHANNEL = "bihuan_change_feed";

  /** The application_name of the listening connection, as pg_stat_activity shows it. */
  public static final String APPLICATION_NAME = "bihuan-feed-listener";

  /** The application_name of the connection that tells answers from memory (0313). */
  public static final String SYNC_APPLICATION_NAME = "bihuan-feed-sync";

  private static final Logger LOG = Logger.getLogger(FeedNotifications.class);

  @Inject AnswerCache answers;
  @Inject FeedWaiters waiters;

  @ConfigProperty(name = "bihuan.feed-notifications.enabled", defaultValue = "true")
  boolean enabled;

  @ConfigProperty(name = "bihuan.feed-notifications.heartbeat", defaultValue = "PT0.2S")
  Duration heartbeat;

  @ConfigProperty(name = "bihuan.feed-notifications.backoff-min", defaultValue = "PT0.5S")
  Duration backoffMin;

  @ConfigProperty(name = "bihuan.feed-notifications.backoff-max", defaultValue = "PT30S")
  Duration backoffMax;

  @ConfigProperty(name = "bihuan.feed-notifications.sync-timeout", defaultValue = "PT2S")
  Duration syncTimeout;

  @ConfigProperty(name = "bihuan.feed-notifications.alone-after", defaultValue = "PT30S")
  Duration aloneAfter;

  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong received = new AtomicLong();
  private volatile boolean stopped;
  private volatile boolean listening;
  private volatile Instant since;
  private volatile Instant droppedAt;
  private volatile String lastError;
  private volatile int consecutiveFailures;
  private volatile Connection current;
  private Thread thread;
  private volatile NotificationSync sync;

  /** Starts listening, once; nothing when disabled. */
  public void start() {
    if (enabled && !stopped && started.compareAndSet(false, true)) {
      NotificationSync s =
          new NotificationSync(
              this::evict,
              answers::syncListenFrom,
              heartbeat,
              aloneAfter,
              syncTimeout,
              backoffMin,
              backoffMax);
      sync = s;
      s.start();
      thread = new Thread(this::run, "feed-notifications");
      thread.setDaemon(true);
      thread.start();
    }
  }

  void onStart(@Observes StartupEvent event) {
    start();
  }

  /**
   * Whether this instance is the only one on its database (docs/decisions/0313, amended): its sync
   * connection listens and has found no other instance's in every count for {@code
   * bihuan.feed-notifications.alone-after} (30 s), the last within two heartbeats. Every commit
   * that can change an answer is then its own, evicted before its client is answered.
   */
  public boolean alone() {
    NotificationSync s = sync;
    return s != null && s.alone();
  }

  /** Whether the notifications are listened to (not turned off by configuration). */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Calls {@code then} with true once every commit acknowledged before this call has been taken in
   * (its resource evicted from the {@link AnswerCache}), with false when that cannot be known now
   * (not started, the second connection down or failing): on the thread of {@link
   * NotificationSync}, or at once on the caller's. Never blocks.
   */
  public void sync(Consumer<Boolean> then) {
    NotificationSync s = sync;
    if (s == null) {
      then.accept(false);
    } else {
      s.sync(then);
    }
  }

  /** Whether the LISTEN connection is open now. */
  public boolean listening() {
    return listening;
  }

  /** What the health check shows. */
  public Map<String, Object> describe() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("enabled", enabled);
    d.put("started", started.get());
    d.put("listening", listening);
    d.put("connections", connections.get());
    d.put("notifications", received.get());
    d.put("consecutiveFailures", consecutiveFailures);
    if (since != null) {
      d.put("listeningSince", since.toString());
    }
    if (droppedAt != null) {
      d.put("droppedAt", droppedAt.toString());
    }
    if (lastError != null) {
      d.put("lastError", lastError);
    }
    NotificationSync s = sync;
    if (s != null) {
      d.put("syncListening", s.listening());
      d.put("syncConnections", s.connections());
      d.put("syncRoundTrips", s.roundTrips());
      d.put("syncTold", s.told());
      d.put("syncOthers", s.others());
      d.put("syncAlone", s.alone());
    }
    return d;
  }

  private void run() {
    long pause = backoffMin.toMillis();
    while (!stopped) {
      try (Connection c = connect()) {
        current = c;
        listen(c);
        pause = backoffMin.toMillis();
      } catch (SQLException | RuntimeException e) {
        dropped(e);
      } finally {
        current = null;
      }
      if (stopped) {
        return;
      }
      try {
        Thread.sleep(Math.max(1, pause));
      } catch (InterruptedException e) {
        return;
      }
      pause = Math.min(Math.max(1, pause) * 2, backoffMax.toMillis());
    }
  }

  /** LISTENs on an open connection and handles what arrives until it fails or the service stops. */
  private void listen(Connection c) throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    try (Statement s = c.createStatement()) {
      s.execute("LISTEN " + CHANNEL);
    }
    // Commits from here on are notified; the follower's next read covers those before.
    answers.listenFrom(System.nanoTime());
    connections.incrementAndGet();
    since = Instant.now();
    listening = true;
    if (consecutiveFailures > 0) {
      LOG.infof(
          "Listening to the change feed's notifications again after %d failed attempts",
          consecutiveFailures);
    }
    consecutiveFailures = 0;
    long every = Math.max(1, heartbeat.toNanos());
    while (!stopped) {
      long began = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute("select 1");
      }
      handle(pg.getNotifications());
      answers.heard(began);
      long remaining;
      while (!stopped && (remaining = began + every - System.nanoTime()) > 0) {
        handle(pg.getNotifications((int) Math.max(1, remaining / 1_000_000)));
      }
    }
  }

  private void handle(PGNotification[] notifications) {
    if (notifications == null || notifications.length == 0) {
      return;
    }
    received.addAndGet(evict(notifications));
    waiters.committed();
  }

  /** Evicts the resources the feed's notifications name; gives how many there were. */
  private int evict(PGNotification[] notifications) {
    int n = 0;
    for (PGNotification one : notifications == null ? new PGNotification[0] : notifications) {
      if (CHANNEL.equals(one.getName())) {
        n++;
        String[] parts = one.getParameter().split(" ", 3);
        if (parts.length == 3) {
          answers.evict(parts[1], parts[2]);
        }
      }
    }
    return n;
  }

  private void dropped(Exception e) {
    boolean was = listening;
    listening = false;
    answers.notListening();
    if (was) {
      droppedAt = Instant.now();
    }
    lastError = e.toString();
    if (consecutiveFailures++ == 0 && !stopped) {
      LOG.warnf(
          "Not listening to the change feed's notifications (other instances' changes are seen at"
              + " the follower's tick meanwhile): %s",
          e.toString());
    }
  }

  private Connection connect() throws SQLException {
    return OwnConnection.open(APPLICATION_NAME);
  }

  @PreDestroy
  void stop() {
    stopped = true;
    listening = false;
    NotificationSync s = sync;
    if (s != null) {
      s.stop();
    }
    Connection c = current;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException | RuntimeException ignored) {
        // closing on the way out
      }
    }
    if (thread != null) {
      thread.interrupt();
    }
  }
}
