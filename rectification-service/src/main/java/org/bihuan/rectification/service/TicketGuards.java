package org.bihuan.rectification.service;

import java.util.List;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.input.SafeText;
import org.bihuan.rectification.service.TicketWorkflow.Action;

/**
 * The guards of {@link TicketWorkflow}'s rules that look at the ticket or the input rather than at
 * the caller's roles and unit, and the refusal each answers. {@link TicketWorkflow#decide} runs
 * them in the order a rule lists them.
 */
final class TicketGuards {

  private TicketGuards() {}

  /** Separation of duties: nobody who answers for the ticket verifies or rejects it (403). */
  static void requireNotAParty(Subject ticket, Action action, Actor actor) {
    actor.requireNamed(action.path() + " a ticket");
    if (ticket.parties().includes(actor)) {
      throw ApiProblem.forbidden(
          "You answer for this ticket (your name is written in its responsible person or"
              + " leader in charge, now or in any earlier round, or you submitted it), so"
              + " you cannot "
              + action.path()
              + " it; another verifier must.");
    }
  }

  /** The reason of a verify, reject, cancel… must be given (400). */
  static void requireComment(Action action, String comment) {
    if (SafeText.isBlank(comment)) {
      throw ApiProblem.invalidField("comment", "is required to " + action.path() + " a ticket");
    }
  }

  /** A ticket of a withdrawn problem is only cancelled (409). */
  static void requireNoWithdrawnProblem(Subject ticket, Action action, Actor actor) {
    if (!ticket.withdrawnProblems().isEmpty()) {
      throw ApiProblem.conflict(
              "problem-withdrawn",
              "Problem(s) "
                  + ticket.withdrawnProblems()
                  + " of this ticket were withdrawn; the ticket cannot "
                  + action.path()
                  + ", only be cancelled.")
          .with("currentState", ticket.status())
          .with("allowedActions", TicketWorkflow.allowedActions(ticket, actor))
          .with("problemIds", List.copyOf(ticket.withdrawnProblems()));
    }
  }

  /** Nothing is submitted before a progress report or an evidence file is recorded (409). */
  static void requireWorkRecorded(Subject ticket, Actor actor) {
    if (!ticket.workRecorded()) {
      throw ApiProblem.conflict(
              "nothing-to-submit",
              "Record at least one progress report or evidence file before submitting.")
          .with("currentState", ticket.status())
          .with("allowedActions", TicketWorkflow.allowedActions(ticket, actor));
    }
  }
}
