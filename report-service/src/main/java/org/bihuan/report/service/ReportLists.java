package org.bihuan.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bihuan.report.mapping.Light;
import org.bihuan.report.mapping.ProblemLine;
import org.bihuan.report.mapping.SourceReport;
import org.bihuan.report.mapping.TicketLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Item-level reports: the overdue list and one source's closed-loop report ({@link LedgerRows} has
 * the ledger). The per-ticket answers (overdue, days overdue, due soon, stale, stagnant, light) are
 * the SQL's ({@link ReportSql#ruleColumns}), as the figures count them.
 */
@ApplicationScoped
public class ReportLists {

  /** An item with the stable key its page cursor is made of. */
  public record Keyed<T>(long key, T item) {}

  /** One overdue ticket. */
  public record OverdueTicket(
      String id,
      String number,
      String measure,
      List<String> responsibleUnits,
      @Schema(nullable = true) String responsiblePerson,
      @Schema(nullable = true) String leaderInCharge,
      String timing,
      @Schema(nullable = true) LocalDate deadline,
      LocalDate effectiveDeadline,
      String status,
      long daysOverdue,
      Light light,
      List<String> sourceIds) {}

  @Inject ReportSql reportSql;

  private static final String TICKET_COLUMNS = ReportSql.TICKET_ROW_COLUMNS;

  /**
   * Overdue tickets in a stable order (their projection sequence), one page after {@code after}.
   */
  public List<Keyed<OverdueTicket>> overdue(
      Connection c, ReportFilter f, LocalDate today, long after, int limitPlusOne)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql =
        "with "
            + reportSql.ticketRows(f, today, params)
            + " select "
            + TICKET_COLUMNS.replace("t.", "fx.")
            + ", fx.days_overdue, fx.light from fx where fx.overdue and fx.seq > ? order by fx.seq limit ?";
    params.add(after);
    params.add(limitPlusOne);
    List<OverdueTicket> items = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    try (PreparedStatement ps = ReportSql.prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        seqs.add(rs.getLong("seq"));
        items.add(
            new OverdueTicket(
                rs.getString("id"),
                rs.getString("number"),
                rs.getString("measure"),
                List.of(),
                rs.getString("responsible_person"),
                rs.getString("leader_in_charge"),
                rs.getString("timing"),
                rs.getObject("deadline", LocalDate.class),
                rs.getObject("effective_deadline", LocalDate.class),
                rs.getString("status"),
                rs.getLong("days_overdue"),
                ReportSql.light(rs),
                Sql.textArray(rs, "source_ids")));
      }
    }
    Map<String, List<String>> units =
        ReportSql.unitsOf(c, items.stream().map(OverdueTicket::id).toList());
    List<Keyed<OverdueTicket>> withUnits = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      OverdueTicket o = items.get(i);
      withUnits.add(
          new Keyed<>(
              seqs.get(i),
              new OverdueTicket(
                  o.id(),
                  o.number(),
                  o.measure(),
                  units.getOrDefault(o.id(), List.of()),
                  o.responsiblePerson(),
                  o.leaderInCharge(),
                  o.timing(),
                  o.deadline(),
                  o.effectiveDeadline(),
                  o.status(),
                  o.daysOverdue(),
                  o.light(),
                  o.sourceIds())));
    }
    return withUnits;
  }

  /** The closed-loop report of one source, or empty when the projection has no such source. */
  public Optional<SourceReport> source(
      Connection c, String sourceId, ReportFilter f, LocalDate today) throws SQLException {
    SourceReport head;
    try (PreparedStatement ps =
        c.prepareStatement(
            "select id, title, kind, organization, held_on from report_source where id = ?")) {
      ps.setString(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        head =
            new SourceReport(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                List.of());
      }
    }
    Map<String, ProblemLine> problems = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select id, number, title, category_path, status, closed_at, withdrawn_at"
                + " from report_problem where source_id = ? order by seq")) {
      ps.setString(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          problems.put(
              rs.getString("id"),
              new ProblemLine(
                  rs.getString("id"),
                  rs.getString("number"),
                  rs.getString("title"),
                  Sql.textArray(rs, "category_path"),
                  rs.getString("status"),
                  Sql.instant(rs.getTimestamp("closed_at")),
                  Sql.instant(rs.getTimestamp("withdrawn_at")),
                  new ArrayList<>()));
        }
      }
    }
    List<Object> params = new ArrayList<>();
    String sql =
        "select l.problem_id, t.last_progress_on, t.last_progress_note, "
            + TICKET_COLUMNS
            + ", "
            + ReportSql.ruleColumns(ReportSql.storedRow(today))
            + " from report_ticket_problem l join report_problem p on p.id = l.problem_id"
            + " join report_ticket t on t.id = l.ticket_id where p.source_id = ? and "
            + reportSql.ticketFilter(new ReportFilter(null, f.unit(), f.from(), f.to()), params)
            + " order by p.seq, l.seq";
    params.add(0, sourceId);
    List<String[]> pairs = new ArrayList<>();
    List<TicketLine> lines = new ArrayList<>();
    try (PreparedStatement ps = ReportSql.prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        pairs.add(new String[] {rs.getString("problem_id"), rs.getString("id")});
        lines.add(ticketLine(rs, List.of()));
      }
    }
    Map<String, List<String>> units =
        ReportSql.unitsOf(c, lines.stream().map(TicketLine::id).distinct().toList());
    for (int i = 0; i < lines.size(); i++) {
      TicketLine l = lines.get(i);
      ProblemLine p = problems.get(pairs.get(i)[0]);
      if (p != null) {
        p.tickets().add(withUnits(l, units.getOrDefault(l.id(), List.of())));
      }
    }
    return Optional.of(
        new SourceReport(
            head.id(),
            head.title(),
            head.kind(),
            head.organization(),
            head.heldOn(),
            List.copyOf(problems.values())));
  }

  private static TicketLine ticketLine(ResultSet rs, List<String> units) throws SQLException {
    return new TicketLine(
        rs.getString("id"),
        rs.getString("number"),
        rs.getString("measure"),
        units,
        rs.getString("responsible_person"),
        rs.getString("leader_in_charge"),
        rs.getString("timing"),
        rs.getObject("deadline", LocalDate.class),
        rs.getObject("effective_deadline", LocalDate.class),
        rs.getBoolean("extension_approved"),
        rs.getString("status"),
        rs.getBoolean("overdue"),
        rs.getLong("days_overdue"),
        rs.getBoolean("due_soon"),
        rs.getBoolean("stale"),
        rs.getBoolean("stagnant"),
        ReportSql.light(rs),
        (Integer) rs.getObject("progress_percent"),
        rs.getObject("last_progress_on", LocalDate.class),
        rs.getString("last_progress_note"),
        rs.getInt("evidence_count"),
        Sql.instant(rs.getTimestamp("submitted_at")),
        Sql.instant(rs.getTimestamp("verified_at")));
  }

  private static TicketLine withUnits(TicketLine l, List<String> units) {
    return new TicketLine(
        l.id(),
        l.number(),
        l.measure(),
        units,
        l.responsiblePerson(),
        l.leaderInCharge(),
        l.timing(),
        l.deadline(),
        l.effectiveDeadline(),
        l.extensionApproved(),
        l.status(),
        l.overdue(),
        l.daysOverdue(),
        l.dueSoon(),
        l.stale(),
        l.stagnant(),
        l.light(),
        l.progressPercent(),
        l.lastProgressOn(),
        l.lastProgressNote(),
        l.evidenceCount(),
        l.submittedAt(),
        l.verifiedAt());
  }
}
