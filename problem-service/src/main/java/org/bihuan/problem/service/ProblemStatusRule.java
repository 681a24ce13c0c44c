package org.bihuan.problem.service;

import java.util.Collection;
import org.bihuan.problem.Problem;

/**
 * How a problem's status follows its tickets (DOMAIN.md): OPEN while it has no ticket that counts
 * (cancelled ones do not), RECTIFYING while it has one. A closed problem goes back to RECTIFYING
 * when one of its tickets is reopened (回头看). WITHDRAWN is final, and closing is always an explicit
 * act (POST /problems/{id}/close), never a side effect of a ticket being verified.
 */
public final class ProblemStatusRule {

  private ProblemStatusRule() {}

  public static Problem.Status next(Problem.Status current, Collection<String> ticketStatuses) {
    if (current == Problem.Status.WITHDRAWN) {
      return current;
    }
    long counted = ticketStatuses.stream().filter(s -> !"CANCELLED".equals(s)).count();
    boolean unverified =
        ticketStatuses.stream().anyMatch(s -> !"CANCELLED".equals(s) && !"VERIFIED".equals(s));
    return switch (current) {
      case OPEN -> counted > 0 ? Problem.Status.RECTIFYING : Problem.Status.OPEN;
      case RECTIFYING -> counted > 0 ? Problem.Status.RECTIFYING : Problem.Status.OPEN;
      case CLOSED -> unverified ? Problem.Status.RECTIFYING : Problem.Status.CLOSED;
      case WITHDRAWN -> Problem.Status.WITHDRAWN;
    };
  }
}
