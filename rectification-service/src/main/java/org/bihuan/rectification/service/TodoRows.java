package org.bihuan.rectification.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bihuan.rectification.Todo;
import org.hibernate.query.NativeQuery;

/**
 * A ticket's to-dos as its reconciliation reads and writes them ({@link TicketTodos#reconcile},
 * docs/decisions/0380): plain SQL, outside Hibernate's session, so a transition walks no to-do in a
 * flush. One statement reads them, one writes those it closes, opens or changes; where one it opens
 * has the unique index key of one it closes ({@code todo_one_open_idx}), the closed ones are
 * written first by a statement of their own. The rows it hands out are plain objects: changing one
 * writes nothing until it is passed to {@link #write}, which, like Hibernate's versioned update,
 * refuses a row changed since it was read and adds one to its version.
 */
final class TodoRows {

  private TodoRows() {}

  private static final String COLUMNS =
      "id, ticket_id, problem_id, kind, assignee_type, assignee_name, assignee_external_id,"
          + " round_key, title, due_date, status, opened_at, done_at, not_for, version";

  /** The open to-dos of a ticket and those of {@code ids} (any status), in the order opened. */
  static List<Todo> read(EntityManager em, UUID ticketId, UUID[] ids) {
    Query q =
        em.createNativeQuery(
                "select "
                    + COLUMNS
                    + " from todo d where d.ticket_id = ?1 and (d.status = 'OPEN'"
                    + " or d.id = any(?2)) order by d.seq")
            .setParameter(1, ticketId)
            .setParameter(2, ids)
            .setFlushMode(FlushModeType.COMMIT);
    @SuppressWarnings("unchecked")
    NativeQuery<Object[]> typed = q.unwrap(NativeQuery.class);
    typed
        .addScalar("id", UUID.class)
        .addScalar("ticket_id", UUID.class)
        .addScalar("problem_id", UUID.class)
        .addScalar("kind", String.class)
        .addScalar("assignee_type", String.class)
        .addScalar("assignee_name", String.class)
        .addScalar("assignee_external_id", String.class)
        .addScalar("round_key", String.class)
        .addScalar("title", String.class)
        .addScalar("due_date", LocalDate.class)
        .addScalar("status", String.class)
        .addScalar("opened_at", Instant.class)
        .addScalar("done_at", Instant.class)
        .addScalar("not_for", String[].class)
        .addScalar("version", Long.class);
    List<Todo> out = new ArrayList<>();
    for (Object[] r : typed.getResultList()) {
      Todo d = new Todo();
      d.id = (UUID) r[0];
      d.ticketId = (UUID) r[1];
      d.problemId = (UUID) r[2];
      d.kind = Todo.Kind.valueOf((String) r[3]);
      d.assigneeType = Todo.AssigneeType.valueOf((String) r[4]);
      d.assigneeName = (String) r[5];
      d.assigneeExternalId = (String) r[6];
      d.roundKey = (String) r[7];
      d.title = (String) r[8];
      d.dueDate = (LocalDate) r[9];
      d.status = Todo.Status.valueOf((String) r[10]);
      d.openedAt = (Instant) r[11];
      d.doneAt = (Instant) r[12];
      d.notFor = (String[]) r[13];
      d.version = (Long) r[14];
      out.add(d);
    }
    return out;
  }

  /**
   * Writes {@code rows} in one statement, in their order: a row of a new id ({@code fresh}) is
   * inserted, a row that exists takes every field given (one closed, an earlier to-do opened again,
   * an open one whose date, title or assignee moved) if its version is still the one read.
   */
  static void write(EntityManager em, Collection<Todo> rows, Set<UUID> fresh) {
    if (rows.isEmpty()) {
      return;
    }
    int width = 17;
    StringBuilder sql =
        new StringBuilder(
            "insert into todo (id, ticket_id, problem_id, kind, assignee_type, assignee_name,"
                + " assignee_external_id, assignee_name_key, assignee_unit_key, round_key, title,"
                + " due_date, status, opened_at, done_at, not_for, version) values ");
    List<Object> values = new ArrayList<>(rows.size() * width);
    for (Todo d : rows) {
      d.keyAssignee();
      int p = values.size();
      sql.append(values.isEmpty() ? "(" : ", (");
      for (int i = 1; i <= 3; i++) {
        sql.append("cast(?").append(p + i).append(" as uuid), ");
      }
      for (int i = 4; i <= 11; i++) {
        sql.append("cast(?").append(p + i).append(" as text), ");
      }
      sql.append("cast(?").append(p + 12).append(" as date), ");
      sql.append("cast(?").append(p + 13).append(" as text), ");
      sql.append("cast(?").append(p + 14).append(" as timestamptz), ");
      sql.append("cast(?").append(p + 15).append(" as timestamptz), ");
      sql.append("?").append(p + 16).append(", ?").append(p + 17).append(")");
      values.add(d.id);
      values.add(d.ticketId);
      values.add(d.problemId == null ? null : d.problemId.toString());
      values.add(d.kind.name());
      values.add(d.assigneeType.name());
      values.add(d.assigneeName);
      values.add(d.assigneeExternalId);
      values.add(d.assigneeNameKey);
      values.add(d.assigneeUnitKey);
      values.add(d.roundKey);
      values.add(d.title);
      values.add(d.dueDate == null ? null : d.dueDate.toString());
      values.add(d.status.name());
      values.add(d.openedAt);
      values.add(d.doneAt);
      values.add(d.notFor);
      values.add(d.version);
    }
    sql.append(
        " on conflict (id) do update set problem_id = excluded.problem_id,"
            + " assignee_name = excluded.assignee_name,"
            + " assignee_external_id = excluded.assignee_external_id,"
            + " assignee_name_key = excluded.assignee_name_key,"
            + " assignee_unit_key = excluded.assignee_unit_key, title = excluded.title,"
            + " due_date = excluded.due_date, status = excluded.status,"
            + " opened_at = excluded.opened_at, done_at = excluded.done_at,"
            + " not_for = excluded.not_for, version = todo.version + 1"
            + " where todo.version = excluded.version");
    Query q = em.createNativeQuery(sql.toString()).setFlushMode(FlushModeType.COMMIT);
    for (int i = 0; i < values.size(); i++) {
      q.setParameter(i + 1, values.get(i));
    }
    if (q.executeUpdate() != rows.size()) {
      // a row changed since it was read: what Hibernate's versioned update would refuse
      throw new OptimisticLockException("a to-do of ticket changed while it was reconciled");
    }
    for (Todo d : rows) {
      if (!fresh.contains(d.id)) {
        d.version++;
      }
    }
  }
}
