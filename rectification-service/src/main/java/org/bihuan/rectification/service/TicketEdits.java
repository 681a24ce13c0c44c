package org.bihuan.rectification.service;

import java.util.List;
import java.util.Set;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Ticket.Status;

/**
 * Which edits of a ticket (PUT) are allowed, given what they change. The rules (docs/decisions/0050
 * and 0051):
 *
 * <ul>
 *   <li>A SUBMITTED ticket is under review: nothing but its externalRef changes until a verifier
 *       rejects it back to IN_PROGRESS (409 {@code ticket-under-review}). Otherwise whoever answers
 *       for it could change the responsible person or the measure under the verifier's eyes.
 *   <li>The timing and the original deadline are the commitment the figures are measured against; a
 *       later date is an extension, requested and approved on record. Only an admin may correct
 *       them (403 otherwise), and only while the ticket is ASSIGNED, not overdue and without an
 *       extension requested or approved (409 {@code deadline-fixed} otherwise).
 *   <li>The problems a ticket addresses ({@code problemIds}) are changed only by an admin, while
 *       the ticket is ASSIGNED or IN_PROGRESS (403 otherwise; docs/decisions/0115).
 *   <li>A reporting interval ({@code reportEvery}) once set is cleared only by a verifier or an
 *       admin (403 otherwise; docs/decisions/0216): without it the ticket is never stale or
 *       stagnant and asks for no report.
 *   <li>The leader in charge ({@code leaderInCharge}, its {@code leaderInChargeExternalId}) is set,
 *       changed or cleared only by a verifier or an admin (403 otherwise; docs/decisions/0229).
 *   <li>A name that follows the directory's renaming of the same id (a person, the leader, a unit)
 *       changes no one: anyone who may edit the ticket sends it, also while it is SUBMITTED (0231).
 * </ul>
 */
final class TicketEdits {

  /** The fields that may change while a ticket is SUBMITTED. */
  private static final Set<String> FREE_WHILE_SUBMITTED = Set.of("externalRef");

  private static final Set<String> COMMITMENT = Set.of("timing", "deadline");

  /** Who supervises the ticket: changed only by a verifier or an admin (0229). */
  private static final Set<String> SUPERVISION =
      Set.of("leaderInCharge", "leaderInChargeExternalId");

  private TicketEdits() {}

  /**
   * {@code followingDirectory}: the fields that changed only because the directory renamed what the
   * same id names ({@link ResolvedInput#followingDirectory}); they change no one and are allowed
   * whoever edits, in any state an edit is (0231).
   */
  static void check(
      Ticket t,
      List<FieldChange> changes,
      Actor actor,
      boolean overdue,
      boolean extended,
      Set<String> followingDirectory) {
    List<String> fields =
        changes.stream()
            .map(FieldChange::field)
            .filter(f -> !followingDirectory.contains(f))
            .toList();
    if (t.status == Status.SUBMITTED) {
      List<String> frozen = fields.stream().filter(f -> !FREE_WHILE_SUBMITTED.contains(f)).toList();
      if (!frozen.isEmpty()) {
        throw ApiProblem.conflict(
                "ticket-under-review",
                "The ticket is SUBMITTED (待验收) and under review; "
                    + String.join(", ", frozen)
                    + " cannot change now. A verifier rejects it (退回) back to IN_PROGRESS first;"
                    + " then edit it and submit it again.")
            .with("currentState", t.status)
            .with("allowedActions", TicketWorkflow.allowedActions(t.status, actor))
            .with("fields", frozen);
      }
    }
    if (fields.contains("problemIds") && !actor.roles().contains(Roles.ADMIN)) {
      // Moving a ticket to other problems takes its work away from the problems it addressed,
      // which may then be closed (销号) without it (docs/decisions/0115).
      throw ApiProblem.forbidden(
              "The problems a ticket addresses are not changed by editing it: only an admin corrects"
                  + " them. Create a ticket for the other problem, or ask a verifier to cancel this"
                  + " one (撤销, with a reason).")
          .with("requiredRoles", List.of(Roles.ADMIN));
    }
    boolean clearsReporting =
        changes.stream()
            .anyMatch(c -> "reportEvery".equals(c.field()) && c.from() != null && c.to() == null);
    if (clearsReporting && !actor.unrestricted()) {
      // Without a reporting interval a ticket is never stale or stagnant and asks for no report:
      // dropping it is a verifier's decision, as moving the deadline is (docs/decisions/0216).
      throw ApiProblem.forbidden(
              "The reporting interval (reportEvery) of a ticket is cleared only by a verifier or an"
                  + " admin: without it the ticket is no longer flagged stale or stagnant and asks"
                  + " for no progress report. A reporter may change it to another interval.")
          .with("requiredRoles", List.of(Roles.VERIFIER, Roles.ADMIN))
          .with("fields", List.of("reportEvery"));
    }
    List<String> supervision = fields.stream().filter(SUPERVISION::contains).toList();
    if (!supervision.isEmpty() && !actor.unrestricted()) {
      // The leader in charge supervises the ticket (督办 to-dos, the breakdown by leader): who he is
      // is a supervision decision like the reporting interval and the deadline (0229).
      throw ApiProblem.forbidden(
              "The leader in charge (分管领导) of a ticket is set, changed or cleared only by a"
                  + " verifier or an admin: he supervises the ticket. Send leaderInCharge and"
                  + " leaderInChargeExternalId as the ticket shows them (a PUT replaces the ticket:"
                  + " leaving them out clears them).")
          .with("requiredRoles", List.of(Roles.VERIFIER, Roles.ADMIN))
          .with("fields", supervision);
    }
    List<String> commitment = fields.stream().filter(COMMITMENT::contains).toList();
    if (commitment.isEmpty()) {
      return;
    }
    if (!actor.roles().contains(Roles.ADMIN)) {
      throw ApiProblem.forbidden(
              "The timing and deadline of a ticket are not edited: a later date is an extension"
                  + " (POST /api/v1/tickets/{id}/extensions), approved by a verifier. Only an admin"
                  + " corrects a deadline entered wrongly, before the work starts.")
          .with("requiredRoles", List.of(Roles.ADMIN));
    }
    String why =
        t.status != Status.ASSIGNED
            ? "the ticket is " + t.status + " (work has started)"
            : overdue
                ? "the ticket is already overdue"
                : extended ? "an extension was requested or approved" : null;
    if (why != null) {
      throw ApiProblem.conflict(
              "deadline-fixed",
              "The timing and deadline can no longer be corrected: "
                  + why
                  + ". A later date is an extension request (POST /api/v1/tickets/"
                  + t.id
                  + "/extensions), approved by a verifier; the original deadline is kept.")
          .with("currentState", t.status)
          .with("allowedActions", TicketWorkflow.allowedActions(t.status, actor))
          .with("fields", commitment);
    }
  }
}
