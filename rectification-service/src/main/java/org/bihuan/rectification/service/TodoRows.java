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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.rectification.Todo;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
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

  static final String COLUMNS =
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
    typed(typed);
    List<Todo> out = new ArrayList<>();
    for (Object[] r : typed.getResultList()) {
      out.add(row(r, 0));
    }
    return out;
  }

  /** The columns of {@link #COLUMNS}, each typed as {@link #row} reads it. */
  static void typed(NativeQuery<Object[]> q) {
    q.addScalar("id", UUID.class)
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
  }

  /** The to-do of a row read with {@link #COLUMNS} from column {@code from} on. */
  static Todo row(Object[] r, int from) {
    Todo d = new Todo();
    d.id = (UUID) r[from];
    d.ticketId = (UUID) r[from + 1];
    d.problemId = (UUID) r[from + 2];
    d.kind = Todo.Kind.valueOf((String) r[from + 3]);
    d.assigneeType = Todo.AssigneeType.valueOf((String) r[from + 4]);
    d.assigneeName = (String) r[from + 5];
    d.assigneeExternalId = (String) r[from + 6];
    d.roundKey = (String) r[from + 7];
    d.title = (String) r[from + 8];
    d.dueDate = (LocalDate) r[from + 9];
    d.status = Todo.Status.valueOf((String) r[from + 10]);
    d.openedAt = (Instant) r[from + 11];
    d.doneAt = (Instant) r[from + 12];
    d.notFor = (String[]) r[from + 13];
    d.version = (Long) r[from + 14];
    return d;
  }

  /** A column {@link #write} writes: its name, the SQL type its parameter is cast to, its value. */
  record Column(String name, String cast, Function<Todo, Object> value) {}

  /**
   * Every column of the entity's insert, in the order written (TodoRowsTest holds it to the
   * entity's mapping, so a column added to {@link Todo} is not left out of the SQL unseen). A value
   * that may be null is bound as text, so its type is the same null or not ({@link
   * NativeParameters}).
   */
  static final List<Column> WRITTEN =
      List.of(
          new Column("id", "uuid", d -> d.id),
          new Column("ticket_id", "uuid", d -> d.ticketId),
          new Column(
              "problem_id", "uuid", d -> d.problemId == null ? null : d.problemId.toString()),
          new Column("kind", "text", d -> d.kind.name()),
          new Column("assignee_type", "text", d -> d.assigneeType.name()),
          new Column("assignee_name", "text", d -> d.assigneeName),
          new Column("assignee_external_id", "text", d -> d.assigneeExternalId),
          new Column("assignee_name_key", "text", d -> d.assigneeNameKey),
          new Column("assignee_unit_key", "text", d -> d.assigneeUnitKey),
          new Column("round_key", "text", d -> d.roundKey),
          new Column("title", "text", d -> d.title),
          new Column("due_date", "date", d -> d.dueDate == null ? null : d.dueDate.toString()),
          new Column("status", "text", d -> d.status.name()),
          new Column("opened_at", "timestamptz", d -> d.openedAt),
          new Column("done_at", "timestamptz", d -> d.doneAt == null ? null : d.doneAt.toString()),
          new Column("not_for", null, d -> d.notFor),
          new Column("version", null, d -> d.version));

  /** What makes a to-do the one it is: its id is made of them, a write never changes them. */
  private static final Set<String> IDENTITY =
      Set.of("id", "ticket_id", "kind", "assignee_type", "round_key", "version");

  /** The head of {@link #write}'s insert: the table and every column of {@link #WRITTEN}. */
  static final String INSERT_HEAD =
      "insert into todo ("
          + WRITTEN.stream().map(Column::name).collect(Collectors.joining(", "))
          + ") values ";

  /**
   * The tail of {@link #write}'s insert up to the parameter of the fresh ids: an existing row takes
   * every column but those of {@link #IDENTITY} if its version is still the one read.
   */
  static final String CONFLICT_UPDATE =
      " on conflict (id) do update set "
          + WRITTEN.stream()
              .map(Column::name)
              .filter(n -> !IDENTITY.contains(n))
              .map(n -> n + " = excluded." + n + ", ")
              .collect(Collectors.joining())
          + "version = todo.version + 1 where todo.version = excluded.version"
          + " and excluded.id <> all(cast(?";

  /** One change event's placeholders, each cast as change_event's column is typed. */
  private static final String EVENT_ROW =
      "(cast(?%d as uuid), cast(?%d as text), cast(?%d as timestamptz), cast(?%d as text),"
          + " cast(?%d as text), cast(?%d as jsonb))";

  /** One row's placeholders after {@code ?} and its number: each cast as {@link #WRITTEN} says. */
  private static final String[][] PLACEHOLDERS =
      WRITTEN.stream()
          .map(
              c ->
                  c.cast() == null
                      ? new String[] {c == WRITTEN.get(0) ? "?" : ", ?", ""}
                      : new String[] {
                        (c == WRITTEN.get(0) ? "" : ", ") + "cast(?", " as " + c.cast() + ")"
                      })
          .toArray(String[][]::new);

  /**
   * Writes {@code rows} in one statement, in their order: a row of a new id ({@code fresh}) is
   * inserted, a row that exists takes every field given (one closed, an earlier to-do opened again,
   * an open one whose date, title or assignee moved) if its version is still the one read. A new
   * row whose id exists already (written meanwhile by another) is not written over: like a row
   * changed since it was read, it fails the write ({@link OptimisticLockException}). A copy of a
   * written to-do that the session holds (code of the same transaction read it as an entity) is
   * detached, so a later read in the transaction reads the row as written.
   */
  static void write(EntityManager em, Collection<Todo> rows, Set<UUID> fresh) {
    write(em, rows, fresh, List.of());
  }

  /**
   * {@link #write}, the statement also inserting {@code events}, the transaction's change events
   * taken from the feed ({@link ChangeFeed#take}), in a CTE before the to-dos
   * (docs/decisions/0395): one request to PostgreSQL fewer than the feed's own insert before
   * commit.
   */
  static void write(
      EntityManager em, Collection<Todo> rows, Set<UUID> fresh, List<ChangeFeed.Row> events) {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(INSERT_HEAD.length() + 400 * rows.size() + 200 * events.size() + 400);
    List<Object> values = new ArrayList<>(rows.size() * WRITTEN.size() + 6 * events.size() + 1);
    if (!events.isEmpty()) {
      sql.append("with feed as (insert into change_event (")
          .append(ChangeFeed.COLUMNS)
          .append(") values ");
      for (ChangeFeed.Row e : events) {
        int n = values.size();
        sql.append(n == 0 ? "" : ", ")
            .append(String.format(EVENT_ROW, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6));
        values.add(e.id());
        values.add(e.type());
        values.add(e.occurredAt());
        values.add(e.resourceType());
        values.add(e.resourceId());
        values.add(e.data());
      }
      sql.append(") ");
    }
    sql.append(INSERT_HEAD);
    boolean first = true;
    for (Todo d : rows) {
      d.keyAssignee();
      sql.append(first ? "(" : ", (");
      first = false;
      for (int i = 0; i < PLACEHOLDERS.length; i++) {
        values.add(WRITTEN.get(i).value().apply(d));
        sql.append(PLACEHOLDERS[i][0]).append(values.size()).append(PLACEHOLDERS[i][1]);
      }
      sql.append(")");
    }
    values.add(fresh.toArray(UUID[]::new));
    sql.append(CONFLICT_UPDATE).append(values.size()).append(" as uuid[]))");
    Query q = em.createNativeQuery(sql.toString()).setFlushMode(FlushModeType.COMMIT);
    NativeParameters.bind(q, values);
    int written = q.executeUpdate();
    detachCopies(em, rows);
    if (written != rows.size()) {
      // a row changed since it was read, or one to be opened exists already: what Hibernate's
      // versioned update and its insert would refuse
      throw new OptimisticLockException("a to-do of ticket changed while it was reconciled");
    }
    for (Todo d : rows) {
      if (!fresh.contains(d.id)) {
        d.version++;
      }
    }
  }

  /** Detaches the session's managed copies of {@code rows}, which the SQL write left stale. */
  private static void detachCopies(EntityManager em, Collection<Todo> rows) {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    PersistenceContext context = session.getPersistenceContextInternal();
    if (context.getNumberOfManagedEntities() == 0) {
      return;
    }
    EntityPersister persister =
        session.getFactory().getMappingMetamodel().getEntityDescriptor(Todo.class);
    for (Todo d : rows) {
      Object managed = context.getEntity(session.generateEntityKey(d.id, persister));
      if (managed != null) {
        session.detach(managed);
      }
    }
  }
}
