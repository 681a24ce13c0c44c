package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.rectification.rest.TicketView;

/**
 * The second half of creating a ticket (docs/decisions/0117): after the ticket is committed, its
 * problems are asked about again. problem-service marks a problem before it asks this service for
 * the problem's tickets, so a ticket committed too late for that question finds the mark here (or
 * the problem withdrawn) and is cancelled, by the system, with the reason on record; the caller
 * gets 409. If problem-service cannot be asked, the ticket is cancelled too (503): a ticket whose
 * problem may have been withdrawn meanwhile is never left live.
 */
@ApplicationScoped
public class WithdrawalRecheck {

  static final String REASON = "所属问题已撤销或正在撤销，新建的整改任务由系统撤销";

  @Inject ProblemCheck problems;
  @Inject TicketService tickets;

  /** Checks the tickets this request created; throws after cancelling those it must not keep. */
  public void confirm(List<TicketView> created) {
    if (created.isEmpty()) {
      return;
    }
    Set<UUID> ids = new LinkedHashSet<>();
    created.forEach(t -> ids.addAll(t.problemIds()));
    Set<UUID> closed;
    try {
      closed = problems.closedToTickets(ids);
    } catch (ProblemCheck.Unconfirmed e) {
      List<String> cancelled = cancel(created, Set.copyOf(ids));
      throw ApiProblem.unavailable(
              "problem-service could not be asked again whether problem "
                  + e.problemId
                  + " is being withdrawn, so the ticket(s) "
                  + cancelled
                  + " just created were cancelled. Try again later.")
          .header("Retry-After", "30")
          .with("cancelledTickets", cancelled);
    }
    if (closed.isEmpty()) {
      return;
    }
    List<String> cancelled = cancel(created, closed);
    throw ApiProblem.conflict(
            "problem-withdrawn",
            "Problem(s) "
                + closed
                + " were withdrawn while the ticket(s) were created; the ticket(s) "
                + cancelled
                + " were cancelled.")
        .with("problemIds", List.copyOf(closed))
        .with("cancelledTickets", cancelled);
  }

  private List<String> cancel(List<TicketView> created, Set<UUID> problemIds) {
    List<String> numbers = new ArrayList<>();
    for (TicketView t : created) {
      boolean cancellable =
          TicketWorkflow.rule(t.status(), TicketWorkflow.Action.CANCEL).isPresent();
      if (cancellable && t.problemIds().stream().anyMatch(problemIds::contains)) {
        numbers.add(tickets.cancelAsSystem(t.id(), REASON).number());
      }
    }
    return numbers;
  }
}
