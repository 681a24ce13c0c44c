package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Supplier;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.problem.Problem;
import org.bihuan.problem.client.TicketSummary;
import org.bihuan.problem.mapping.ProblemView;
import org.bihuan.problem.service.ProblemLifecycle.Action;
import org.bihuan.problem.service.ProblemLifecycle.Actor;

/**
 * The one place a change of a problem is recorded, as rectification-service's {@code TicketHistory}
 * is for a ticket: the state {@link ProblemLifecycle} gives the action, the times the action stamps
 * (closedAt on a close, cleared when a closed problem is reopened; withdrawnAt and the reason on a
 * withdrawal) and the change-feed event of the action. A problem keeps no history of its own and no
 * updatedAt: its version, these times and the feed are its record. Every writer of a problem
 * (people's edits, close and withdraw, an import creating, keeping or withdrawing problems, the
 * feed follower and an import moving problems as their tickets say) calls it inside its
 * transaction, holding the problem's row lock where the status changes.
 */
@ApplicationScoped
public class ProblemChanges {

  @Inject ChangeFeed feed;
  @Inject OrganisationClock clock;

  /** A new problem ({@link ProblemLifecycle#starts} OPEN) was persisted: problem.created. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void created(Problem p) {
    feed.append("problem.created", "problem", p.id, () -> ProblemView.of(p));
  }

  /**
   * Takes {@code action} on {@code p} through {@link ProblemLifecycle#takes} (refused as it
   * refuses: nothing is written then), stamps what the action stamps and appends its event, which
   * shows the problem as committed. {@code comment} is the reason of a withdrawal, else null.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Problem p, List<TicketSummary> tickets, Actor actor, Action action, String comment) {
    take(p, tickets, actor, action, comment);
    feed.append(action.eventType(), "problem", p.id, () -> ProblemView.of(p));
  }

  /**
   * As {@link #record}, for a state the problem only passes through in this transaction (a close of
   * a problem whose problem.rectifying has not arrived yet): the event shows the problem as this
   * step leaves it, rendered now, where a later step's event shows it as committed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordPassing(
      Problem p, List<TicketSummary> tickets, Actor actor, Action action, String comment) {
    take(p, tickets, actor, action, comment);
    ProblemView passed = ProblemView.of(p);
    Supplier<ProblemView> state = () -> passed;
    feed.append(action.eventType(), "problem", p.id, state);
  }

  private void take(
      Problem p, List<TicketSummary> tickets, Actor actor, Action action, String comment) {
    ProblemLifecycle.takes(p, tickets, action, actor, comment);
    switch (action) {
      case CLOSE -> p.closedAt = clock.now();
      case WITHDRAW -> {
        p.withdrawnAt = clock.now();
        p.withdrawReason = comment;
      }
      // the table moves only a CLOSED problem by this action: it is closed no more
      case TICKET_UNVERIFIED -> p.closedAt = null;
      case UPDATE, TICKET_COUNTED, TICKETS_ALL_CANCELLED -> {}
    }
  }
}
