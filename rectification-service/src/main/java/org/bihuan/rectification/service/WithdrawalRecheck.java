package org.bihuan.rectification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.mapping.TicketView;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The second half of creating a ticket (docs/decisions/0117, 0257): after the ticket is committed,
 * its problems are asked about again. A ticket is linked under its problems' link locks after a
 * check that saw no withdrawal's mark, so a withdrawal marked since waits for it and sees it (0246)
 * and is refused: a problem found marked here is asked about again until its withdrawal decides,
 * and the ticket stays. Only a problem found WITHDRAWN (a withdrawal that did not wait for this
 * ticket) costs the ticket: it is cancelled, by the system, with the reason on record — or, when it
 * also serves problems that stay live, only loses that problem; the caller gets 409. If
 * problem-service cannot be asked, the ticket is cancelled too (503): a ticket whose problem may
 * have been withdrawn meanwhile is never left live.
 *
 * <p>The same holds when the request never gets that far (the service stops between the commit and
 * the question, the client goes away): the transaction that links a problem marks the ticket
 * ({@code problemsUnconfirmedSince}), the question clears the mark, and {@link #sweep} asks about
 * every ticket still marked after {@link #GRACE}, on every replica, every {@code
 * bihuan.tickets.recheck-every} (docs/decisions/0168).
 */
@ApplicationScoped
public class WithdrawalRecheck {

  public static final String REASON = "所属问题已撤销或正在撤销，新建的整改任务由系统撤销";

  /** The history comment when a withdrawn problem is taken off a ticket that serves others. */
  public static final String UNLINK_REASON = "所属问题已撤销或正在撤销，系统将其从整改任务中移除，任务继续整改其余问题";

  private static final Logger LOG = Logger.getLogger(WithdrawalRecheck.class);

  @Inject ProblemCheck problems;
  @Inject TicketService tickets;
  @Inject UnconfirmedProblemLinks links;
  @Inject TicketQueries queries;
  @Inject OrganisationClock clock;

  /**
   * How long the request waits for the withdrawal of a problem marked meanwhile to decide
   * (docs/decisions/0257); above problem-service's own wait for ticket creations (0246).
   */
  @ConfigProperty(name = "bihuan.tickets.recheck-mark-wait", defaultValue = "15s")
  Duration markWait;

  /** How long a request has to ask on its own before the sweep asks for it. */
  static final Duration GRACE = Duration.ofSeconds(30);

  private static final int SWEEP_BATCH = 100;

  /**
   * Checks the tickets this request created or linked to new problems; throws after cancelling
   * those it must not keep.
   */
  public void confirm(List<TicketView> created) {
    if (created.isEmpty()) {
      return;
    }
    Instant asked = clock.now();
    Set<UUID> ids = new LinkedHashSet<>();
    created.forEach(t -> ids.addAll(t.problemIds()));
    ProblemCheck.Standing standing;
    try {
      standing = problems.standing(ids, markWait);
    } catch (ProblemCheck.Unconfirmed e) {
      List<String> cancelled = settle(created, Set.copyOf(ids)).cancelled;
      links.markConfirmed(created.stream().map(TicketView::id).toList(), asked);
      throw ApiProblem.unavailable(
              "problem-service could not be asked again whether problem "
                  + e.problemId
                  + " is being withdrawn, so the ticket(s) "
                  + cancelled
                  + " just created were cancelled. Try again later.")
          .header("Retry-After", "30")
          .with("cancelledTickets", cancelled);
    }
    Set<UUID> closed = standing.withdrawn();
    Outcome outcome = closed.isEmpty() ? new Outcome() : settle(created, closed);
    if (standing.marked().isEmpty()) {
      links.markConfirmed(created.stream().map(TicketView::id).toList(), asked);
    } else {
      // A withdrawal still undecided after the wait: the sweep asks again (it cancels only if
      // the problem ends WITHDRAWN).
      LOG.infof(
          "problem(s) %s still being withdrawn after %s; the sweep asks again",
          standing.marked(), markWait);
    }
    if (closed.isEmpty()) {
      return;
    }
    throw ApiProblem.conflict(
            "problem-withdrawn",
            "Problem(s) "
                + closed
                + " were withdrawn while the ticket(s) were written; "
                + (outcome.cancelled.isEmpty()
                    ? ""
                    : "the ticket(s) " + outcome.cancelled + " were cancelled")
                + (outcome.cancelled.isEmpty() || outcome.unlinked.isEmpty() ? "" : "; ")
                + (outcome.unlinked.isEmpty()
                    ? ""
                    : "the problem(s) were taken off the ticket(s) "
                        + outcome.unlinked
                        + ", which stay for their other problems")
                + ".")
        .with("problemIds", List.copyOf(closed))
        .with("cancelledTickets", outcome.cancelled)
        .with("unlinkedTickets", outcome.unlinked);
  }

  @Scheduled(
      every = "${bihuan.tickets.recheck-every:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    while (sweep() == SWEEP_BATCH) {
      // more are waiting
    }
  }

  /**
   * Asks again about the problems of tickets whose own request did not (marked longer than {@link
   * #GRACE}), a batch at a time: cancels, as the system, those under a withdrawn problem, asks
   * again at a later run about those under a problem still being withdrawn, and clears the mark of
   * the others. A ticket problem-service cannot be asked about keeps its mark, moved to the back of
   * the queue, and the run stops there: no one waits for this answer, and a withdrawal of its
   * problems that starts now finds the ticket (problem-service asks for live tickets). Answers how
   * many tickets were looked at.
   */
  public int sweep() {
    List<UUID> due = links.unconfirmedSince(clock.now().minus(GRACE), SWEEP_BATCH);
    for (UUID id : due) {
      TicketView t = queries.get(id).view().get();
      Instant asked = clock.now();
      ProblemCheck.Standing standing;
      try {
        standing = problems.standing(t.problemIds(), Duration.ZERO);
      } catch (ProblemCheck.Unconfirmed e) {
        // To the back of the queue (a problem that cannot be asked about blocks no other ticket),
        // and no more questions to a service that does not answer until the next run.
        links.postponeRecheck(id, clock.now());
        LOG.warnf("ticket %s: its problems are asked about again at a later sweep", t.number());
        return 0;
      }
      Set<UUID> closed = standing.withdrawn();
      if (!closed.isEmpty()) {
        Outcome outcome = settle(List.of(t), closed);
        LOG.infof(
            "problem(s) %s withdrawn while linked: ticket(s) %s cancelled, taken off %s by the"
                + " system",
            closed, outcome.cancelled, outcome.unlinked);
      }
      if (standing.marked().isEmpty()) {
        links.markConfirmed(List.of(id), asked);
      } else {
        links.postponeRecheck(id, clock.now()); // its withdrawal has not decided yet
      }
    }
    return due.size();
  }

  /** The numbers of the tickets the system cancelled and of those it took problems off. */
  private static final class Outcome {
    final List<String> cancelled = new ArrayList<>();
    final List<String> unlinked = new ArrayList<>();
  }

  /**
   * Cancels the tickets all of whose problems are closed to tickets, and takes those problems off
   * the tickets that also serve live ones (a ticket is not cancelled for a problem it shares).
   */
  private Outcome settle(List<TicketView> created, Set<UUID> problemIds) {
    Outcome outcome = new Outcome();
    for (TicketView t : created) {
      if (t.problemIds().stream().noneMatch(problemIds::contains)) {
        continue;
      }
      switch (tickets.settleWithdrawn(t.id(), problemIds)) {
        case CANCELLED -> outcome.cancelled.add(t.number());
        case UNLINKED -> outcome.unlinked.add(t.number());
        case NOTHING -> {}
      }
    }
    return outcome;
  }
}
