package org.bihuan.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bihuan.platform.feed.follow.PageApplier;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.platform.feed.follow.UnreadableEvent;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.report.client.TicketRecord;

/**
 * Applies rectification-service's feed (ticket.*) to the projection: the ticket row plus its
 * responsible units and addressed problems as child rows. Children are merged, not rewritten, so
 * their sequence (the ledger's order) stays stable across updates.
 */
@ApplicationScoped
public class TicketProjection implements PageApplier.EachEvent<ReceivedEvent> {

  @Inject ObjectMapper mapper;
  @Inject OrganisationClock clock;

  @Override
  public void apply(Connection c, ReceivedEvent e) throws SQLException {
    String type = e.type() == null ? "" : e.type();
    if (!type.startsWith("ticket.")) {
      return;
    }
    TicketRecord t;
    try {
      t = mapper.treeToValue(e.data(), TicketRecord.class);
    } catch (JsonProcessingException | IllegalArgumentException ex) {
      throw new UnreadableEvent(e.position(), type, ex.getMessage(), ex);
    }
    if (t == null
        || t.id() == null
        || t.status() == null
        || t.timing() == null
        || t.createdAt() == null) {
      throw new UnreadableEvent(e.position(), type, "lacks id, status, timing or createdAt", null);
    }
    upsertTicket(c, t);
    mergeUnits(c, t);
    mergeProblems(c, t);
  }

  private void upsertTicket(Connection c, TicketRecord t) throws SQLException {
    List<String> sources = t.sourceIds() == null ? List.of() : t.sourceIds();
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into report_ticket (id, number, source_ids, measure, responsible_person,"
                + " leader_in_charge, timing, deadline, effective_deadline, report_every, status,"
                + " external_ref, created_at, updated_at, submitted_at, verified_at,"
                + " cancelled_at, last_progress_at, progress_percent, evidence_count,"
                + " extension_approved, last_progress_on, last_progress_note, submitted_on,"
                + " report_due, stagnant_from, leader_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set"
                + " number ="
                + " excluded.number,"
                + " source_ids = excluded.source_ids, measure = excluded.measure,"
                + " responsible_person = excluded.responsible_person, leader_in_charge ="
                + " excluded.leader_in_charge, timing = excluded.timing, deadline ="
                + " excluded.deadline, effective_deadline = excluded.effective_deadline,"
                + " report_every = excluded.report_every, status = excluded.status,"
                + " external_ref = excluded.external_ref, created_at = excluded.created_at,"
                + " updated_at = excluded.updated_at, submitted_at = excluded.submitted_at,"
                + " verified_at = excluded.verified_at, cancelled_at = excluded.cancelled_at,"
                + " last_progress_at = excluded.last_progress_at, progress_percent ="
                + " excluded.progress_percent, evidence_count = excluded.evidence_count,"
                + " extension_approved = excluded.extension_approved, last_progress_on ="
                + " excluded.last_progress_on, last_progress_note = excluded.last_progress_note,"
                + " submitted_on = excluded.submitted_on, report_due = excluded.report_due,"
                + " stagnant_from = excluded.stagnant_from, leader_key = excluded.leader_key")) {
      int i = 1;
      ps.setString(i++, t.id());
      ps.setString(i++, t.number());
      ps.setArray(i++, c.createArrayOf("text", sources.toArray()));
      ps.setString(i++, t.measure());
      // People's names as rectification-service writes them now, also in events written before
      // it did (docs/decisions/0240); the leader's figures group by his name's key.
      ps.setString(i++, person(t.responsiblePerson()));
      ps.setString(i++, person(t.leaderInCharge()));
      ps.setString(i++, t.timing());
      ps.setObject(i++, t.deadline());
      ps.setObject(i++, t.effectiveDeadline());
      ps.setString(i++, t.reportEvery());
      ps.setString(i++, t.status());
      ps.setString(i++, t.externalRef());
      ps.setObject(i++, Sql.timestamp(t.createdAt()));
      ps.setObject(i++, Sql.timestamp(t.updatedAt()));
      ps.setObject(i++, Sql.timestamp(t.submittedAt()));
      ps.setObject(i++, Sql.timestamp(t.verifiedAt()));
      ps.setObject(i++, Sql.timestamp(t.cancelledAt()));
      ps.setObject(i++, Sql.timestamp(t.lastProgressAt()));
      ps.setObject(i++, t.progressPercent());
      ps.setInt(i++, t.evidenceCount() == null ? 0 : t.evidenceCount());
      ps.setBoolean(i++, Boolean.TRUE.equals(t.extensionApproved()));
      ps.setObject(i++, t.lastProgressOn());
      ps.setString(i++, t.lastProgressNote());
      ps.setObject(i++, submittedOn(t));
      ps.setObject(i++, t.reportDue());
      ps.setObject(i++, t.stagnantFrom());
      ps.setString(i++, PersonNames.groupKey(t.leaderInCharge()));
      ps.executeUpdate();
    }
  }

  /** A person's name as stored: {@link PersonNames#written}, none for blanks only. */
  public static String person(String name) {
    String written = PersonNames.written(name);
    return written == null || written.isBlank() ? null : written;
  }

  /**
   * The published submission date; for an event written before the view published it, the date of
   * submittedAt in the organisation's zone (what the view publishes).
   */
  private LocalDate submittedOn(TicketRecord t) {
    if (t.submittedOn() != null || t.submittedAt() == null) {
      return t.submittedOn();
    }
    return t.submittedAt().atZone(clock.zone()).toLocalDate();
  }

  private static void mergeUnits(Connection c, TicketRecord t) throws SQLException {
    List<TicketRecord.Unit> units = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    if (t.responsibleUnits() != null) {
      for (TicketRecord.Unit u : t.responsibleUnits()) {
        if (u != null && u.name() != null && names.add(u.name())) {
          units.add(u);
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "delete from report_ticket_unit where ticket_id = ? and not (name = any(?))")) {
      ps.setString(1, t.id());
      ps.setArray(2, c.createArrayOf("text", names.toArray()));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into report_ticket_unit (ticket_id, name, external_id, unit_key)"
                + " values (?, ?, ?, ?) on conflict (ticket_id, name) do update set external_id ="
                + " excluded.external_id")) {
      for (TicketRecord.Unit u : units) {
        ps.setString(1, t.id());
        ps.setString(2, u.name());
        ps.setString(3, u.externalId());
        ps.setString(4, UnitKeys.of(u.name()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void mergeProblems(Connection c, TicketRecord t) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    if (t.problemIds() != null) {
      t.problemIds().stream().filter(p -> p != null).forEach(ids::add);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "delete from report_ticket_problem where ticket_id = ? and not (problem_id ="
                + " any(?))")) {
      ps.setString(1, t.id());
      ps.setArray(2, c.createArrayOf("text", ids.toArray()));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into report_ticket_problem (ticket_id, problem_id) values (?, ?)"
                + " on conflict do nothing")) {
      for (String id : ids) {
        ps.setString(1, t.id());
        ps.setString(2, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
