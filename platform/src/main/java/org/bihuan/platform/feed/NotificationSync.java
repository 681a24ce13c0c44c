package org.bihuan.platform.feed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells a request whether every commit acknowledged before it arrived has reached this instance
 * (docs/decisions/0313): a second connection LISTENs on the change feed's channel, and a round trip
 * on it that begins after the request arrived returns only after PostgreSQL has sent it every
 * notification of such a commit — the committing backend signals the listening ones before its
 * client is answered, and a listening backend sends what it was signalled before it reads the next
 * query. The notifications that come with the round trip are handled before the request is told.
 *
 * <p>One round trip at a time: the requests that arrived while one is under way wait for the next,
 * which begins when it ends, so under load one round trip answers many requests. The thread that
 * runs them is the only user of the connection (pgjdbc's may not be shared); it sleeps until asked,
 * or a heartbeat is due. A request is told false at once while the connection is not listening, and
 * when a round trip fails.
 */
final class NotificationSync {

  private final Consumer<PGNotification[]> handle;
  private final LongConsumer listening;
  private final Duration heartbeat;
  private final Duration timeout;
  private final Duration backoffMin;
  private final Duration backoffMax;

  private final ConcurrentLinkedQueue<Consumer<Boolean>> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong roundTrips = new AtomicLong();
  private volatile boolean ready;
  private volatile boolean stopped;
  private volatile Connection current;
  private volatile Thread thread;

  /**
   * {@code handle} takes the notifications a round trip brought, on the thread; {@code listening}
   * is told the {@link System#nanoTime()} a LISTEN was in place, before any request is told true.
   */
  NotificationSync(
      Consumer<PGNotification[]> handle,
      LongConsumer listening,
      Duration heartbeat,
      Duration timeout,
      Duration backoffMin,
      Duration backoffMax) {
    this.handle = handle;
    this.listening = listening;
    this.heartbeat = heartbeat;
    this.timeout = timeout;
    this.backoffMin = backoffMin;
    this.backoffMax = backoffMax;
  }

  void start() {
    Thread t = new Thread(this::run, "feed-notification-sync");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /**
   * Calls {@code then} with true once a round trip that began after this call has returned and its
   * notifications are handled, with false when none can be (not listening, failed); on the sync
   * thread, or at once on the caller's. Never blocks.
   */
  void sync(Consumer<Boolean> then) {
    if (!ready) {
      then.accept(false);
      return;
    }
    waiting.add(then);
    LockSupport.unpark(thread);
    if (!ready) {
      fail(drain()); // dropped meanwhile: none is left waiting for the next connection
    }
  }

  boolean listening() {
    return ready;
  }

  long connections() {
    return connections.get();
  }

  long roundTrips() {
    return roundTrips.get();
  }

  private void run() {
    long pause = backoffMin.toMillis();
    while (!stopped) {
      List<Consumer<Boolean>> asked = List.of();
      try (Connection c = OwnConnection.open(FeedNotifications.SYNC_APPLICATION_NAME)) {
        current = c;
        c.setNetworkTimeout(Runnable::run, (int) Math.max(1, timeout.toMillis()));
        PGConnection pg = c.unwrap(PGConnection.class);
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + FeedNotifications.CHANNEL);
          listening.accept(System.nanoTime());
          connections.incrementAndGet();
          ready = true;
          pause = backoffMin.toMillis();
          long last = System.nanoTime();
          while (!stopped) {
            asked = drain();
            if (asked.isEmpty()) {
              long idle = heartbeat.toNanos() - (System.nanoTime() - last);
              if (idle > 0) {
                LockSupport.parkNanos(this, idle);
                continue;
              }
            }
            last = System.nanoTime();
            s.execute("select 1");
            handle.accept(pg.getNotifications());
            roundTrips.incrementAndGet();
            List<Consumer<Boolean>> told = asked;
            asked = List.of();
            tell(told, true);
          }
        }
      } catch (SQLException | RuntimeException e) {
        // told false below; the requests go to the database until the connection is open again
      } finally {
        ready = false;
        current = null;
        fail(asked);
        fail(drain());
      }
      if (stopped) {
        return;
      }
      LockSupport.parkNanos(this, Math.max(1, pause) * 1_000_000L);
      pause = Math.min(Math.max(1, pause) * 2, backoffMax.toMillis());
    }
  }

  private List<Consumer<Boolean>> drain() {
    Consumer<Boolean> first = waiting.poll();
    if (first == null) {
      return List.of();
    }
    List<Consumer<Boolean>> out = new ArrayList<>();
    out.add(first);
    for (Consumer<Boolean> next; (next = waiting.poll()) != null; ) {
      out.add(next);
    }
    return out;
  }

  private static void fail(List<Consumer<Boolean>> asked) {
    tell(asked, false);
  }

  private static void tell(List<Consumer<Boolean>> asked, boolean current) {
    for (Consumer<Boolean> then : asked) {
      try {
        then.accept(current);
      } catch (RuntimeException e) {
        // one request's continuation failing is that request's; the others are told
      }
    }
  }

  void stop() {
    stopped = true;
    ready = false;
    Connection c = current;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException | RuntimeException ignored) {
        // closing on the way out
      }
    }
    Thread t = thread;
    if (t != null) {
      LockSupport.unpark(t);
    }
    fail(drain());
  }
}
