package org.bihuan.rectification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.Extension;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Ticket.Status;
import org.bihuan.rectification.TicketHistoryEntry;
import org.bihuan.rectification.client.ProblemView;
import org.bihuan.rectification.mapping.TicketInput;
import org.bihuan.rectification.mapping.TicketView;
import org.bihuan.rectification.service.TicketWorkflow.Action;

/**
 * Editing and moving tickets, and who answers for a ticket. Finding and locking a ticket and its
 * view after a write are {@link TicketLocks}, creation {@link TicketCreation}, reads {@link
 * TicketQueries}.
 */
@ApplicationScoped
public class TicketService {

  @Inject OrganisationClock clock;
  @Inject TicketFields fields;
  @Inject TicketHistory history;
  @Inject Callers callers;
  @Inject OwnUnits ownUnits;
  @Inject TicketParties parties;
  @Inject EntityManager em;
  @Inject TicketLocks locks;
  @Inject ProblemLinkLocks linkLocks;
  @Inject ExternalRefLocks refLocks;

  // ---- editing

  /**
   * Applies an edit. {@code read} is the ticket's state and problems as the request read them
   * before asking problem-service: if the system cancelled the ticket, or took a problem the edit
   * keeps off it, because that problem was withdrawn meanwhile, the edit answers 409
   * problem-withdrawn and changes nothing (docs/decisions/0117, amendment).
   */
  @Transactional
  public TicketView update(
      UUID id,
      TicketInput in,
      java.util.Collection<UUID> linked,
      java.util.function.Supplier<Map<UUID, ProblemView>> checked,
      String ifMatch,
      TicketQueries.Linked read) {
    // Problems it links now are checked under their link locks, as on creation (0246).
    linkLocks.hold(linked);
    // The externalRef it names is taken as creations take it, before the row (0353, 0357): of a
    // creation and an edit naming one externalRef, the later looks after the first committed.
    refLocks.hold(java.util.Collections.singletonList(in.externalRef()));
    Map<UUID, ProblemView> newProblems = checked.get();
    Ticket t = locks.lock(id);
    // Who edits is recorded with every person his claims name (0249).
    Actor actor = callers.known();
    // Another unit's reporter hears 403 before the version or state is compared (0168).
    OwnUnits.Edit units = new OwnUnits.Edit();
    List<String> unitsBefore = units.before(t);
    TicketWorkflow.requireOwnUnit(actor, unitsBefore);
    ResolvedInput named = fields.named(in, "", t);
    in = named.input();
    // a unit linked by its id is compared under the directory's name for it now on both sides, so
    // an edit keeping it (by the name the ticket stores, or by the new one) changes no unit (0348)
    List<String> unitsAfter = units.after(in);
    TicketWorkflow.requireOwnUnit(actor, unitsAfter);
    TicketFields.requireOwnUnitChanges(actor, in, unitsBefore, unitsAfter, t);
    refuseIfWithdrawnMeanwhile(t, in, read);
    Versions.checkIfMatch(ifMatch, t.version);
    if (!TicketWorkflow.open(t.status)) {
      throw ApiProblem.conflict(
              "ticket-closed", "A " + t.status + " ticket can no longer be edited.")
          .with("currentState", t.status)
          .with("allowedActions", TicketWorkflow.allowedActions(t.status, actor));
    }
    String externalRef = TicketFields.externalRefAfterEdit(t, in.externalRef());
    LocalDate today = clock.today();
    TicketSnapshot before = TicketSnapshot.of(t);
    List<String> unitIdsBefore = ResolvedInput.ids(t.responsibleUnits);
    List<String> coUnitIdsBefore = ResolvedInput.ids(t.coResponsibleUnits);
    boolean overdueBefore =
        DeadlineRules.timeBound(t.timing)
            && t.effectiveDeadline != null
            && t.effectiveDeadline.isBefore(today);
    fields.applyFields(t, named, newProblems, today, latestApprovedExtension(t.id));
    t.externalRef = externalRef;
    List<FieldChange> changes = before.changesTo(TicketSnapshot.of(t));
    if (changes.isEmpty()) {
      // Nothing changed: applying the fields replaced the unit and problem collections with equal
      // ones, which would still count as a change of the row (a new version, and no event to tell
      // the readers). Rolling back keeps the row, its version and its ETag as they were.
      TicketView unchanged = TicketView.of(t, today);
      QuarkusTransaction.setRollbackOnly();
      return unchanged;
    }
    TicketEdits.check(
        t,
        changes,
        actor,
        overdueBefore,
        PendingExtensions.openOrApproved(t.id),
        named.followingDirectory(t, changes, unitIdsBefore, coUnitIdsBefore));
    Instant now = clock.now();
    history.record(
        t,
        actor,
        "update",
        t.status,
        "changed: " + changes.stream().map(FieldChange::field).collect(Collectors.joining(", ")),
        now,
        changes,
        "ticket.updated");
    return locks.viewAfterWrite(t);
  }

  /**
   * The edit read the ticket live with its problems; since then the system cancelled it, or took
   * off it a problem the edit still lists, because the problem was withdrawn (the recheck of 0117).
   * Applying the edit would bring a withdrawn problem back onto a live ticket.
   */
  private void refuseIfWithdrawnMeanwhile(Ticket t, TicketInput in, TicketQueries.Linked read) {
    if (read == null) {
      return;
    }
    Set<UUID> now = new LinkedHashSet<>();
    t.problems.forEach(p -> now.add(p.problemId));
    Set<UUID> takenOff = new LinkedHashSet<>(read.problems());
    takenOff.removeAll(now);
    takenOff.retainAll(in.problemIds());
    boolean cancelledMeanwhile = t.status == Status.CANCELLED && read.status() != Status.CANCELLED;
    if ((takenOff.isEmpty() && !cancelledMeanwhile) || !lastChangeWasAWithdrawal(t)) {
      return;
    }
    Set<UUID> withdrawn = cancelledMeanwhile ? read.problems() : takenOff;
    throw ApiProblem.conflict(
            "problem-withdrawn",
            (cancelledMeanwhile
                    ? "The ticket was cancelled by the system while this edit was under way"
                    : "Problem(s) "
                        + takenOff
                        + " were taken off the ticket by the system while"
                        + " this edit was under way")
                + ", because a problem was withdrawn; nothing was changed. Read the ticket"
                + " again.")
        .with("problemIds", List.copyOf(withdrawn))
        .with("currentState", t.status)
        .with("allowedActions", TicketWorkflow.allowedActions(t.status, callers.current()));
  }

  /** The ticket's last history entry is the system's answer to a withdrawn problem. */
  private static boolean lastChangeWasAWithdrawal(Ticket t) {
    TicketHistoryEntry last =
        TicketHistoryEntry.<TicketHistoryEntry>find("ticketId = ?1 order by id desc", t.id)
            .firstResult();
    return last != null
        && Actor.SYSTEM.id().equals(last.actorId)
        && (WithdrawalRecheck.REASON.equals(last.comment)
            || WithdrawalRecheck.UNLINK_REASON.equals(last.comment));
  }

  /**
   * What the system does with a ticket linked to problems that were withdrawn or are being
   * withdrawn ({@code closed}), under the row lock: nothing if none of them is still linked or the
   * ticket is VERIFIED or CANCELLED; cancels it when no other problem remains; otherwise takes
   * those problems off it and keeps it for the others (history: actor 系统, the reason, problemIds
   * old and new; event ticket.updated).
   */
  public enum Settled {
    NOTHING,
    CANCELLED,
    UNLINKED
  }

  @Transactional
  public Settled settleWithdrawn(UUID id, Set<UUID> closed) {
    Ticket t = locks.lock(id);
    boolean linked = t.problems.stream().anyMatch(p -> closed.contains(p.problemId));
    if (!linked || TicketWorkflow.rule(t.status, Action.CANCEL).isEmpty()) {
      return Settled.NOTHING;
    }
    if (t.problems.stream().allMatch(p -> closed.contains(p.problemId))) {
      transition(id, Action.CANCEL, WithdrawalRecheck.REASON, null, null, Actor.SYSTEM);
      return Settled.CANCELLED;
    }
    TicketSnapshot before = TicketSnapshot.of(t);
    t.problems.removeIf(p -> closed.contains(p.problemId));
    Instant now = clock.now();
    history.record(
        t,
        Actor.SYSTEM,
        "update",
        t.status,
        WithdrawalRecheck.UNLINK_REASON,
        now,
        before.changesTo(TicketSnapshot.of(t)),
        "ticket.updated");
    em.flush();
    return Settled.UNLINKED;
  }

  /** Who answers for the ticket, over every round (TicketParties). */
  Parties parties(Ticket t) {
    return parties.of(t);
  }

  /** The ticket's parties and an extension's requester (0091, 0238). */
  Parties partiesWithRequester(Ticket t, Extension request) {
    return parties.withRequester(
        parties.of(t),
        request.requestedById,
        request.requestedByName,
        request.requestedByPersonIds);
  }

  LocalDate latestApprovedExtension(UUID ticketId) {
    Extension e =
        Extension.find(
                "ticketId = ?1 and status = ?2 order by decidedAt desc, seq desc",
                ticketId,
                Extension.Status.APPROVED)
            .firstResult();
    return e == null ? null : e.newDeadline;
  }

  // ---- transitions

  /**
   * Moves a ticket by one action of {@link TicketWorkflow}. The row is locked first, so of several
   * concurrent calls with the same If-Match exactly one succeeds and the others see the new version
   * and get 412. A caller whose roles never allow the action was refused by the endpoint's
   * {@code @RolesAllowed} (= {@link TicketWorkflow#rolesFor}); {@link TicketWorkflow#decide} checks
   * the roles again for the ticket's state.
   */
  @Transactional
  public TicketView transition(
      UUID id, Action action, String comment, String ifMatch, WithdrawnProblems.Standing problems) {
    return transition(id, action, comment, ifMatch, problems, callers.identified());
  }

  /**
   * {@code problems}: the ticket's problems and those withdrawn, read before the transaction for an
   * action with the guard PROBLEMS_NOT_WITHDRAWN (null for the others).
   */
  private TicketView transition(
      UUID id,
      Action action,
      String comment,
      String ifMatch,
      WithdrawnProblems.Standing problems,
      Actor actor) {
    Ticket t = locks.lock(id);
    List<String> units = ownUnits.of(t, actor);
    TicketWorkflow.requireScope(action, actor, units);
    Versions.checkIfMatch(ifMatch, t.version);
    if (problems != null
        && !t.problems.stream().allMatch(p -> problems.problems().contains(p.problemId))) {
      // A problem was linked between the reading and the lock: its standing was not read.
      throw ApiProblem.conflict(
          "concurrent-update", "The ticket's problems changed meanwhile; read it again and retry.");
    }
    Status from = t.status;
    Status to =
        TicketWorkflow.decide(
            new Subject(
                from,
                units,
                t.responsiblePerson,
                t.progressCount > 0 || t.evidenceCount > 0,
                () -> parties(t),
                problems == null ? Set.of() : problems.withdrawn()),
            action,
            actor,
            comment);
    Instant now = clock.now();
    t.status = to;
    switch (action) {
      case SUBMIT -> {
        t.submittedAt = now;
        t.submittedOn = DeadlineRules.dateIn(now, clock.zone());
      }
      case VERIFY -> t.verifiedAt = now;
      case REJECT -> clearSubmission(t);
      case REOPEN -> {
        t.verifiedAt = null;
        clearSubmission(t);
      }
      case CANCEL -> t.cancelledAt = now;
      case START -> {}
    }
    history.recordLast(
        t, actor, action.path(), from, blankToNull(comment), now, action.eventType());
    return locks.viewAfterWrite(t);
  }

  /**
   * A ticket sent back to work (reject, reopen) is no longer submitted: {@code submittedAt} names
   * the submission under review or verified, never one that was sent back (0169). The history keeps
   * every submission.
   */
  private static void clearSubmission(Ticket t) {
    t.submittedAt = null;
    t.submittedOn = null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
