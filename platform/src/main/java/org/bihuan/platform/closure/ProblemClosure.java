package org.bihuan.platform.closure;

import java.util.Collection;
import org.bihuan.platform.time.DeadlineFigures;
import org.bihuan.platform.time.DeadlineSql;

/**
 * The closure rule (销号, DOMAIN.md) over the statuses of a problem's tickets, in Java and as SQL
 * (PostgreSQL): a ticket counts unless it is CANCELLED; a counted ticket that is not VERIFIED
 * stands in the way of a close; a problem is closable when it has a counted ticket and none stands
 * in the way. problem-service decides a close and follows its tickets by the Java ({@code
 * ClosureRule}); rectification-service opens and closes the CLOSE to-do by the SQL ({@code
 * ProblemTodos}). Both renderings are held to each other on every combination of statuses
 * (docs/decisions/0364).
 */
public final class ProblemClosure {

  private ProblemClosure() {}

  /** Whether a ticket in this status counts for its problem: every one that is not CANCELLED. */
  public static boolean counts(String status) {
    return !"CANCELLED".equals(status);
  }

  /**
   * Whether a ticket in this status stands in the way of a close: it counts and is not VERIFIED
   * yet, that is, it is open ({@link DeadlineFigures#open}).
   */
  public static boolean inTheWay(String status) {
    return DeadlineFigures.open(status);
  }

  /** Whether a problem whose tickets are in these statuses may be closed. */
  public static boolean closable(Collection<String> ticketStatuses) {
    return ticketStatuses.stream().anyMatch(ProblemClosure::counts)
        && ticketStatuses.stream().noneMatch(ProblemClosure::inTheWay);
  }

  /** {@link #counts} as an SQL predicate over the status expression {@code status}. */
  public static String countsSql(String status) {
    return "(" + status + " is distinct from 'CANCELLED')";
  }

  /**
   * {@link #inTheWay} as an SQL predicate over the status expression {@code status}: {@link
   * DeadlineSql#openStatus}.
   */
  public static String inTheWaySql(String status) {
    return DeadlineSql.openStatus(status);
  }

  /**
   * {@link #closable} as an SQL aggregate over the rows of a problem's tickets, {@code status}
   * their status expression: true or false, also over no rows.
   */
  public static String closableSql(String status) {
    return "(count(*) filter (where "
        + countsSql(status)
        + ") > 0 and count(*) filter (where "
        + inTheWaySql(status)
        + ") = 0)";
  }
}
