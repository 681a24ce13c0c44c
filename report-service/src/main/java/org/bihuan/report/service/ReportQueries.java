package org.bihuan.report.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.time.DeadlineSql;
import org.bihuan.report.mapping.FigureCounts;

/**
 * The figures aggregated in PostgreSQL: one pass over the projected tickets with {@code FILTER}
 * clauses, {@code today} and the zone as inputs, never loading rows into Java. The per-row
 * expressions are {@link ReportSql}'s, the only statement of the figure rules in report-service
 * (the deadline rules are the platform's one SQL rendering, {@link DeadlineSql}); the tests check
 * them against a Java reading of DOMAIN.md on a fixed dataset and the shared deadline cases. Each
 * report reads the feed positions in the same repeatable-read snapshot as its figures, so {@code
 * asOf} is exactly the newest change the answer includes.
 */
@ApplicationScoped
public class ReportQueries {

  /** An answer and the feed positions of the snapshot it was computed from. */
  public record Snapshot<T>(ProjectionState.Positions positions, T value) {}

  /** One group of a breakdown. */
  public record GroupCounts(String key, String label, FigureCounts counts) {}

  @FunctionalInterface
  public interface SnapshotWork<T> {
    T run(Connection c) throws SQLException;
  }

  @Inject AgroalDataSource dataSource;
  @Inject ReportSql reportSql;

  /** Runs reads in one read-only, repeatable-read transaction together with the positions. */
  public <T> Snapshot<T> inSnapshot(SnapshotWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
      try {
        ProjectionState.Positions positions = ProjectionState.read(c);
        T value = work.run(c);
        c.commit();
        return new Snapshot<>(positions, value);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setReadOnly(false);
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the report projection", e);
    }
  }

  /** The figures over everything the filter keeps. */
  public FigureCounts summary(Connection c, ReportFilter f, LocalDate today) throws SQLException {
    List<GroupCounts> rows = figures(c, f, today, null);
    return rows.isEmpty() ? FigureCounts.EMPTY : rows.get(0).counts();
  }

  /** The figures per group, ordered by key. */
  public List<GroupCounts> breakdown(Connection c, Breakdown by, ReportFilter f, LocalDate today)
      throws SQLException {
    List<GroupCounts> groups = figures(c, f, today, by);
    return by == Breakdown.SOURCE ? withSourceTitles(c, withEmptySources(c, f, groups)) : groups;
  }

  /**
   * Sources without problems or tickets have a group of zeros too (unless a unit or dates filter
   * the figures), so that a source filter built from the breakdown can choose every source.
   */
  private static List<GroupCounts> withEmptySources(
      Connection c, ReportFilter f, List<GroupCounts> groups) throws SQLException {
    if (f.unit() != null || f.from() != null || f.to() != null) {
      return groups;
    }
    java.util.Set<String> present = new java.util.HashSet<>();
    groups.forEach(g -> present.add(g.key()));
    List<GroupCounts> all = new ArrayList<>(groups);
    try (PreparedStatement ps =
        c.prepareStatement("select id from report_source where ?::text is null or id = ?")) {
      ps.setString(1, f.sourceId());
      ps.setString(2, f.sourceId());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (present.add(rs.getString(1))) {
            all.add(new GroupCounts(rs.getString(1), null, FigureCounts.EMPTY));
          }
        }
      }
    }
    all.sort(java.util.Comparator.comparing(GroupCounts::key));
    return all;
  }

  /** A source's key is its id; people read its title, so the group carries it as its label. */
  private static List<GroupCounts> withSourceTitles(Connection c, List<GroupCounts> groups)
      throws SQLException {
    Map<String, String> titles = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("select id, title from report_source where id = any(?)")) {
      ps.setArray(1, c.createArrayOf("text", groups.stream().map(GroupCounts::key).toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          titles.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return groups.stream()
        .map(g -> new GroupCounts(g.key(), titles.get(g.key()), g.counts()))
        .toList();
  }

  private List<GroupCounts> figures(Connection c, ReportFilter f, LocalDate today, Breakdown by)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("with ");
    sql.append(reportSql.ticketRows(f, today, params));
    sql.append(", fp as (select p.id, p.status from report_problem p where ")
        .append(reportSql.problemFilter(f, params))
        .append(")");
    if (by == null) {
      sql.append(", tagg as (select ''::text as key, ")
          .append(TICKET_AGGREGATES)
          .append(" from fx)");
      sql.append(", pagg as (select ''::text as key, ")
          .append(PROBLEM_AGGREGATES)
          .append(" from fp)");
    } else {
      // Filtered by unit, a unit breakdown has that unit's group only (not the co-responsible
      // units of its tickets).
      String onlyUnit = by == Breakdown.UNIT && f.unit() != null ? " where unit_key = ?" : "";
      sql.append(", tk as (select * from (").append(by.ticketKeys).append(") k").append(onlyUnit);
      if (!onlyUnit.isEmpty()) {
        params.add(f.unitKey());
      }
      sql.append("), pk as (select * from (").append(by.problemKeys).append(") k").append(onlyUnit);
      if (!onlyUnit.isEmpty()) {
        params.add(f.unitKey());
      }
      sql.append(")");
      sql.append(", tagg as (select tk.key, ")
          .append(TICKET_AGGREGATES)
          .append(" from tk join fx on fx.id = tk.ticket_id group by tk.key)");
      sql.append(", pagg as (select pk.key, ")
          .append(PROBLEM_AGGREGATES)
          .append(" from pk join fp on fp.id = pk.problem_id group by pk.key)");
    }
    sql.append(
        " select coalesce(tagg.key, pagg.key) as group_key, pagg.problems_total, pagg.problems_closed,"
            + " pagg.problems_withdrawn, tagg.* from tagg full join pagg on pagg.key = tagg.key"
            + " order by 1");
    List<GroupCounts> groups = new ArrayList<>();
    try (PreparedStatement ps = ReportSql.prepare(c, sql.toString(), params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        FigureCounts counts = countsOf(rs);
        if (by == null && counts.problemsTotal() == 0 && rs.getObject("counted") == null) {
          counts = FigureCounts.EMPTY;
        }
        groups.add(new GroupCounts(rs.getString("group_key"), null, counts));
      }
    }
    return groups;
  }

  /** One point of a trend: tickets opened and verified in [start, end], overdue as of end. */
  public record TrendPoint(
      LocalDate start, LocalDate end, long opened, long verified, long overdue) {}

  /**
   * Opened, verified and overdue per interval between {@code from} and {@code to}. "Overdue at a
   * point" is the platform's overdue rule ({@link DeadlineSql}) with the point's last day as today
   * and the ticket's status as of that day ({@link #OVERDUE_ON_THE_DAY}), over tickets created by
   * then, so that the point of today counts what the summary counts as overdue.
   */
  public List<TrendPoint> trend(
      Connection c, ReportFilter f, TrendInterval interval, LocalDate from, LocalDate to)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    String zone = reportSql.zoneLiteral();
    ReportFilter noDates = new ReportFilter(f.sourceId(), f.unit(), null, null);
    String sql =
        "with ft as (select t.id, t.status, t.timing, t.effective_deadline,"
            + " (t.created_at at time zone "
            + zone
            + ")::date as created_on, (t.verified_at at time zone "
            + zone
            + ")::date as verified_on, t.submitted_on, (t.cancelled_at at time zone "
            + zone
            + ")::date as cancelled_on from report_ticket t where "
            + reportSql.ticketFilter(noDates, params)
            + "), pts as (select greatest(d::date, ?) as start,"
            + " least((d + cast(? as interval))::date - 1, ?) as stop"
            + " from generate_series(date_trunc(?, cast(? as date)), cast(? as date),"
            + " cast(? as interval)) as d),"
            // per day first, so each point sums a few hundred rows, not every ticket
            + " opened as (select created_on as on_day, count(*) as n from ft group by 1),"
            + " verified as (select verified_on as on_day, count(*) as n from ft"
            + " where status = 'VERIFIED' group by 1)"
            + " select pts.start, pts.stop,"
            + " (select coalesce(sum(n), 0) from opened where on_day between pts.start and pts.stop),"
            + " (select coalesce(sum(n), 0) from verified"
            + " where on_day between pts.start and pts.stop),"
            + " (select count(*) from ft where ft.created_on <= pts.stop and "
            + OVERDUE_ON_THE_DAY
            + ") from pts order by pts.start";
    params.add(from);
    params.add(interval.step());
    params.add(to);
    params.add(interval.truncation());
    params.add(from);
    params.add(to);
    params.add(interval.step());
    List<TrendPoint> points = new ArrayList<>();
    try (PreparedStatement ps = ReportSql.prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        points.add(
            new TrendPoint(
                rs.getObject(1, LocalDate.class),
                rs.getObject(2, LocalDate.class),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5)));
      }
    }
    return points;
  }

  /** The trend's tickets {@code ft} read by the deadline rules on a point's last day. */
  private static final DeadlineSql ON_THE_DAY = DeadlineSql.columns("ft.", "pts.stop");

  /**
   * The status a ticket of the trend had on the point's last day, from its projected dates:
   * VERIFIED or CANCELLED from the day it was; one being worked on now was being worked on then
   * too, whatever an earlier submission said (rejected back to IN_PROGRESS, decision 0195);
   * otherwise SUBMITTED from its submission's day, and being worked on before it.
   */
  private static final String STATUS_ON_THE_DAY =
      "(case when ft.verified_on <= pts.stop then 'VERIFIED'"
          + " when ft.cancelled_on <= pts.stop then 'CANCELLED' when "
          + ON_THE_DAY.working()
          + " then ft.status when ft.submitted_on <= pts.stop then 'SUBMITTED'"
          + " else 'IN_PROGRESS' end)";

  /** Overdue on a point's last day: the overdue rule with the status the ticket had then. */
  static final String OVERDUE_ON_THE_DAY = ON_THE_DAY.withStatus(STATUS_ON_THE_DAY).overdue();

  private static final String TICKET_AGGREGATES =
      "count(*) filter (where status = 'ASSIGNED') as assigned,"
          + " count(*) filter (where status = 'IN_PROGRESS') as in_progress,"
          + " count(*) filter (where status = 'SUBMITTED') as submitted,"
          + " count(*) filter (where status = 'VERIFIED') as verified,"
          + " count(*) filter (where status = 'CANCELLED') as cancelled,"
          + " count(*) filter (where counted) as counted,"
          + " count(*) filter (where time_bound) as time_bound,"
          + " count(*) filter (where long_term) as long_term,"
          + " count(*) filter (where time_bound and status = 'VERIFIED') as verified_time_bound,"
          + " count(*) filter (where on_time) as on_time,"
          + " count(*) filter (where extended_and_met) as extended_and_met,"
          + " count(*) filter (where overdue) as overdue,"
          + " count(*) filter (where due_soon) as due_soon,"
          + " count(*) filter (where stagnant) as stagnant,"
          + " count(*) filter (where light = 'RED') as red,"
          + " count(*) filter (where light = 'YELLOW') as yellow,"
          + " count(*) filter (where light = 'GREEN') as green,"
          + " count(*) filter (where status = 'VERIFIED' and verified_at is not null)"
          + " as verified_with_times,"
          + " coalesce(sum(extract(epoch from verified_at - created_at))"
          + " filter (where status = 'VERIFIED' and verified_at is not null), 0)"
          + " as verify_seconds,"
          + " count(*) filter (where long_term and status = 'VERIFIED') as long_term_verified,"
          + " count(*) filter (where long_term and open) as long_term_open,"
          + " max(today - progress_on) filter (where long_term and open)"
          + " as long_term_max_days,"
          + " count(*) filter (where long_term and open"
          + " and last_progress_at is null) as long_term_never_reported";

  private static final String PROBLEM_AGGREGATES =
      "count(*) as problems_total,"
          + " count(*) filter (where status = 'CLOSED') as problems_closed,"
          + " count(*) filter (where status = 'WITHDRAWN') as problems_withdrawn";

  private static FigureCounts countsOf(ResultSet rs) throws SQLException {
    java.math.BigDecimal seconds = rs.getBigDecimal("verify_seconds");
    Object maxDays = rs.getObject("long_term_max_days");
    return new FigureCounts(
        rs.getLong("problems_total"),
        rs.getLong("problems_closed"),
        rs.getLong("problems_withdrawn"),
        rs.getLong("counted"),
        rs.getLong("time_bound"),
        rs.getLong("long_term"),
        rs.getLong("verified"),
        rs.getLong("verified_time_bound"),
        rs.getLong("on_time"),
        rs.getLong("extended_and_met"),
        rs.getLong("overdue"),
        rs.getLong("due_soon"),
        rs.getLong("assigned"),
        rs.getLong("in_progress"),
        rs.getLong("submitted"),
        rs.getLong("cancelled"),
        rs.getLong("red"),
        rs.getLong("yellow"),
        rs.getLong("green"),
        rs.getLong("verified_with_times"),
        seconds == null ? java.math.BigDecimal.ZERO : seconds,
        rs.getLong("long_term_verified"),
        rs.getLong("long_term_open"),
        maxDays == null ? null : ((Number) maxDays).longValue(),
        rs.getLong("long_term_never_reported"),
        rs.getLong("stagnant"));
  }
}
