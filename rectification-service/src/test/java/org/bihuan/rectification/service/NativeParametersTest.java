package org.bihuan.rectification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.TicketHistoryEntry;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.rest.TicketFixtures;
import org.junit.jupiter.api.Test;

/**
 * A transition's statement built by hand keeps its prepared statement and its plan from one
 * execution to the next whatever is null in it ({@link NativeParameters}, docs/decisions/0426): a
 * submit has no comment, a reject has one. Bound as of no type, the null made the driver prepare
 * the statement again at every change, so PostgreSQL parsed and planned it at every transition.
 */
@QuarkusTest
class NativeParametersTest {

  private static final String HISTORY_STATEMENT = "with h as (insert into ticket_history%";

  @Inject EntityManager em;

  @Test
  void historyWithAndWithoutACommentKeepsItsPreparedStatement() {
    UUID ticket = newTicket();
    int executions = 16;
    long before;
    long after;
    // one transaction, so one connection, rolled back: the entries are not kept
    QuarkusTransaction.begin();
    try {
      before = executionsOf(HISTORY_STATEMENT);
      for (int i = 0; i < executions; i++) {
        TodoStanding.read(
            em,
            ticket,
            List.of(),
            List.of(entry(ticket, i % 2 == 0 ? null : "退回：材料不全")),
            List.of("report due null", "overdue since null"));
      }
      after = executionsOf(HISTORY_STATEMENT);
    } finally {
      QuarkusTransaction.rollback();
    }
    // The driver sends the first executions of a statement unprepared (prepareThreshold 5, counted
    // on the connection, which earlier tests may have used); from then on each is one more
    // execution of the one prepared statement.
    assertTrue(
        after - before >= executions - 4,
        "executions of the prepared statement: before " + before + ", after " + after);
  }

  @Test
  void aToDoClosedAndOpenedAgainKeepsItsPreparedStatement() {
    UUID ticket = newTicket();
    int executions = 16;
    long before;
    long after;
    Instant closedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    QuarkusTransaction.begin();
    try {
      Todo d = TodoRows.read(em, ticket, new UUID[0]).get(0);
      before = executionsOf(TODO_STATEMENT);
      for (int i = 0; i < executions; i++) {
        // closed: done_at set; opened again without a due date: done_at and due_date null
        d.status = i % 2 == 0 ? Todo.Status.DONE : Todo.Status.OPEN;
        d.doneAt = i % 2 == 0 ? closedAt : null;
        d.dueDate = i % 2 == 0 ? closedAt.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate() : null;
        TodoRows.write(em, List.of(d), Set.of());
      }
      after = executionsOf(TODO_STATEMENT);
      d.status = Todo.Status.DONE;
      d.doneAt = closedAt;
      TodoRows.write(em, List.of(d), Set.of());
      Object written =
          em.createNativeQuery("select done_at = cast(?1 as timestamptz) from todo where id = ?2")
              .setParameter(1, closedAt.toString())
              .setParameter(2, d.id)
              .getSingleResult();
      assertEquals(Boolean.TRUE, written, "done_at written as the instant it was");
    } finally {
      QuarkusTransaction.rollback();
    }
    assertTrue(
        after - before >= executions - 4,
        "executions of the prepared statement: before " + before + ", after " + after);
  }

  /** A new ticket of a unit of its own, due in 30 days. */
  private static UUID newTicket() {
    return UUID.fromString(
        TicketFixtures.create(
                TicketFixtures.deadlineTicket(
                    "党委办公室-" + UUID.randomUUID().toString().substring(0, 8),
                    LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30)))
            .getString("id"));
  }

  private static TicketHistoryEntry entry(UUID ticket, String comment) {
    TicketHistoryEntry h = new TicketHistoryEntry();
    h.ticketId = ticket;
    h.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    h.actorId = "native-parameters-test";
    h.actorName = "测试人";
    h.action = comment == null ? "submit" : "reject";
    h.fromStatus = Ticket.Status.IN_PROGRESS;
    h.toStatus = Ticket.Status.SUBMITTED;
    h.comment = comment;
    return h;
  }

  private static final String TODO_STATEMENT = "insert into todo (%";

  /**
   * Executions counted on this connection's prepared statements of {@code statement}'s text with
   * one row (those of two rows, which other tests may have prepared on it, hold "), (").
   */
  private long executionsOf(String statement) {
    return ((Number)
            em.createNativeQuery(
                    "select coalesce(sum(generic_plans + custom_plans), 0) from pg_prepared_statements"
                        + " where statement like ?1 and statement not like '%), (%'")
                .setParameter(1, statement)
                .getSingleResult())
        .longValue();
  }
}
