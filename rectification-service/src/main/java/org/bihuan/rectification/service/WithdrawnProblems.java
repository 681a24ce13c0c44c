package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;

/**
 * Which problems of a ticket are WITHDRAWN, for the guards that keep a ticket under a withdrawn
 * problem from being worked on, submitted, verified or reopened (docs/decisions/0052, 0274). Read
 * in one statement from what this service holds: the ticket's problems, whether their links are
 * still unconfirmed ({@code problems_unconfirmed_since}, 0117/0168) and each problem's status as
 * problem-service's change feed last told it ({@code followed_problem}, 0197).
 *
 * <p>problem-service is asked only for a ticket whose links are unconfirmed. Every other live
 * ticket was linked before any withdrawal of its problems asked for their tickets, or was asked
 * about again after its commit and found not withdrawn nor marked: a withdrawal sees such a ticket
 * and is refused while it is not cancelled (0052, 0117, 0246). So a live, confirmed ticket's
 * problem is never WITHDRAWN, however far the feed lags; a problem the feed already reports
 * WITHDRAWN (final in problem-service) is refused without a question.
 */
@ApplicationScoped
public class WithdrawnProblems {

  @Inject EntityManager em;
  @Inject ProblemCheck problems;

  /** A ticket's problems when they were read, and those of them that are WITHDRAWN. */
  public record Standing(Set<UUID> problems, Set<UUID> withdrawn) {}

  /**
   * The ticket's problems and those WITHDRAWN; 404 for an unknown ticket, 503 when problem-service
   * must be asked (unconfirmed links) and cannot be.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Standing of(UUID ticketId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select p.problem_id, t.problems_unconfirmed_since is not null, f.status"
                    + " from ticket t left join ticket_problem p on p.ticket_id = t.id"
                    + " left join followed_problem f on f.id = p.problem_id where t.id = :id")
            .setParameter("id", ticketId)
            .getResultList();
    if (rows.isEmpty()) {
      throw ApiProblem.notFound("ticket", ticketId);
    }
    Set<UUID> linked = new LinkedHashSet<>();
    Set<UUID> withdrawn = new LinkedHashSet<>();
    boolean unconfirmed = false;
    for (Object[] r : rows) {
      unconfirmed |= Boolean.TRUE.equals(r[1]);
      if (r[0] == null) {
        continue;
      }
      UUID id = r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString());
      linked.add(id);
      if ("WITHDRAWN".equals(r[2])) {
        withdrawn.add(id);
      }
    }
    if (unconfirmed) {
      Set<UUID> ask = new LinkedHashSet<>(linked);
      ask.removeAll(withdrawn);
      withdrawn.addAll(problems.withdrawn(ask));
    }
    return new Standing(Set.copyOf(linked), Set.copyOf(withdrawn));
  }

  /**
   * A ticket under a withdrawn problem is only cancelled (0052, 0091): progress and evidence are
   * refused like start, before the transaction (409 problem-withdrawn).
   */
  public void refuseIfWithdrawn(UUID ticketId, String what) {
    ProblemCheck.refuseIfWithdrawn(of(ticketId).withdrawn(), what);
  }
}
