package org.bihuan.platform.feed;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives committed change events their feed positions (docs/decisions/0218). A writing transaction
 * inserts its events without a position and commits without waiting for anyone; this instance's one
 * sequencer thread then runs a round, {@code select change_feed_round()} on its own connection
 * outside the pool: under the feed's advisory lock it numbers every committed event still without a
 * position, in the order they were appended, and commits, which NOTIFYs the other instances. All
 * writers that committed before a round began share it, so the rounds, not the writers, queue for
 * the lock and the notify lock, and the writers' commits share WAL flushes.
 *
 * <p>A writer calls {@link #awaitRound} after its commit: it returns once a round that began after
 * the call has finished, so that the write's events are in the feed when its answer is sent — or
 * after {@code bihuan.feed.round-wait} (5 s) when no round could run, the database unreachable;
 * then the next round that can, this instance's sweep or another instance's, positions them. A
 * round that fails is tried again after a pause.
 */
@ApplicationScoped
public class FeedSequencer {

  /** The application_name of the rounds' connection, as pg_stat_activity shows it. */
  public static final String APPLICATION_NAME = "bihuan-feed-sequencer";

  private static final Logger LOG = Logger.getLogger(FeedSequencer.class);
  private static final long RETRY_MILLIS = 200;

  @Inject FeedWaiters waiters;

  @ConfigProperty(name = "bihuan.feed.round-wait", defaultValue = "PT5S")
  Duration roundWait;

  private final Object monitor = new Object();
  private long begun; // rounds begun, guarded by monitor
  private long finished; // the last round that completed, guarded by monitor
  private boolean wanted; // a round was asked for since the last one began, guarded by monitor
  private boolean stopped;
  private Thread thread;
  private Connection connection; // only the sequencer thread uses it
  private volatile boolean failing;

  /**
   * Waits until a round that began after this call has finished (so every event committed before
   * the call has its position), at most {@code bihuan.feed.round-wait}. Never throws; an
   * interrupted wait returns at once with the interrupt kept.
   */
  public void awaitRound() {
    long deadline = System.nanoTime() + roundWait.toNanos();
    synchronized (monitor) {
      startLocked();
      long round = begun + 1;
      wanted = true;
      monitor.notifyAll();
      while (finished < round && !stopped) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        try {
          monitor.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Asks for a round without waiting for it: the sweep of events whose writer did not wait. */
  public void sweep() {
    synchronized (monitor) {
      startLocked();
      wanted = true;
      monitor.notifyAll();
    }
  }

  private void startLocked() {
    if (thread == null && !stopped) {
      thread = new Thread(this::run, "feed-sequencer");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void run() {
    while (true) {
      long round;
      synchronized (monitor) {
        while (!wanted && !stopped) {
          try {
            monitor.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (stopped) {
          return;
        }
        wanted = false;
        round = ++begun;
      }
      int count;
      try {
        count = round();
      } catch (SQLException | RuntimeException e) {
        failed(e);
        synchronized (monitor) {
          wanted = true; // the writers waiting are still waiting
        }
        try {
          Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException stopping) {
          return;
        }
        continue;
      }
      synchronized (monitor) {
        finished = round;
        monitor.notifyAll();
      }
      if (count > 0) {
        waiters.committed();
      }
    }
  }

  /** One round; the number of events it positioned. */
  private int round() throws SQLException {
    if (connection == null) {
      connection = OwnConnection.open(APPLICATION_NAME);
    }
    int count;
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select change_feed_round()")) {
      rs.next();
      count = rs.getInt(1);
    }
    if (failing) {
      failing = false;
      LOG.info("Change feed rounds run again");
    }
    return count;
  }

  private void failed(Exception e) {
    if (!failing && !stopped) {
      LOG.warnf(
          "A change feed round failed (writes answer after %s without their events in the"
              + " feed until a round succeeds): %s",
          roundWait, e.toString());
    }
    failing = true;
    Connection c = connection;
    connection = null;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException | RuntimeException ignored) {
        // a broken connection is opened again
      }
    }
  }

  @PreDestroy
  void stop() {
    Thread t;
    synchronized (monitor) {
      stopped = true;
      monitor.notifyAll();
      t = thread;
    }
    if (t != null) {
      t.interrupt();
      try {
        t.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Connection c = connection;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException | RuntimeException ignored) {
        // closing on the way out
      }
    }
  }
}
