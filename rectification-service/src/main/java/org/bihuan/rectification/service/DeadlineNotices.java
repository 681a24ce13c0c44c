package org.bihuan.rectification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.rest.TicketView;

/**
 * Emits {@code ticket.due_soon} when a ticket enters the due-soon window and {@code ticket.overdue}
 * when it becomes overdue, each once per effective deadline (an approved extension re-arms them).
 * The same SQL rules as the list filters pick the tickets; rows being written are skipped and taken
 * on the next run, so several replicas never send the same notice twice.
 */
@ApplicationScoped
public class DeadlineNotices {

  static final int BATCH = 500;

  @Inject EntityManager em;
  @Inject ChangeFeed feed;
  @Inject OrganisationClock clock;
  @Inject TicketTodos todos;

  @Scheduled(
      every = "${bihuan.tickets.notice-every:10m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    while (send() == BATCH) {
      // more are waiting
    }
    openTimedTodos();
  }

  /**
   * Opens every to-do that time alone calls for (REPORT, SUPERVISE; see TicketTodos.sweep), a batch
   * per transaction; a reconciled ticket no longer matches, so the batches run out.
   */
  public int openTimedTodos() {
    int total = 0;
    int n;
    do {
      n = todos.sweepBatch();
      total += n;
    } while (n == BATCH);
    return total;
  }

  /** Sends what is due now; returns how many notices were sent. */
  @Transactional
  public int send() {
    LocalDate today = clock.today();
    int sent = notice(today, DeadlineRules.Sql.DUE_SOON, "due_soon_noticed_for", "ticket.due_soon");
    sent += notice(today, DeadlineRules.Sql.OVERDUE, "overdue_noticed_for", "ticket.overdue");
    return sent;
  }

  private int notice(LocalDate today, String rule, String column, String type) {
    @SuppressWarnings("unchecked")
    List<Ticket> due =
        em.createNativeQuery(
                "select t.* from ticket t where "
                    + rule
                    + " and t."
                    + column
                    + " is distinct from t.effective_deadline"
                    + " order by t.seq limit "
                    + BATCH
                    + " for update of t skip locked",
                Ticket.class)
            .setParameter("today", today)
            .getResultList();
    for (Ticket t : due) {
      em.createNativeQuery("update ticket set " + column + " = effective_deadline where id = :id")
          .setParameter("id", t.id)
          .executeUpdate();
      feed.append(type, "ticket", t.id, () -> TicketView.of(t, clock.today()));
    }
    return due.size();
  }
}
