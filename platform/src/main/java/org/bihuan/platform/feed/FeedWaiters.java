package org.bihuan.platform.feed;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Long polls that wait for the feed without holding a thread.
 *
 * <p>A waiting poll is only an entry here: its cursor, its deadline and a future. One watcher
 * thread reads the feed's head ({@code max(position)}) every {@link #TICK_MILLIS} while anyone
 * waits, and at once after a round of this instance positions events ({@link FeedSequencer}) or a
 * notification of the feed arrives ({@link FeedNotifications}, docs/decisions/0214); every entry
 * whose cursor the head has passed is completed with {@code true}, every entry whose deadline has
 * come with {@code false}. Because the head is read from the database, a change committed by
 * another instance sharing it wakes the waiters here as soon as its notification arrives, and
 * within one tick while this instance does not listen. With nobody waiting the watcher does not
 * query.
 */
@ApplicationScoped
public class FeedWaiters {

  /** How often the head is read while polls wait; also the precision of their deadlines. */
  static final long TICK_MILLIS = 100;

  private static final Logger LOG = Logger.getLogger(FeedWaiters.class);

  @Inject AgroalDataSource dataSource;
  @Inject FeedNotifications notifications;

  private final Set<Waiter> waiting = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean pokePending = new AtomicBoolean();
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile boolean headUnreadable;
  private volatile long head = -1;
  private volatile long headReadAt;
  private volatile boolean stopped;
  private ScheduledExecutorService watcher;

  private record Waiter(long after, long deadline, CompletableFuture<Boolean> done) {}

  /**
   * Completes with {@code true} once a change after {@code after} is committed (by any instance),
   * or with {@code false} when {@code deadlineMillis} (epoch millis) has come.
   */
  public CompletableFuture<Boolean> awaitChangeAfter(long after, long deadlineMillis) {
    if (stopped) {
      return CompletableFuture.completedFuture(false);
    }
    startWatching();
    Waiter w = new Waiter(after, deadlineMillis, new CompletableFuture<>());
    waiting.add(w);
    return w.done();
  }

  /**
   * Whether {@code after} is the feed's head as read by the watcher within the last two ticks. Then
   * a poll has nothing to read yet and can wait at once: a commit since that read moves the head
   * past {@code after} and the next tick wakes the poll.
   */
  public boolean isRecentHead(long after) {
    return after == head && System.currentTimeMillis() - headReadAt <= 2 * TICK_MILLIS;
  }

  /** The number of polls waiting now. */
  public int waitingCount() {
    return waiting.size();
  }

  /**
   * Called after a round of this instance positioned events, and for every notification of the
   * feed: the head is read at once, not at the tick.
   */
  void committed() {
    if (started.get() && !waiting.isEmpty() && pokePending.compareAndSet(false, true)) {
      try {
        watcher.execute(
            () -> {
              pokePending.set(false);
              tick();
            });
      } catch (RuntimeException stopping) {
        pokePending.set(false);
      }
    }
  }

  private void startWatching() {
    if (started.compareAndSet(false, true)) {
      watcher =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "feed-head-watcher");
                t.setDaemon(true);
                return t;
              });
      watcher.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
      notifications.start();
    }
  }

  /** Reads the head once and wakes or times out the waiters it concerns. Never throws. */
  private void tick() {
    try {
      if (waiting.isEmpty()) {
        return;
      }
      long head = readHead();
      long now = System.currentTimeMillis();
      if (head >= 0) {
        this.head = head;
        headReadAt = now;
      }
      for (Waiter w : waiting) {
        if (head > w.after()) {
          finish(w, true);
        } else if (now >= w.deadline()) {
          finish(w, false);
        }
      }
    } catch (RuntimeException | Error e) {
      LOG.error("The feed head watcher failed a tick", e);
    }
  }

  private void finish(Waiter w, boolean changed) {
    if (waiting.remove(w)) {
      w.done().complete(changed);
    }
  }

  /**
   * The last committed position, or -1 when the database cannot be read (waiters then time out).
   */
  private long readHead() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select coalesce(max(position), 0) from change_event");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      if (headUnreadable) {
        headUnreadable = false;
        LOG.info("The feed head is readable again");
      }
      return rs.getLong(1);
    } catch (SQLException | RuntimeException e) {
      if (!headUnreadable) {
        headUnreadable = true;
        LOG.warnf("Cannot read the feed head, waiting polls will time out: %s", e.toString());
      }
      return -1;
    }
  }

  /** On shutdown every waiting poll is answered (as timed out) instead of being cut off. */
  @PreDestroy
  void stop() {
    stopped = true;
    if (watcher != null) {
      watcher.shutdownNow();
    }
    for (Waiter w : waiting) {
      finish(w, false);
    }
  }
}
