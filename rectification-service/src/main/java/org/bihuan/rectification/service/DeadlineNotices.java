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
import org.bihuan.rectification.config.TodoSettings;
import org.bihuan.rectification.mapping.TicketView;

/**
 * Emits {@code ticket.due_soon} when a ticket enters the due-soon window before its deadline's day
 * (a ticket first seen on that day gets only the due-today step), {@code ticket.due_today} on its
 * deadline's day and {@code ticket.overdue} when it becomes overdue, each once per effective
 * deadline (an approved extension re-arms them), and {@code ticket.supervised} once a day while it
 * is overdue for the supervise days. The same SQL rules as the list filters pick the tickets; rows
 * being written are skipped and taken on the next run, so several replicas never send the same
 * notice twice.
 */
@ApplicationScoped
public class DeadlineNotices {

  static final int BATCH = 500;

  @Inject EntityManager em;
  @Inject ChangeFeed feed;
  @Inject OrganisationClock clock;
  @Inject TicketTodos todos;
  @Inject TodoSettings todoSettings;

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
    } while (n == TicketTodos.SWEEP_BATCH);
    return total;
  }

  /**
   * Sends what is due now, the 督办 ladder of DOMAIN.md: due soon, due today and overdue once per
   * effective deadline, then once a day while overdue for the supervise days; returns how many
   * notices were sent.
   */
  @Transactional
  public int send() {
    LocalDate today = clock.today();
    int sent =
        notice(today, DeadlineRules.Sql.DUE_SOON_STEP, "due_soon_noticed_for", "ticket.due_soon");
    sent += notice(today, DeadlineRules.Sql.DUE_TODAY, "due_today_noticed_for", "ticket.due_today");
    sent += notice(today, DeadlineRules.Sql.OVERDUE, "overdue_noticed_for", "ticket.overdue");
    sent += supervise(today);
    return sent;
  }

  /**
   * {@code ticket.supervised}: once a day for each ticket overdue for at least {@code
   * bihuan.todos.supervise-after-days}, for its leader in charge (the SUPERVISE to-do stays open
   * meanwhile; this is the daily reminder connectors turn into a message).
   */
  private int supervise(LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Ticket> due =
        em.createNativeQuery(
                "select t.* from ticket t where "
                    + DeadlineRules.Sql.TO_SUPERVISE
                    + " and t.supervised_on is distinct from :today"
                    + " order by t.seq limit "
                    + BATCH
                    + " for update of t skip locked",
                Ticket.class)
            .setParameter("today", today)
            .setParameter("superviseFrom", today.minusDays(todoSettings.superviseAfterDays()))
            .getResultList();
    for (Ticket t : due) {
      em.createNativeQuery("update ticket set supervised_on = :today where id = :id")
          .setParameter("today", today)
          .setParameter("id", t.id)
          .executeUpdate();
      feed.append("ticket.supervised", "ticket", t.id, () -> TicketView.of(t, today));
    }
    return due.size();
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
