package org.bihuan.report.service;

import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bihuan.report.config.ReportConfig;
import org.jboss.logging.Logger;

/**
 * How far the projection has read each feed. Every report answer carries these positions and the
 * newest change's time ({@code asOf}); the figure cache compares them to know whether a computed
 * answer is still current. This instance's own commits update the snapshot at once; other replicas'
 * commits are seen by re-reading at most every {@code report.cache.positions-refresh}.
 */
@ApplicationScoped
public class ProjectionState {

  public static final String PROBLEM_FEED = "problem";
  public static final String RECTIFICATION_FEED = "rectification";

  /** Positions of both feeds and the occurredAt of the newest change included. */
  public record Positions(long problem, long rectification, Instant asOf) {

    public static final Positions NONE = new Positions(0, 0, null);

    Positions with(String feed, long position, Instant occurredAt) {
      Instant newest =
          asOf == null || (occurredAt != null && occurredAt.isAfter(asOf)) ? occurredAt : asOf;
      return PROBLEM_FEED.equals(feed)
          ? new Positions(Math.max(problem, position), rectification, newest)
          : new Positions(problem, Math.max(rectification, position), newest);
    }
  }

  private record Snapshot(Positions positions, long readAtNanos) {}

  @Inject AgroalDataSource dataSource;
  @Inject ReportConfig config;

  private static final Logger LOG = Logger.getLogger(ProjectionState.class);

  private volatile Snapshot snapshot;
  private volatile long commits;
  private final AtomicBoolean renewing = new AtomicBoolean();

  public Positions current() {
    Snapshot s = snapshot;
    long now = System.nanoTime();
    if (s == null || now - s.readAtNanos() > config.cache().positionsRefresh().toNanos()) {
      s = read(now);
    }
    return s.positions();
  }

  /**
   * Reads the positions and keeps them; a commit of this instance while they were read (its
   * positions are newer than those read) is kept in them.
   */
  private Snapshot read(long now) {
    long seen = commits;
    try (Connection c = dataSource.getConnection()) {
      Positions read = read(c);
      synchronized (this) {
        Snapshot known = snapshot;
        if (commits != seen && known != null) {
          Positions k = known.positions();
          read =
              read.with(PROBLEM_FEED, k.problem(), k.asOf())
                  .with(RECTIFICATION_FEED, k.rectification(), k.asOf());
        }
        Snapshot s = new Snapshot(read, now);
        snapshot = s;
        return s;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the feed positions", e);
    }
  }

  /**
   * The positions if they were read recently enough; never touches the database. Past half their
   * age limit it has them read again on a worker thread (one read at a time), so that while reports
   * are asked for the positions are renewed before they expire and an answer from memory keeps
   * being given on the I/O thread (docs/decisions/0279) instead of sending every request of the
   * moment of expiry to a worker and the database.
   */
  public Optional<Positions> currentIfFresh() {
    Snapshot s = snapshot;
    long limit = config.cache().positionsRefresh().toNanos();
    long age = s == null ? Long.MAX_VALUE : System.nanoTime() - s.readAtNanos();
    if (age > limit / 2 && renewing.compareAndSet(false, true)) {
      try {
        Infrastructure.getDefaultWorkerPool().execute(this::renew);
      } catch (RuntimeException e) {
        renewing.set(false); // no worker to run it now: the next request that misses reads them
      }
    }
    return age > limit ? Optional.empty() : Optional.of(s.positions());
  }

  private void renew() {
    try {
      read(System.nanoTime());
    } catch (RuntimeException e) {
      LOG.debugf(e, "The feed positions could not be renewed; a request will read them");
    } finally {
      renewing.set(false);
    }
  }

  /** Called after this instance committed a page of a feed. */
  public synchronized void committed(String feed, long position, Instant occurredAt) {
    Snapshot s = snapshot;
    Positions base = s == null ? Positions.NONE : s.positions();
    snapshot = new Snapshot(base.with(feed, position, occurredAt), s == null ? 0 : s.readAtNanos());
    commits++;
  }

  /** Reads the positions on the given connection (inside a report's snapshot transaction). */
  public static Positions read(Connection c) throws SQLException {
    Positions p = Positions.NONE;
    try (PreparedStatement ps =
            c.prepareStatement("select feed, position, last_occurred_at from feed_position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        p = p.with(rs.getString(1), rs.getLong(2), Sql.instant(rs.getTimestamp(3)));
      }
    }
    return p;
  }
}
