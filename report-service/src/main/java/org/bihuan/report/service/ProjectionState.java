package org.bihuan.report.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.bihuan.report.config.ReportConfig;

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

  private volatile Snapshot snapshot;

  public Positions current() {
    Snapshot s = snapshot;
    long now = System.nanoTime();
    if (s == null || now - s.readAtNanos() > config.cache().positionsRefresh().toNanos()) {
      try (Connection c = dataSource.getConnection()) {
        s = new Snapshot(read(c), now);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read the feed positions", e);
      }
      snapshot = s;
    }
    return s.positions();
  }

  /** The positions if they were read recently enough; never touches the database. */
  public Optional<Positions> currentIfFresh() {
    Snapshot s = snapshot;
    if (s == null
        || System.nanoTime() - s.readAtNanos() > config.cache().positionsRefresh().toNanos()) {
      return Optional.empty();
    }
    return Optional.of(s.positions());
  }

  /** Called after this instance committed a page of a feed. */
  public synchronized void committed(String feed, long position, Instant occurredAt) {
    Snapshot s = snapshot;
    Positions base = s == null ? Positions.NONE : s.positions();
    snapshot = new Snapshot(base.with(feed, position, occurredAt), s == null ? 0 : s.readAtNanos());
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
