package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.http.Versions;
import org.bihuan.problem.Problem;
import org.bihuan.problem.client.RectificationTickets;
import org.bihuan.problem.client.TicketSummary;
import org.bihuan.problem.service.ProblemLifecycle.Action;

/**
 * Closing (销号) and withdrawing a problem, both decided against its tickets. The rectification
 * service owns the tickets, so it is asked outside any transaction of ours; the change is then made
 * in a short transaction that locks the problem, checks it did not change meanwhile and checks
 * again with what the feed brought since (docs/decisions/0052). If the rectification service cannot
 * answer, nothing changes (503).
 */
@ApplicationScoped
public class ProblemClosing {

  @Inject ProblemService problems;
  @Inject RectificationTickets tickets;
  @Inject ProblemCallers callers;

  public Problem close(UUID id, String ifMatch) {
    // Who may close is known before the problem is read or anyone asked (0168).
    ProblemLifecycle.requireCallerMay(Action.CLOSE, callers.current());
    Problem before = problems.get(id);
    Versions.checkIfMatch(ifMatch, before.version);
    ProblemLifecycle.requireAllowed(before.number, before.status, Action.CLOSE);
    List<TicketSummary> asked = tickets.ofProblem(id);
    // Refused here already when the answer alone says no, without taking the lock.
    ProblemLifecycle.decide(
        ProblemService.subject(before, asked), Action.CLOSE, callers.current(), null);
    return problems.markClosed(id, ifMatch, before.version, asked);
  }

  public Problem withdraw(UUID id, String reason, String ifMatch) {
    ProblemLifecycle.requireCallerMay(Action.WITHDRAW, callers.current());
    Problem before = problems.get(id);
    Versions.checkIfMatch(ifMatch, before.version);
    ProblemLifecycle.requireAllowed(before.number, before.status, Action.WITHDRAW);
    // Who may withdraw is known before asking anyone.
    ProblemLifecycle.decide(
        ProblemService.subject(before, List.of()), Action.WITHDRAW, callers.current(), reason);
    // Marked first, so that the rectification service creates no ticket for it from now on and
    // cancels one whose insert raced the question below (docs/decisions/0117).
    Instant mark = problems.startWithdrawal(id, before.version);
    boolean withdrawn = false;
    try {
      // Once no ticket creation for it is under way there (0246): a ticket whose check ran before
      // the mark has committed by then and is in the answer.
      List<TicketSummary> asked = tickets.ofProblemBeingWithdrawn(id);
      Problem p = problems.withdraw(id, reason, ifMatch, before.version, mark, asked);
      withdrawn = true;
      return p;
    } finally {
      if (!withdrawn) {
        problems.endWithdrawal(id, mark);
      }
    }
  }
}
