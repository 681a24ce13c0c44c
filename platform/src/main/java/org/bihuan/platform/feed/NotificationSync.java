package org.bihuan.platform.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 *
 * <p>At most every heartbeat a round trip also counts the other instances' sync connections on the
 * same database ({@link #alone}): while there are none, every commit that can change an answer is
 * this instance's own, evicted before its client is answered, and an answer from memory needs no
 * round trip. An instance opens this connection when it starts ({@link FeedNotifications}), so one
 * that joins is counted within a heartbeat; and an instance counts itself alone only once none has
 * been counted for {@code aloneAfter} (30 s, the longest pause before a connection is opened
 * again), so another whose connection dropped — it still writes — is back in the count before then.
 */
final class NotificationSync {

  private final Consumer<PGNotification[]> handle;
  private final LongConsumer listening;
  private final Duration heartbeat;
  private final Duration aloneAfter;
  private final Duration timeout;
  private final Duration backoffMin;
  private final Duration backoffMax;

  private final ConcurrentLinkedQueue<Consumer<Boolean>> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong roundTrips = new AtomicLong();
  private final AtomicLong told = new AtomicLong();
  private volatile long others = -1;
  private volatile long countedAt;
  private volatile long noneSince;
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
      Duration aloneAfter,
      Duration timeout,
      Duration backoffMin,
      Duration backoffMax) {
    this.handle = handle;
    this.listening = listening;
    this.heartbeat = heartbeat;
    this.aloneAfter = aloneAfter;
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

  /** How many requests have been told (true or false) after a round trip. */
  long told() {
    return told.get();
  }

  /** The other instances' sync connections at the last count, -1 before one. */
  long others() {
    return others;
  }

  /**
   * Whether no other instance listens on this database: the connection listens, a count that began
   * within two heartbeats found no other instance's sync connection, and so has every count on this
   * connection for {@code aloneAfter}.
   */
  boolean alone() {
    long at = countedAt;
    return ready
        && others == 0
        && System.nanoTime() - at < 2 * heartbeat.toNanos()
        && at - noneSince >= aloneAfter.toNanos();
  }

  private void run() {
    long pause = backoffMin.toMillis();
    while (!stopped) {
      List<Consumer<Boolean>> asked = List.of();
      try (Connection c = OwnConnection.open(FeedNotifications.SYNC_APPLICATION_NAME)) {
        current = c;
        c.setNetworkTimeout(Runnable::run, (int) Math.max(1, timeout.toMillis()));
        PGConnection pg = c.unwrap(PGConnection.class);
        try (Statement s = c.createStatement();
            PreparedStatement count =
                c.prepareStatement(
                    "select count(*) from pg_stat_activity where application_name = ?"
                        + " and datname = current_database() and pid <> pg_backend_pid()")) {
          count.setString(1, FeedNotifications.SYNC_APPLICATION_NAME);
          s.execute("LISTEN " + FeedNotifications.CHANNEL);
          listening.accept(System.nanoTime());
          connections.incrementAndGet();
          ready = true;
          pause = backoffMin.toMillis();
          long last = System.nanoTime() - heartbeat.toNanos(); // the first count at once
          while (!stopped) {
            asked = drain();
            if (asked.isEmpty()) {
              long idle = heartbeat.toNanos() - (System.nanoTime() - last);
              if (idle > 0) {
                LockSupport.parkNanos(this, idle);
                continue;
              }
            }
            long began = System.nanoTime();
            if (began - countedAt >= heartbeat.toNanos() || others < 0) {
              long n = count(count);
              if (n == 0 && others != 0) {
                noneSince = began; // a run of counts finding none begins (again)
              }
              others = n;
              countedAt = began;
            } else {
              s.execute("select 1");
            }
            last = began;
            handle.accept(pg.getNotifications());
            roundTrips.incrementAndGet();
            List<Consumer<Boolean>> told = asked;
            asked = List.of();
            this.told.addAndGet(told.size());
            tell(told, true);
          }
        }
      } catch (SQLException | RuntimeException e) {
        // told false below; the requests go to the database until the connection is open again
      } finally {
        ready = false;
        others = -1;
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

  private static long count(PreparedStatement count) throws SQLException {
    try (ResultSet rs = count.executeQuery()) {
      rs.next();
      return rs.getLong(1);
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
