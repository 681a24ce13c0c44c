package org.bihuan.problem.service;

import java.util.Collection;
import java.util.List;
import org.bihuan.platform.closure.ProblemClosure;
import org.bihuan.problem.client.TicketSummary;

/**
 * When a problem may be closed (销号): it has at least one ticket, and every ticket that was not
 * cancelled is verified. Cancelled tickets neither count for nor against closing. The rule is the
 * platform's {@link ProblemClosure} (whose SQL the CLOSE to-do reads); this is its one reading of a
 * problem's tickets in this service: a close is decided by it ({@link ProblemTicketGuards}), the
 * status a problem takes when its tickets change follows it ({@link
 * ProblemLifecycle#followTickets}), and an import's replacement names the tickets it {@link
 * #counted counts}.
 */
public final class ClosureRule {

  public enum Verdict {
    /** No ticket counts: none, or every one cancelled. */
    NO_TICKETS,
    /** A counted ticket is not verified yet. */
    OPEN_TICKETS,
    /** Every counted ticket is verified, and there is one. */
    CLOSABLE
  }

  /** The verdict, and the counted tickets that are not verified (those in the way of a close). */
  public record Decision(Verdict verdict, List<TicketSummary> openTickets) {}

  private ClosureRule() {}

  /** The tickets that count for a problem, in the order given. */
  public static List<TicketSummary> counted(List<TicketSummary> tickets) {
    return tickets.stream().filter(t -> ProblemClosure.counts(t.status())).toList();
  }

  /** The verdict over the statuses of a problem's tickets. */
  public static Verdict verdict(Collection<String> ticketStatuses) {
    if (ticketStatuses.stream().noneMatch(ProblemClosure::counts)) {
      return Verdict.NO_TICKETS;
    }
    return ProblemClosure.closable(ticketStatuses) ? Verdict.CLOSABLE : Verdict.OPEN_TICKETS;
  }

  /** The verdict over a problem's tickets, with the counted ones that are not verified. */
  public static Decision decide(List<TicketSummary> tickets) {
    return new Decision(
        verdict(tickets.stream().map(TicketSummary::status).toList()),
        tickets.stream().filter(t -> ProblemClosure.inTheWay(t.status())).toList());
  }
}
