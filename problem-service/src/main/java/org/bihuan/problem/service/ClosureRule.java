package org.bihuan.problem.service;

import java.util.List;
import org.bihuan.problem.client.TicketSummary;

/**
 * When a problem may be closed (销号): it has at least one ticket, and every ticket that was not
 * cancelled is verified. Cancelled tickets neither count for nor against closing.
 */
public final class ClosureRule {

  public enum Verdict {
    NO_TICKETS,
    OPEN_TICKETS,
    CLOSABLE
  }

  public record Decision(Verdict verdict, List<TicketSummary> openTickets) {}

  private ClosureRule() {}

  public static Decision decide(List<TicketSummary> tickets) {
    List<TicketSummary> counted = tickets.stream().filter(t -> !t.isCancelled()).toList();
    if (counted.isEmpty()) {
      return new Decision(Verdict.NO_TICKETS, List.of());
    }
    List<TicketSummary> open = counted.stream().filter(t -> !t.isVerified()).toList();
    return new Decision(open.isEmpty() ? Verdict.CLOSABLE : Verdict.OPEN_TICKETS, open);
  }
}
