package org.bihuan.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.report.mapping.LedgerRow;

/**
 * The ledger (台账): every problem with each of its tickets, one row per link, in ledger order — a
 * page of it for the JSON answer, or all of it through a server-side cursor for the exports. The
 * per-ticket answers (overdue, light, stagnant) are the SQL's ({@link ReportSql#ruleColumns}).
 */
@ApplicationScoped
public class LedgerRows {

  @FunctionalInterface
  public interface RowSink {
    void accept(LedgerRow row) throws java.io.IOException;
  }

  @Inject ReportSql reportSql;

  /**
   * Ledger rows after {@code afterKey} in ledger order (problem sequence, then the ticket link's
   * sequence), read through a server-side cursor {@code fetchSize} rows at a time. A row's key is
   * {@code problemSeq << 32 | linkSeq}. Rows for problems without a ticket carry no ticket columns;
   * with a unit filter they are left out, and from/to apply to the ticket's creation date (the
   * problem's when it has no ticket).
   */
  public void rows(
      Connection c,
      ReportFilter f,
      LocalDate today,
      long afterKey,
      int limit,
      int fetchSize,
      RowSink sink)
      throws SQLException, java.io.IOException {
    List<Object> params = new ArrayList<>();
    StringBuilder w = new StringBuilder("true");
    if (f.sourceId() != null) {
      w.append(" and p.source_id = ?");
      params.add(f.sourceId());
    }
    reportSql.unitFilter(f, w, params);
    reportSql.dateRange("coalesce(t.created_at, p.created_at)", f, w, params);
    w.append(" and (p.seq, coalesce(l.seq, 0)) > (?, ?)");
    params.add(afterKey >>> 32);
    params.add(afterKey & 0xffffffffL);
    String sql =
        "select p.seq as problem_seq, coalesce(l.seq, 0) as link_seq, p.id as problem_id,"
            + " p.number as problem_number, s.title as source_title, p.category_path,"
            + " p.title as problem_title, p.description as problem_description,"
            + " p.status as problem_status, t.id, t.number, t.measure, t.responsible_person,"
            + " t.leader_in_charge, t.timing, t.deadline, t.effective_deadline,"
            + " t.report_every, t.status, t.created_at, t.submitted_at, t.verified_at,"
            + " t.last_progress_at, t.last_progress_on, t.submitted_on, t.report_due,"
            + " t.stagnant_from, p.external_ref as problem_external_ref,"
            + " t.external_ref as ticket_external_ref, "
            + ReportSql.ruleColumns(ReportSql.storedRow(today))
            + ", "
            + (limit > 0 ? UNITS_PER_ROW : "tu.units, tu.unit_external_ids")
            + " from report_problem p left join report_source s on s.id = p.source_id"
            + " left join report_ticket_problem l on l.problem_id = p.id"
            + " left join report_ticket t on t.id = l.ticket_id"
            + (limit > 0 ? "" : UNITS_ONCE)
            + " where "
            + w
            + " order by p.seq, coalesce(l.seq, 0)"
            + (limit > 0 ? " limit " + limit : "");
    try (PreparedStatement ps = ReportSql.prepare(c, sql, params)) {
      ps.setFetchSize(fetchSize);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(
              new LedgerRow(
                  (rs.getLong("problem_seq") << 32) | rs.getLong("link_seq"),
                  rs.getString("problem_id"),
                  rs.getString("problem_number"),
                  rs.getString("source_title"),
                  Sql.textArray(rs, "category_path"),
                  rs.getString("problem_title"),
                  rs.getString("problem_description"),
                  rs.getString("problem_status"),
                  rs.getString("id"),
                  rs.getString("number"),
                  rs.getString("measure"),
                  Sql.textArray(rs, "units"),
                  rs.getString("responsible_person"),
                  rs.getString("leader_in_charge"),
                  rs.getString("timing"),
                  rs.getObject("deadline", LocalDate.class),
                  rs.getObject("effective_deadline", LocalDate.class),
                  rs.getString("status"),
                  rs.getBoolean("overdue"),
                  ReportSql.light(rs),
                  Sql.instant(rs.getTimestamp("verified_at")),
                  rs.getString("problem_external_ref"),
                  rs.getString("ticket_external_ref"),
                  Sql.textArray(rs, "unit_external_ids"),
                  rs.getBoolean("stagnant")));
        }
      }
    }
  }

  // A page looks up the units of its few rows; a full export aggregates them all once.
  private static final String UNITS_PER_ROW =
      "(select array_agg(u.name order by u.seq) from report_ticket_unit u"
          + " where u.ticket_id = t.id) as units,"
          + " (select array_agg(u.external_id order by u.seq)"
          + " from report_ticket_unit u where u.ticket_id = t.id) as unit_external_ids";
  private static final String UNITS_ONCE =
      " left join (select u.ticket_id, array_agg(u.name order by u.seq) as units,"
          + " array_agg(u.external_id order by u.seq) as unit_external_ids"
          + " from report_ticket_unit u group by u.ticket_id) tu on tu.ticket_id = t.id";
}
