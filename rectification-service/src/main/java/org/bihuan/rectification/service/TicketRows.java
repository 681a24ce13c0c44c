package org.bihuan.rectification.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.sql.RowValues;
import org.bihuan.rectification.ProblemLink;
import org.bihuan.rectification.ResponsibleUnit;
import org.bihuan.rectification.Ticket;

/**
 * Tickets read for a view in one statement: the row and its problems, responsible and
 * co-responsible units (as JSON arrays aggregated in the same select), so a page of 50 costs one
 * round trip instead of one plus three per ticket. The tickets it builds are detached copies for
 * reading, never written.
 */
final class TicketRows {

  /** The select list; {@code from ticket t} and the conditions follow. */
  static final String SELECT =
      "select t.id, t.seq, t.number, t.measure, t.responsible_person, t.leader_in_charge,"
          + " t.responsible_person_external_id, t.leader_in_charge_external_id,"
          + " t.timing, t.deadline, t.effective_deadline, t.report_every, t.report_due,"
          + " t.stagnant_from,"
          + " t.status, t.external_ref, t.version, t.created_at, t.updated_at,"
          + " t.submitted_at, t.submitted_on, t.verified_at, t.cancelled_at,"
          + " t.last_progress_at, t.last_progress_on, t.last_progress_note,"
          + " t.progress_percent, t.progress_count, t.evidence_count, t.extension_approved,"
          + " (select json_agg(json_build_array(p.problem_id, p.source_id) order by p.position)"
          + "  from ticket_problem p where p.ticket_id = t.id)::text as problems,"
          + " (select json_agg(json_build_array(u.name, u.external_id) order by u.position)"
          + "  from ticket_unit u where u.ticket_id = t.id)::text as units,"
          + " (select json_agg(json_build_array(u.name, u.external_id) order by u.position)"
          + "  from ticket_co_unit u where u.ticket_id = t.id)::text as co_units"
          + " from ticket t";

  private TicketRows() {}

  static Ticket of(Tuple r) {
    Ticket t = new Ticket();
    t.id = RowValues.uuid(r.get("id"));
    t.seq = ((Number) r.get("seq")).longValue();
    t.number = (String) r.get("number");
    t.measure = (String) r.get("measure");
    t.responsiblePerson = (String) r.get("responsible_person");
    t.leaderInCharge = (String) r.get("leader_in_charge");
    t.responsiblePersonExternalId = (String) r.get("responsible_person_external_id");
    t.leaderInChargeExternalId = (String) r.get("leader_in_charge_external_id");
    t.timing = Ticket.Timing.valueOf((String) r.get("timing"));
    t.deadline = RowValues.date(r.get("deadline"));
    t.effectiveDeadline = RowValues.date(r.get("effective_deadline"));
    String every = (String) r.get("report_every");
    t.reportEvery = every == null ? null : Ticket.ReportEvery.valueOf(every);
    t.reportDue = RowValues.date(r.get("report_due"));
    t.stagnantFrom = RowValues.date(r.get("stagnant_from"));
    t.status = Ticket.Status.valueOf((String) r.get("status"));
    t.externalRef = (String) r.get("external_ref");
    t.version = ((Number) r.get("version")).longValue();
    t.createdAt = RowValues.instant(r.get("created_at"));
    t.updatedAt = RowValues.instant(r.get("updated_at"));
    t.submittedAt = RowValues.instant(r.get("submitted_at"));
    t.submittedOn = RowValues.date(r.get("submitted_on"));
    t.verifiedAt = RowValues.instant(r.get("verified_at"));
    t.cancelledAt = RowValues.instant(r.get("cancelled_at"));
    t.lastProgressAt = RowValues.instant(r.get("last_progress_at"));
    t.lastProgressOn = RowValues.date(r.get("last_progress_on"));
    t.lastProgressNote = (String) r.get("last_progress_note");
    Number percent = (Number) r.get("progress_percent");
    t.progressPercent = percent == null ? null : percent.intValue();
    t.progressCount = ((Number) r.get("progress_count")).intValue();
    t.evidenceCount = ((Number) r.get("evidence_count")).intValue();
    t.extensionApproved = (Boolean) r.get("extension_approved");
    for (JsonNode p : RowValues.aggregate(r.get("problems"))) {
      t.problems.add(new ProblemLink(UUID.fromString(p.get(0).asText()), uuidOrNull(p.get(1))));
    }
    units(r.get("units"), t.responsibleUnits);
    units(r.get("co_units"), t.coResponsibleUnits);
    return t;
  }

  private static void units(Object json, List<ResponsibleUnit> into) {
    for (JsonNode u : RowValues.aggregate(json)) {
      into.add(
          new ResponsibleUnit(u.get(0).asText(), u.get(1).isNull() ? null : u.get(1).asText()));
    }
  }

  private static UUID uuidOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : UUID.fromString(n.asText());
  }
}
