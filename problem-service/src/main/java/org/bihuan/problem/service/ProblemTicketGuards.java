package org.bihuan.problem.service;

import java.util.List;
import java.util.Map;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.Problem.Status;
import org.bihuan.problem.client.TicketSummary;
import org.bihuan.problem.service.ProblemLifecycle.Action;
import org.bihuan.problem.service.ProblemLifecycle.Guard;
import org.bihuan.problem.service.ProblemLifecycle.Rule;
import org.bihuan.problem.service.ProblemLifecycle.Subject;

/**
 * The guards of {@link ProblemLifecycle} that read a problem's tickets ({@link
 * Guard#ALL_TICKETS_VERIFIED}, {@link Guard#NO_LIVE_TICKETS}) and the 409 they answer, which names
 * the tickets in the way and offers only what those same tickets allow.
 */
final class ProblemTicketGuards {

  private ProblemTicketGuards() {}

  /** 销号 needs a counted ticket and every counted ticket VERIFIED ({@link ClosureRule}). */
  static void requireAllVerified(Subject p, Action action) {
    ClosureRule.Decision d = ClosureRule.decide(p.tickets());
    switch (d.verdict()) {
      case NO_TICKETS ->
          throw refusal(
              p,
              action,
              "no-tickets",
              "Problem "
                  + p.number()
                  + " has no rectification ticket (other than cancelled ones); a problem is"
                  + " closed only after its tickets are verified.");
      case OPEN_TICKETS ->
          throw refusal(
                  p,
                  action,
                  "tickets-not-verified",
                  "Problem "
                      + p.number()
                      + " still has "
                      + d.openTickets().size()
                      + " ticket(s) that are not verified.")
              .with("openTickets", summaries(d.openTickets()));
      case CLOSABLE -> {}
    }
  }

  /** A withdrawal needs every ticket CANCELLED first (撤销, by a verifier, with a reason). */
  static void requireNoLiveTickets(Subject p, Action action) {
    List<TicketSummary> live = ClosureRule.counted(p.tickets());
    if (!live.isEmpty()) {
      throw refusal(
              p,
              action,
              "problem-has-tickets",
              "Problem "
                  + p.number()
                  + " has "
                  + live.size()
                  + " ticket(s) that are not cancelled ("
                  + String.join(
                      ", ", live.stream().map(t -> t.number() + " " + t.status()).toList())
                  + "). A verifier cancels them (撤销, with a reason) first; then withdraw"
                  + " the problem.")
          .with("openTickets", summaries(live));
    }
  }

  /**
   * A refusal because of the tickets just read: it reports the state those tickets give the problem
   * (the stored one may still be OPEN while the feed that turns it RECTIFYING is on its way,
   * docs/decisions/0010), and does not offer the action just refused.
   */
  private static ApiProblem refusal(Subject p, Action refused, String type, String detail) {
    Status current =
        ProblemLifecycle.followTickets(
                p.status(), p.tickets().stream().map(TicketSummary::status).toList())
            .flatMap(a -> ProblemLifecycle.rule(p.status(), a))
            .map(Rule::to)
            .orElse(p.status());
    return ApiProblem.conflict(type, detail)
        .with("currentState", current)
        .with(
            "allowedActions",
            ProblemLifecycle.allowedActions(
                current, r -> r.action() != refused && ticketGuardsPass(r, p.tickets())));
  }

  /**
   * Whether the tickets just read let a rule through: a refusal because of tickets offers only the
   * actions those same tickets allow (a close refused for unverified tickets does not offer a
   * withdraw that the same tickets refuse).
   */
  private static boolean ticketGuardsPass(Rule rule, List<TicketSummary> tickets) {
    ClosureRule.Verdict verdict = ClosureRule.decide(tickets).verdict();
    for (Guard g : rule.guards()) {
      if (g == Guard.ALL_TICKETS_VERIFIED && verdict != ClosureRule.Verdict.CLOSABLE) {
        return false;
      }
      if (g == Guard.NO_LIVE_TICKETS && verdict != ClosureRule.Verdict.NO_TICKETS) {
        return false;
      }
    }
    return true;
  }

  private static List<Map<String, Object>> summaries(List<TicketSummary> tickets) {
    return tickets.stream()
        .map(t -> Map.<String, Object>of("id", t.id(), "number", t.number(), "status", t.status()))
        .toList();
  }
}
