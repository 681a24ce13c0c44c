package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.closure.ProblemClosure;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.Todo.AssigneeType;
import org.bihuan.rectification.Todo.Kind;
import org.bihuan.rectification.config.TodoSettings;
import org.bihuan.rectification.mapping.TodoView;

/**
 * The CLOSE to-do (问题销号, DOMAIN.md "Who must act next"): open for the admins while the problem is
 * closable by its tickets (the platform's {@link ProblemClosure}, read in SQL) and the problem, as
 * problem-service's feed last told it ({@code followed_problem}), is neither CLOSED nor WITHDRAWN;
 * done when that no longer holds (cancelled when the problem is withdrawn). Reconciled after every
 * recorded change of a ticket of the problem ({@link TicketTodos}) and every problem event ({@link
 * ProblemEvents}), in their transactions. A transaction-scoped advisory lock per problem orders
 * them, so two tickets verified at once never both read the other as unverified.
 */
@ApplicationScoped
public class ProblemTodos {

  /** Who closes problems; there is no directory of the source's admins yet. */
  public static final String ADMIN_ROLE = "admin";

  private static final int TITLE_CHARS = 60;

  @Inject EntityManager em;
  @Inject ChangeFeed feed;
  @Inject TodoSettings settings;

  /** The same (problem, assignee, round) always gives the same id. */
  static UUID stableId(UUID problemId, String assignee, String round) {
    String key =
        "bihuan-todo|problem|" + problemId + "|" + Kind.CLOSE + "|ROLE|" + assignee + "|" + round;
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether a CLOSE to-do of one of the problems bound to {@code ?2} (a uuid array) is open: an SQL
   * expression, read by {@link TicketTodos#standing} with the other facts of a ticket's to-dos.
   */
  static final String CLOSE_OPEN_SQL =
      "exists (select 1 from todo c where c.problem_id = any(?2) and c.kind = 'CLOSE'"
          + " and c.status = 'OPEN' and c.ticket_id is null)";

  /**
   * After a change of a ticket: only a VERIFIED or CANCELLED ticket can make a problem closable,
   * and any other only matters where a CLOSE to-do is open ({@code closeOpen}, {@link
   * #CLOSE_OPEN_SQL}: it must close); other changes (a batch of new tickets) cost no reconciliation
   * each.
   */
  void afterTicketChange(
      Ticket.Status status, List<UUID> problemIds, boolean closeOpen, Instant now) {
    if (problemIds.isEmpty()) {
      return;
    }
    if (TicketWorkflow.open(status) && !closeOpen) {
      return;
    }
    reconcile(problemIds, now);
  }

  /** Reconciles several problems, in id order (two writers never lock them in a cycle). */
  void reconcile(List<UUID> problemIds, Instant now) {
    if (problemIds.isEmpty()) {
      return;
    }
    em.flush();
    for (UUID id : problemIds.stream().distinct().sorted().toList()) {
      reconcile(id, now);
    }
  }

  void reconcile(UUID problemId, Instant now) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, "close-todo:" + problemId)
        .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> problem =
        em.createNativeQuery("select status, number, title from followed_problem where id = ?1")
            .setParameter(1, problemId)
            .getResultList();
    String status = problem.isEmpty() ? null : (String) problem.get(0)[0];
    boolean closable =
        (Boolean)
            em.createNativeQuery(
                    "select "
                        + ProblemClosure.closableSql("t.status")
                        + " from ticket t join ticket_problem tp on tp.ticket_id = t.id"
                        + " where tp.problem_id = ?1")
                .setParameter(1, problemId)
                .getSingleResult();
    boolean wanted =
        status != null && !"CLOSED".equals(status) && !"WITHDRAWN".equals(status) && closable;
    Todo open =
        Todo.<Todo>find(
                "problemId = ?1 and ticketId is null and kind = ?2 and status = ?3",
                problemId,
                Kind.CLOSE,
                Todo.Status.OPEN)
            .firstResult();
    if (open != null && !wanted) {
      open.status = "WITHDRAWN".equals(status) ? Todo.Status.CANCELLED : Todo.Status.DONE;
      open.doneAt = now;
      emit("todo.done", open);
      return;
    }
    String title =
        problem.isEmpty() ? null : title((String) problem.get(0)[1], (String) problem.get(0)[2]);
    if (open != null) {
      if (!java.util.Objects.equals(open.title, title)) {
        open.title = title;
        emit("todo.updated", open);
      }
      return;
    }
    if (!wanted) {
      return;
    }
    long before =
        Todo.count("problemId = ?1 and ticketId is null and kind = ?2", problemId, Kind.CLOSE);
    String round = "round " + (before + 1);
    Todo d = new Todo();
    d.id = stableId(problemId, ADMIN_ROLE, round);
    d.ticketId = null;
    d.problemId = problemId;
    d.kind = Kind.CLOSE;
    d.assigneeType = AssigneeType.ROLE;
    d.assigneeName = ADMIN_ROLE;
    d.roundKey = round;
    d.title = title;
    d.status = Todo.Status.OPEN;
    d.openedAt = now;
    d.notFor = new String[0];
    d.persist();
    em.flush();
    emit("todo.opened", d);
  }

  static String title(String number, String problemTitle) {
    String t = problemTitle == null ? "" : problemTitle.strip();
    if (t.codePointCount(0, t.length()) > TITLE_CHARS) {
      t = t.substring(0, t.offsetByCodePoints(0, TITLE_CHARS - 1)) + "…";
    }
    return "【整改】" + (number == null ? "" : number + " ") + Kind.CLOSE.label() + "：" + t;
  }

  private void emit(String type, Todo d) {
    feed.append(type, "todo", d.id, () -> TodoView.of(d, settings.linkBaseUrl()));
  }
}
