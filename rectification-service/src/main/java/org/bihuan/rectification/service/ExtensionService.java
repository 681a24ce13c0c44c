package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.Extension;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Ticket.Status;
import org.bihuan.rectification.mapping.ExtensionInput;
import org.bihuan.rectification.mapping.ExtensionView;

/**
 * 延期申请: a responsible unit asks for a later deadline, a verifier approves or refuses. The original
 * deadline is kept; an approval moves the effective deadline.
 */
@ApplicationScoped
public class ExtensionService {

  @Inject TicketLocks locks;
  @Inject TicketService tickets;
  @Inject TicketHistory history;
  @Inject WrittenTicket written;
  @Inject OrganisationClock clock;
  @Inject Callers callers;
  @Inject OwnUnits ownUnits;

  @Transactional
  public ExtensionView request(UUID ticketId, ExtensionInput in, String ifMatch) {
    Ticket t = locks.lock(ticketId);
    written.changed(t);
    Actor actor = callers.identified();
    TicketWorkflow.requireOwnUnit(actor, ownUnits.of(t, actor));
    Versions.checkIfMatch(ifMatch, t.version);
    if (!DeadlineRules.timeBound(t.timing)
        || (t.status != Status.ASSIGNED && t.status != Status.IN_PROGRESS)) {
      throw ApiProblem.conflict(
              "extension-not-applicable",
              "Only time-bound tickets that are ASSIGNED or IN_PROGRESS can be extended; this one"
                  + " is "
                  + t.timing
                  + " and "
                  + t.status
                  + ".")
          .with("currentState", t.status)
          .with("allowedActions", TicketWorkflow.allowedActions(t.status, actor));
    }
    Extension open =
        Extension.find("ticketId = ?1 and status = ?2", t.id, Extension.Status.REQUESTED)
            .firstResult();
    if (open != null) {
      throw ApiProblem.conflict(
              "extension-pending",
              "An extension request for this ticket is waiting for a decision already.")
          .header("Location", "/api/v1/extensions/" + open.id)
          .with("existingId", open.id);
    }
    String tooLate = DeadlineRules.newDeadlineTooLate(in.newDeadline(), clock.today());
    if (tooLate != null) {
      throw ApiProblem.invalidField("newDeadline", tooLate);
    }
    if (!in.newDeadline().isAfter(t.effectiveDeadline)) {
      throw ApiProblem.invalidField(
          "newDeadline", "must be after the current effective deadline " + t.effectiveDeadline);
    }
    Instant now = clock.now();
    Extension e = new Extension();
    e.id = UUID.randomUUID();
    e.ticketId = t.id;
    e.newDeadline = in.newDeadline();
    e.previousDeadline = t.effectiveDeadline;
    e.reason = in.reason().strip();
    e.status = Extension.Status.REQUESTED;
    e.requestedById = actor.id();
    e.requestedByName = actor.name();
    e.requestedByPersonIds = actor.directoryIds();
    e.requestedAt = now;
    e.persist();
    history.record(
        t,
        actor,
        "extension_requested",
        t.status,
        e.newDeadline + ": " + e.reason,
        now,
        "ticket.extension_requested");
    Extension.getEntityManager().flush();
    return ExtensionView.of(e);
  }

  /** Approves ({@code approve}) or refuses a pending request. A refusal needs a comment. */
  @Transactional
  public ExtensionView decide(UUID extensionId, boolean approve, String comment, String ifMatch) {
    UUID ticketId =
        Extension.getEntityManager()
            .createQuery("select e.ticketId from Extension e where e.id = ?1", UUID.class)
            .setParameter(1, extensionId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> ApiProblem.notFound("extension", extensionId));
    // The ticket first, then the request: the same order as every other writer of a ticket.
    Ticket t = locks.lock(ticketId);
    written.changed(t);
    Extension e = Extension.findById(extensionId, LockModeType.PESSIMISTIC_WRITE);
    Actor actor = callers.identified();
    // A verifier bound to a unit decides only for his unit's tickets (CONTRACT, 0227).
    TicketWorkflow.requireOwnUnit(actor, ownUnits.of(t, actor));
    // No version of a lapsed request could be decided: say why rather than 412 (0333).
    if (e.status == Extension.Status.LAPSED) {
      throw PendingExtensions.lapsed(e);
    }
    Versions.checkIfMatch(ifMatch, e.version);
    String verb = approve ? "approve" : "refuse";
    if (e.status != Extension.Status.REQUESTED) {
      throw ApiProblem.conflict(
              "extension-decided", "This extension request was " + e.status + " already.")
          .with("currentState", e.status);
    }
    actor.requireNamed(verb + " an extension");
    if (tickets.partiesWithRequester(t, e).includes(actor)) {
      throw ApiProblem.forbidden(
          "You requested this extension or answer for the ticket (as its responsible person or"
              + " submitter in any round), so you cannot "
              + verb
              + " it; another verifier decides.");
    }
    if (!approve && org.bihuan.platform.input.SafeText.isBlank(comment)) {
      throw ApiProblem.invalidField("comment", "is required to refuse an extension");
    }
    if (approve) {
      // A submitted ticket's timeliness is judged against the deadline it was submitted under;
      // approving now would backdate the move (docs/decisions/0093).
      if (t.status == Status.SUBMITTED || !TicketWorkflow.open(t.status)) {
        throw ApiProblem.conflict(
                "extension-not-applicable",
                "The ticket is "
                    + t.status
                    + "; its deadline can no longer move"
                    + (t.status == Status.SUBMITTED
                        ? " while it is under review (a verifier rejects it first)."
                        : ".")
                    + " The request can still be refused.")
            .with("currentState", t.status);
      }
      if (!DeadlineRules.timeBound(t.timing)) {
        throw ApiProblem.conflict(
            "extension-not-applicable", "The ticket is no longer time-bound (" + t.timing + ").");
      }
    }
    Instant now = clock.now();
    e.status = approve ? Extension.Status.APPROVED : Extension.Status.REFUSED;
    e.decidedById = actor.id();
    e.decidedByName = actor.name();
    e.decidedAt = now;
    e.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    List<FieldChange> changes = List.of();
    if (approve) {
      LocalDate was = t.effectiveDeadline;
      t.effectiveDeadline = DeadlineRules.effectiveDeadline(t.deadline, e.newDeadline);
      t.extensionApproved = true;
      changes =
          List.of(
              new FieldChange(
                  "effectiveDeadline",
                  was == null ? null : was.toString(),
                  t.effectiveDeadline.toString()));
    }
    String action = approve ? "extension_approved" : "extension_refused";
    history.record(
        t,
        actor,
        action,
        t.status,
        e.newDeadline + (e.decisionComment == null ? "" : ": " + e.decisionComment),
        now,
        changes,
        "ticket." + action);
    Extension.getEntityManager().flush();
    return ExtensionView.of(e);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ExtensionView get(UUID id) {
    Extension e = Extension.findById(id);
    if (e == null) {
      throw ApiProblem.notFound("extension", id);
    }
    return ExtensionView.of(e);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ExtensionView> forTicket(UUID ticketId, PageRequest page) {
    locks.find(ticketId);
    List<Extension> rows =
        Extension.<Extension>find("ticketId = ?1 and seq > ?2 order by seq", ticketId, page.after())
            .page(0, page.limit() + 1)
            .list();
    return Page.of(rows, page, x -> x.seq, ExtensionView::of);
  }
}
