package org.bihuan.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bihuan.platform.closure.ProblemClosure;
import org.bihuan.platform.time.DeadlineSql;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.report.mapping.Light;

/**
 * The SQL pieces every report reads the projection with: the filtered ticket rows with each rule of
 * the figures (DOMAIN.md) evaluated per row, the source/unit/date filters, the organisation's zone
 * as a literal, and the units of a ticket row. {@link ReportQueries} aggregates them; {@link
 * ReportLists} and {@link LedgerRows} list them. These renderings are the only statement of the
 * figure rules in report-service (docs/decisions/0363); the tests hold them to a Java reading of
 * DOMAIN.md kept among the tests.
 */
@ApplicationScoped
public class ReportSql {

  private static final Pattern SAFE_ZONE = Pattern.compile("[A-Za-z0-9/_+\\-]+");

  @Inject OrganisationClock clock;

  /**
   * {@code ft}/{@code fx}: the filtered tickets with every rule evaluated per row; columns of
   * report_ticket plus today, counted, time_bound, long_term, open, working, progress_on, then
   * {@link #ruleColumns} (overdue, days_overdue, due_soon, stale, stagnant, light), on_time and
   * extended_and_met. The deadline rules are the platform's rendering ({@link DeadlineSql}), the
   * effective deadline the one the ticket view publishes.
   */
  String ticketRows(ReportFilter f, LocalDate today, List<Object> params) {
    String zone = zoneLiteral();
    DeadlineSql stored = storedRow(today);
    String day = stored.today();
    DeadlineSql row = DeadlineSql.columns("", "today");
    return "ft as (select "
        + TICKET_ROW_COLUMNS
        + ", "
        + day
        + " as today, "
        + COUNTED
        + " as counted, "
        + COUNTED
        + " and "
        + stored.timeBound()
        + " as time_bound, "
        + COUNTED
        + " and t.timing = 'LONG_TERM' as long_term, "
        + stored.open()
        + " as open, "
        + stored.working()
        + " as working,"
        // the date the latest report states, else the day it was recorded, else creation
        + " coalesce(t.last_progress_on, (coalesce(t.last_progress_at, t.created_at) at time zone "
        + zone
        + ")::date) as progress_on"
        + " from report_ticket t where "
        + ticketFilter(f, params)
        + "), fx as (select ft.*, "
        + ruleColumns(row)
        + ", coalesce(time_bound and status = 'VERIFIED' and submitted_on <= deadline, false)"
        + " as on_time,"
        + " coalesce(time_bound and status = 'VERIFIED' and submitted_on > deadline"
        + " and submitted_on <= effective_deadline, false) as extended_and_met"
        + " from ft)";
  }

  /**
   * The per-ticket answers of the rules, as the columns overdue, days_overdue (0 unless overdue),
   * due_soon, stale, stagnant and light (RED, YELLOW, GREEN, or NULL for a VERIFIED or CANCELLED
   * ticket and for no ticket at all): what the figures count, the overdue list, a source's report
   * and the ledger show. The dates compared are those the ticket view publishes (decision 0194).
   */
  static String ruleColumns(DeadlineSql row) {
    return row.overdue()
        + " as overdue, case when "
        + row.overdue()
        + " then cast("
        + row.today()
        + " as date) - "
        + row.effectiveDeadline()
        + " else 0 end as days_overdue, "
        + row.dueSoon()
        + " as due_soon, "
        + row.stale()
        + " as stale, "
        + row.stagnant()
        + " as stagnant, case when "
        + row.light("RED")
        + " then 'RED' when "
        + row.light("YELLOW")
        + " then 'YELLOW' when "
        + row.light("GREEN")
        + " then 'GREEN' end as light";
  }

  /** The rules of {@link #ruleColumns} over report_ticket {@code t} on {@code today}. */
  static DeadlineSql storedRow(LocalDate today) {
    return DeadlineSql.columns("t.", "date '" + today + "'");
  }

  /** The light column of {@link #ruleColumns}, or null. */
  static Light light(ResultSet rs) throws SQLException {
    String light = rs.getString("light");
    return light == null ? null : Light.valueOf(light);
  }

  /**
   * A counted ticket {@code t} (DOMAIN.md): one that is not CANCELLED. The figures count these, and
   * a problem belongs to a unit's or a leader's group only through one of them ({@link
   * #COUNTED_LINKS}).
   */
  static final String COUNTED = ProblemClosure.countsSql("t.status");

  /**
   * The links (problem_id, ticket_id) of problems to their counted tickets: the only way a problem
   * belongs to a unit's or a leader's group (DOMAIN.md), for the breakdowns ({@link Breakdown}) and
   * the unit filter alike.
   */
  static final String COUNTED_LINKS =
      "(select l.problem_id, l.ticket_id from report_ticket_problem l join report_ticket t"
          + " on t.id = l.ticket_id where "
          + COUNTED
          + ")";

  /** The report_ticket columns that the figures, the overdue list and the facts read. */
  static final String TICKET_ROW_COLUMNS =
      "t.seq, t.id, t.number, t.measure, t.responsible_person, t.leader_in_charge, t.timing,"
          + " t.deadline, t.effective_deadline, t.report_every, t.status, t.created_at,"
          + " t.submitted_at, t.verified_at, t.last_progress_at, t.last_progress_on, t.source_ids,"
          + " t.progress_percent, t.evidence_count, t.extension_approved, t.submitted_on,"
          + " t.report_due, t.stagnant_from";

  String ticketFilter(ReportFilter f, List<Object> params) {
    StringBuilder w = new StringBuilder("true");
    if (f.sourceId() != null) {
      w.append(" and ? = any(t.source_ids)");
      params.add(f.sourceId());
    }
    unitFilter(f, w, params);
    dateRange("t.created_at", f, w, params);
    return w.toString();
  }

  /** The ticket {@code t} has the filter's unit among its responsible units (if it names one). */
  void unitFilter(ReportFilter f, StringBuilder w, List<Object> params) {
    if (f.unit() != null) {
      w.append(
          " and exists (select 1 from report_ticket_unit fu where fu.ticket_id = t.id"
              + " and fu.unit_key = ?)");
      params.add(f.unitKey());
    }
  }

  String problemFilter(ReportFilter f, List<Object> params) {
    StringBuilder w = new StringBuilder("true");
    if (f.sourceId() != null) {
      w.append(" and p.source_id = ?");
      params.add(f.sourceId());
    }
    if (f.unit() != null) {
      // The unit's problems: those with a counted ticket of the unit.
      w.append(
          " and exists (select 1 from "
              + COUNTED_LINKS
              + " fl join report_ticket_unit fu on fu.ticket_id = fl.ticket_id"
              + " where fl.problem_id = p.id and fu.unit_key = ?)");
      params.add(f.unitKey());
    }
    dateRange("p.created_at", f, w, params);
    return w.toString();
  }

  /** {@code column} within the filter's from/to days in the organisation's zone. */
  void dateRange(String column, ReportFilter f, StringBuilder w, List<Object> params) {
    ZoneId zone = clock.zone();
    if (f.from() != null) {
      w.append(" and ").append(column).append(" >= ?");
      params.add(f.from().atStartOfDay(zone).toOffsetDateTime());
    }
    if (f.to() != null) {
      w.append(" and ").append(column).append(" < ?");
      params.add(f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }
  }

  /** The zone as an SQL literal; zone ids are letters, digits and / _ + - only. */
  String zoneLiteral() {
    String id = clock.zone().getId();
    if (!SAFE_ZONE.matcher(id).matches()) {
      throw new IllegalStateException("Unexpected time zone id " + id);
    }
    return "'" + id + "'";
  }

  static PreparedStatement prepare(Connection c, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p instanceof OffsetDateTime odt) {
        ps.setObject(i + 1, odt);
      } else {
        ps.setObject(i + 1, p);
      }
    }
    return ps;
  }

  /** Units of each ticket, in the order they were given. */
  static Map<String, List<String>> unitsOf(Connection c, List<String> ticketIds)
      throws SQLException {
    Map<String, List<String>> units = new LinkedHashMap<>();
    if (ticketIds.isEmpty()) {
      return units;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "select ticket_id, name from report_ticket_unit where ticket_id = any(?) order by"
                + " seq")) {
      ps.setArray(1, c.createArrayOf("text", ticketIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          units.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    return units;
  }
}
