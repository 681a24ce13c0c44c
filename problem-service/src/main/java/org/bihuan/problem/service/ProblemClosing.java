package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.problem.Problem;
import org.bihuan.problem.client.RectificationTickets;
import org.bihuan.problem.client.TicketSummary;

/**
 * Closing a problem (销号). The rectification service owns the tickets, so it is asked, outside any
 * transaction of ours, whether every non-cancelled ticket is verified; only then is the problem
 * closed, in a short transaction that checks the problem did not change meanwhile. If the
 * rectification service cannot answer, nothing changes (503).
 */
@ApplicationScoped
public class ProblemClosing {

  @Inject ProblemService problems;
  @Inject RectificationTickets tickets;

  public Problem close(UUID id, String ifMatch) {
    Problem before = problems.get(id);
    Versions.checkIfMatch(ifMatch, before.version);
    ProblemService.refuseUnlessClosable(before);
    long version = before.version;
    List<TicketSummary> found = tickets.ofProblem(id);
    ClosureRule.Decision decision = ClosureRule.decide(found);
    // The status as the tickets just read make it: the stored one may still be OPEN while the
    // feed that turns it RECTIFYING is on its way (docs/decisions/0010). A refusal reports that,
    // and does not offer close, which has just been refused.
    Problem.Status current =
        ProblemStatusRule.next(before.status, found.stream().map(TicketSummary::status).toList());
    List<String> allowed =
        ProblemService.allowedActions(current).stream().filter(a -> !a.equals("close")).toList();
    switch (decision.verdict()) {
      case NO_TICKETS ->
          throw ApiProblem.conflict(
                  "no-tickets",
                  "Problem "
                      + before.number
                      + " has no rectification ticket (other than cancelled ones); a problem is"
                      + " closed only after its tickets are verified.")
              .with("currentState", current)
              .with("allowedActions", allowed);
      case OPEN_TICKETS ->
          throw ApiProblem.conflict(
                  "tickets-not-verified",
                  "Problem "
                      + before.number
                      + " still has "
                      + decision.openTickets().size()
                      + " ticket(s) that are not verified.")
              .with("currentState", current)
              .with("allowedActions", allowed)
              .with("openTickets", summaries(decision.openTickets()));
      case CLOSABLE -> {
        return problems.markClosed(id, ifMatch, version);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static List<Map<String, Object>> summaries(List<TicketSummary> open) {
    return open.stream()
        .map(t -> Map.<String, Object>of("id", t.id(), "number", t.number(), "status", t.status()))
        .toList();
  }
}
