package org.bihuan.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bihuan.platform.time.OrganisationClock;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Item-level reports: the overdue list, one source's closed-loop report and the ledger rows. The
 * per-ticket answers (overdue, days overdue, light) come from {@link ClosedLoopFigures}.
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
      ClosedLoopFigures.Light light,
      List<String> sourceIds) {}

  /** A source and every problem of it with its tickets. */
  public record SourceReport(
      String id,
      String title,
      String kind,
      @Schema(nullable = true) String organization,
      @Schema(nullable = true) LocalDate heldOn,
      List<ProblemLine> problems) {}

  public record ProblemLine(
      String id,
      String number,
      String title,
      List<String> categoryPath,
      String status,
      @Schema(nullable = true) Instant closedAt,
      @Schema(nullable = true) Instant withdrawnAt,
      List<TicketLine> tickets) {}

  public record TicketLine(
      String id,
      String number,
      String measure,
      List<String> responsibleUnits,
      @Schema(nullable = true) String responsiblePerson,
      @Schema(nullable = true) String leaderInCharge,
      String timing,
      @Schema(nullable = true) LocalDate deadline,
      @Schema(nullable = true) LocalDate effectiveDeadline,
      boolean extensionApproved,
      String status,
      boolean overdue,
      long daysOverdue,
      boolean dueSoon,
      boolean stale,
      @Schema(description = "进展停滞: no progress report for two reportEvery intervals")
          boolean stagnant,
      @Schema(nullable = true) ClosedLoopFigures.Light light,
      @Schema(nullable = true) Integer progressPercent,
      @Schema(nullable = true) LocalDate lastProgressOn,
      @Schema(nullable = true) String lastProgressNote,
      int evidenceCount,
      @Schema(nullable = true) Instant submittedAt,
      @Schema(nullable = true) Instant verifiedAt) {}

  /** One row of the ledger (台账): a problem with one of its tickets, or alone if it has none. */
  public record LedgerRow(
      @com.fasterxml.jackson.annotation.JsonIgnore long key,
      String problemId,
      String problemNumber,
      String source,
      List<String> categoryPath,
      String problemTitle,
      @Schema(nullable = true) String problemDescription,
      String problemStatus,
      @Schema(nullable = true, description = "null on the row of a problem without a ticket")
          String ticketId,
      @Schema(nullable = true) String ticketNumber,
      @Schema(nullable = true) String measure,
      @Schema(nullable = true) List<String> responsibleUnits,
      @Schema(nullable = true) String responsiblePerson,
      @Schema(nullable = true) String leaderInCharge,
      @Schema(nullable = true) String timing,
      @Schema(nullable = true) LocalDate deadline,
      @Schema(nullable = true) LocalDate effectiveDeadline,
      @Schema(nullable = true) String status,
      boolean overdue,
      @Schema(nullable = true) ClosedLoopFigures.Light light,
      @Schema(nullable = true) Instant verifiedAt,
      @Schema(nullable = true) String problemExternalRef,
      @Schema(nullable = true) String ticketExternalRef,
      @Schema(
              nullable = true,
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
              implementation = UnitExternalId.class,
              description =
                  "The responsible units' externalId, in the order of responsibleUnits; null for"
                      + " a unit that has none")
          List<String> unitExternalIds,
      @Schema(
              description =
                  "No progress report for two of the ticket's reportEvery intervals (进展停滞)")
          boolean stagnant) {}

  /** One unit's externalId in a ledger row, or null when the unit has none. */
  @Schema(
      name = "UnitExternalId",
      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
      nullable = true)
  public static final class UnitExternalId {
    private UnitExternalId() {}
  }

  @FunctionalInterface
  public interface RowSink {
    void accept(LedgerRow row) throws java.io.IOException;
  }

  @Inject ReportQueries queries;
  @Inject OrganisationClock clock;

  private static final String TICKET_COLUMNS = ReportQueries.TICKET_ROW_COLUMNS;

  /**
   * Overdue tickets in a stable order (their projection sequence), one page after {@code after}.
   */
  public List<Keyed<OverdueTicket>> overdue(
      Connection c, ReportFilter f, LocalDate today, long after, int limitPlusOne)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql =
        "with "
            + queries.ticketRows(f, today, params)
            + " select "
            + TICKET_COLUMNS.replace("t.", "fx.")
            + " from fx where fx.overdue and fx.seq > ? order by fx.seq limit ?";
    params.add(after);
    params.add(limitPlusOne);
    ClosedLoopFigures rules = new ClosedLoopFigures(clock.zone(), today);
    List<OverdueTicket> items = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    try (PreparedStatement ps = ReportQueries.prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ClosedLoopFigures.TicketFacts facts = ReportQueries.facts(rs);
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
                rules.daysOverdue(facts),
                rules.light(facts),
                textArray(rs, "source_ids")));
      }
    }
    Map<String, List<String>> units =
        ReportQueries.unitsOf(c, items.stream().map(OverdueTicket::id).toList());
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
                  textArray(rs, "category_path"),
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
            + " from report_ticket_problem l join report_problem p on p.id = l.problem_id"
            + " join report_ticket t on t.id = l.ticket_id where p.source_id = ? and "
            + queries.ticketFilter(new ReportFilter(null, f.unit(), f.from(), f.to()), params)
            + " order by p.seq, l.seq";
    params.add(0, sourceId);
    ClosedLoopFigures rules = new ClosedLoopFigures(clock.zone(), today);
    List<String[]> pairs = new ArrayList<>();
    List<TicketLine> lines = new ArrayList<>();
    try (PreparedStatement ps = ReportQueries.prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        pairs.add(new String[] {rs.getString("problem_id"), rs.getString("id")});
        lines.add(ticketLine(rs, rules, List.of()));
      }
    }
    Map<String, List<String>> units =
        ReportQueries.unitsOf(c, lines.stream().map(TicketLine::id).distinct().toList());
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

  private static TicketLine ticketLine(ResultSet rs, ClosedLoopFigures rules, List<String> units)
      throws SQLException {
    ClosedLoopFigures.TicketFacts facts = ReportQueries.facts(rs);
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
        rules.overdue(facts),
        rules.daysOverdue(facts),
        rules.dueSoon(facts),
        rules.stale(facts),
        rules.stagnant(facts),
        rules.light(facts),
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

  /**
   * Ledger rows after {@code afterKey} in ledger order (problem sequence, then the ticket link's
   * sequence), read through a server-side cursor {@code fetchSize} rows at a time. A row's key is
   * {@code problemSeq << 32 | linkSeq}. Rows for problems without a ticket carry no ticket columns;
   * with a unit filter they are left out, and from/to apply to the ticket's creation date (the
   * problem's when it has no ticket).
   */
  public void ledger(
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
    if (f.unit() != null) {
      w.append(
          " and exists (select 1 from report_ticket_unit fu where fu.ticket_id = t.id"
              + " and fu.name = ?)");
      params.add(f.unit());
    }
    java.time.ZoneId zone = clock.zone();
    if (f.from() != null) {
      w.append(" and coalesce(t.created_at, p.created_at) >= ?");
      params.add(f.from().atStartOfDay(zone).toOffsetDateTime());
    }
    if (f.to() != null) {
      w.append(" and coalesce(t.created_at, p.created_at) < ?");
      params.add(f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }
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
            + (limit > 0 ? UNITS_PER_ROW : "tu.units, tu.unit_external_ids")
            + " from report_problem p left join report_source s on s.id = p.source_id"
            + " left join report_ticket_problem l on l.problem_id = p.id"
            + " left join report_ticket t on t.id = l.ticket_id"
            + (limit > 0 ? "" : UNITS_ONCE)
            + " where "
            + w
            + " order by p.seq, coalesce(l.seq, 0)"
            + (limit > 0 ? " limit " + limit : "");
    ClosedLoopFigures rules = new ClosedLoopFigures(zone, today);
    try (PreparedStatement ps = ReportQueries.prepare(c, sql, params)) {
      ps.setFetchSize(fetchSize);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean hasTicket = rs.getString("id") != null;
          ClosedLoopFigures.TicketFacts facts = hasTicket ? ReportQueries.facts(rs) : null;
          sink.accept(
              new LedgerRow(
                  (rs.getLong("problem_seq") << 32) | rs.getLong("link_seq"),
                  rs.getString("problem_id"),
                  rs.getString("problem_number"),
                  rs.getString("source_title"),
                  textArray(rs, "category_path"),
                  rs.getString("problem_title"),
                  rs.getString("problem_description"),
                  rs.getString("problem_status"),
                  rs.getString("id"),
                  rs.getString("number"),
                  rs.getString("measure"),
                  textArray(rs, "units"),
                  rs.getString("responsible_person"),
                  rs.getString("leader_in_charge"),
                  rs.getString("timing"),
                  rs.getObject("deadline", LocalDate.class),
                  rs.getObject("effective_deadline", LocalDate.class),
                  rs.getString("status"),
                  hasTicket && rules.overdue(facts),
                  hasTicket ? rules.light(facts) : null,
                  Sql.instant(rs.getTimestamp("verified_at")),
                  rs.getString("problem_external_ref"),
                  rs.getString("ticket_external_ref"),
                  textArray(rs, "unit_external_ids"),
                  hasTicket && rules.stagnant(facts)));
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

  private static List<String> textArray(ResultSet rs, String column) throws SQLException {
    java.sql.Array a = rs.getArray(column);
    if (a == null) {
      return List.of();
    }
    return Arrays.asList((String[]) a.getArray());
  }
}
