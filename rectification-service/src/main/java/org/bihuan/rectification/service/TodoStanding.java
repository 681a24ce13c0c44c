package org.bihuan.rectification.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bihuan.rectification.FieldChangesColumn;
import org.bihuan.rectification.PersonIdsColumn;
import org.bihuan.rectification.TicketHistoryEntry;
import org.bihuan.rectification.Todo;
import org.hibernate.query.NativeQuery;

/**
 * What a ticket's to-do reconciliation ({@link TicketTodos#reconcile}) reads, in one statement that
 * also appends the change's history entries (docs/decisions/0395): the entries, in the order
 * recorded; the round (1, plus one for every reject and reopen, the entries just appended counted);
 * the pending extension request; whether a CLOSE to-do of one of the ticket's problems is open; and
 * the ticket's to-dos the reconciliation compares — the open ones, and those of the rounds it can
 * call for now (the round, the report due, the supervision, the pending extension), among which are
 * all those it may open again under their id.
 */
final class TodoStanding {

  private TodoStanding() {}

  /** The standing and the to-dos read. */
  record Read(TicketTodos.Standing standing, List<Todo> todos) {}

  private static final String ENTRY_COLUMNS =
      "ticket_id, at, actor_id, actor_name, actor_person_ids, action, from_status, to_status,"
          + " comment, changes";

  /** One entry's placeholders; {@code %d} is the number of its first parameter. */
  private static final String ENTRY_ROW =
      "(cast(?%d as uuid), cast(?%d as timestamptz), cast(?%d as text), cast(?%d as text),"
          + " cast(?%d as text), cast(?%d as text), cast(?%d as text), cast(?%d as text),"
          + " cast(?%d as text), cast(?%d as text))";

  private static final int ENTRY_PARAMETERS = 10;

  /** The actions that send a ticket back to work and so begin a round. */
  private static final String SENT_BACK = " in ('reject', 'reopen')";

  private static final String STANDING =
      " s as (select (select count(*) from ticket_history x where x.ticket_id = ?1 and x.action"
          + SENT_BACK
          + ")%s as sent_back, e.id as extension, e.requested_by_name as extension_requester, "
          + ProblemTodos.CLOSE_OPEN_SQL
          + " as close_open from (values (1)) v left join lateral (select x.id,"
          + " x.requested_by_name from extension x where x.ticket_id = ?1"
          + " and x.status = 'REQUESTED' order by x.seq limit 1) e on true)"
          + " select s.sent_back, s.extension, s.extension_requester, s.close_open, "
          + Arrays.stream(TodoRows.COLUMNS.split(", "))
              .map(c -> "d." + c)
              .collect(Collectors.joining(", "))
          + " from s left join todo d on d.ticket_id = ?1 and (d.status = 'OPEN'"
          + " or d.round_key = 'round ' || (s.sent_back + 1) or d.round_key = any(?3)"
          + " or d.round_key = ?4 || s.extension) order by d.seq";

  /**
   * Appends {@code entries} to the ticket's history and reads its standing and to-dos. {@code
   * rounds}: the round keys the ticket's fields call for besides those of the round and the
   * extension (the report due, the supervision).
   */
  static Read read(
      EntityManager em,
      UUID ticketId,
      List<UUID> problemIds,
      List<TicketHistoryEntry> entries,
      List<String> rounds) {
    StringBuilder sql = new StringBuilder("with");
    List<Object> values = new ArrayList<>();
    values.add(ticketId);
    values.add(problemIds.toArray(UUID[]::new));
    values.add(rounds.toArray(String[]::new));
    values.add(TodoIdentity.EXTENSION_ROUND);
    String counted = "";
    if (!entries.isEmpty()) {
      sql.append(" h as (insert into ticket_history (").append(ENTRY_COLUMNS).append(") values ");
      FieldChangesColumn changes = new FieldChangesColumn();
      PersonIdsColumn people = new PersonIdsColumn();
      for (TicketHistoryEntry h : entries) {
        Object[] numbers = new Object[ENTRY_PARAMETERS];
        for (int i = 0; i < ENTRY_PARAMETERS; i++) {
          numbers[i] = values.size() + 1 + i;
        }
        sql.append(h == entries.get(0) ? "" : ", ").append(String.format(ENTRY_ROW, numbers));
        values.add(h.ticketId);
        values.add(h.at);
        values.add(h.actorId);
        values.add(h.actorName);
        values.add(people.convertToDatabaseColumn(h.actorPersonIds));
        values.add(h.action);
        values.add(h.fromStatus == null ? null : h.fromStatus.name());
        values.add(h.toStatus.name());
        values.add(h.comment);
        values.add(changes.convertToDatabaseColumn(h.changes));
      }
      sql.append(" returning action),");
      counted = " + (select count(*) from h where h.action" + SENT_BACK + ")";
    }
    sql.append(String.format(STANDING, counted));
    Query q = em.createNativeQuery(sql.toString()).setFlushMode(FlushModeType.COMMIT);
    NativeParameters.bind(q, values);
    @SuppressWarnings("unchecked")
    NativeQuery<Object[]> typed = q.unwrap(NativeQuery.class);
    typed
        .addScalar("sent_back", Long.class)
        .addScalar("extension", UUID.class)
        .addScalar("extension_requester", String.class)
        .addScalar("close_open", Boolean.class);
    TodoRows.typed(typed);
    List<Object[]> rows = typed.getResultList();
    Object[] first = rows.get(0);
    TicketTodos.Standing standing =
        new TicketTodos.Standing(
            1 + (Long) first[0], (UUID) first[1], (String) first[2], (Boolean) first[3]);
    List<Todo> todos = new ArrayList<>();
    for (Object[] r : rows) {
      if (r[4] != null) {
        todos.add(TodoRows.row(r, 4));
      }
    }
    return new Read(standing, todos);
  }
}
