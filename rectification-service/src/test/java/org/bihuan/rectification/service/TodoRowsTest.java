package org.bihuan.rectification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.rest.TicketFixtures;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation's to-dos written in SQL ({@link TodoRows}, docs/decisions/0380, 0383) keep
 * what Hibernate's versioned writes kept: a row changed since it was read is not written, nor is an
 * existing row taken for a new one; each write adds one to the version; a copy the session holds is
 * not left stale; and every column of the entity is written.
 */
@QuarkusTest
class TodoRowsTest {

  @Inject EntityManager em;

  /**
   * A new ticket's one open to-do (START of its responsible person), as the reconciliation reads
   * it.
   */
  private Todo openStart() {
    String unit = "党委办公室-" + UUID.randomUUID().toString().substring(0, 8);
    UUID ticket =
        UUID.fromString(
            TicketFixtures.create(
                    TicketFixtures.deadlineTicket(
                        unit, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30)))
                .getString("id"));
    List<Todo> open =
        QuarkusTransaction.requiringNew().call(() -> TodoRows.read(em, ticket, new UUID[0]));
    assertEquals(1, open.size(), "open to-dos of a new ticket");
    assertEquals(Todo.Kind.START, open.get(0).kind);
    return open.get(0);
  }

  private Object[] row(UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (Object[])
                    em.createNativeQuery("select title, status, version from todo where id = ?1")
                        .setParameter(1, id)
                        .getSingleResult());
  }

  @Test
  void aWriteAddsOneToTheVersion() {
    Todo d = openStart();
    long read = d.version;
    d.title = "【整改】改过的标题";
    QuarkusTransaction.requiringNew().run(() -> TodoRows.write(em, List.of(d), Set.of()));
    assertEquals(read + 1, d.version);
    Object[] r = row(d.id);
    assertEquals("【整改】改过的标题", r[0]);
    assertEquals(read + 1, ((Number) r[2]).longValue());
  }

  @Test
  void aRowChangedSinceItWasReadIsNotWrittenOver() {
    Todo d = openStart();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update todo set title = '【整改】别人改的', version = version + 1 where id = ?1")
                    .setParameter(1, d.id)
                    .executeUpdate());
    d.title = "【整改】过时的改动";
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                assertThrows(
                    OptimisticLockException.class, () -> TodoRows.write(em, List.of(d), Set.of())));
    Object[] r = row(d.id);
    assertEquals("【整改】别人改的", r[0]);
    assertEquals(d.version + 1, ((Number) r[2]).longValue());
  }

  @Test
  void aNewToDoWhoseIdExistsDoesNotOverwriteTheRow() {
    Todo existing = openStart();
    Todo d = new Todo();
    d.id = existing.id;
    d.ticketId = existing.ticketId;
    d.kind = existing.kind;
    d.assigneeType = existing.assigneeType;
    d.assigneeName = "另一个人";
    d.roundKey = existing.roundKey;
    d.title = "【整改】不该写进去的标题";
    d.status = Todo.Status.DONE;
    d.openedAt = Instant.now();
    d.doneAt = Instant.now();
    d.notFor = new String[0];
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                assertThrows(
                    OptimisticLockException.class,
                    () -> TodoRows.write(em, List.of(d), Set.of(d.id))));
    Object[] r = row(existing.id);
    assertEquals(existing.title, r[0]);
    assertEquals("OPEN", r[1]);
    assertEquals(existing.version, ((Number) r[2]).longValue());
  }

  @Test
  void theSessionsCopyOfAWrittenToDoIsNotLeftStale() {
    Todo d = openStart();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Todo managed = Todo.findById(d.id);
              assertEquals(d.title, managed.title);
              d.title = "【整改】同一事务里改的";
              TodoRows.write(em, List.of(d), Set.of());
              assertFalse(em.contains(managed), "the session's copy is detached");
              Todo again = Todo.findById(d.id);
              assertNotSame(managed, again);
              assertEquals("【整改】同一事务里改的", again.title);
              assertEquals(d.version, again.version);
            });
  }

  @Test
  void everyColumnTheEntityInsertsIsWritten() {
    EntityPersister persister =
        em.getEntityManagerFactory()
            .unwrap(SessionFactoryImplementor.class)
            .getMappingMetamodel()
            .getEntityDescriptor(Todo.class);
    Set<String> inserted = new TreeSet<>();
    persister
        .getIdentifierMapping()
        .forEachSelectable((i, s) -> inserted.add(s.getSelectionExpression()));
    persister.forEachAttributeMapping(
        a ->
            a.forEachSelectable(
                (i, s) -> {
                  if (s.isInsertable() && !s.isFormula()) {
                    inserted.add(s.getSelectionExpression());
                  }
                }));
    Set<String> written = new TreeSet<>();
    TodoRows.WRITTEN.forEach(c -> written.add(c.name()));
    assertEquals(inserted, written);
    assertTrue(
        written.contains("assignee_name_key") && !written.contains("seq"), written::toString);
  }
}
