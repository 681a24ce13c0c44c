package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.mapping.TicketView;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * What every writer of a ticket shares: finding it (404 when there is none), loading it for a
 * change under its row lock, and its view after the write.
 */
@ApplicationScoped
public class TicketLocks {

  @Inject OrganisationClock clock;
  @Inject EntityManager em;

  Ticket find(UUID id) {
    Ticket t = Ticket.findById(id);
    if (t == null) {
      throw ApiProblem.notFound("ticket", id);
    }
    return t;
  }

  /**
   * Loads a ticket for a change, holding its row lock until the transaction ends. The row is locked
   * first by a statement of its own; the row and its responsible and co-responsible units, which
   * every writer reads (the caller's own-unit scope, the to-dos, the view), are then read in one
   * statement that sees what the last writer before the lock committed (docs/decisions/0367), a
   * query whose SQL Hibernate keeps (0374). The problems, up to 50 a ticket, are loaded apart, so
   * that statement returns at most 20 × 20 rows. A ticket this transaction holds already is locked
   * as before, comparing its version.
   */
  Ticket lock(UUID id) {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    EntityPersister persister =
        session.getFactory().getMappingMetamodel().getEntityDescriptor(Ticket.class);
    Ticket t;
    if (session
        .getPersistenceContextInternal()
        .containsEntity(session.generateEntityKey(id, persister))) {
      t = Ticket.findById(id, LockModeType.PESSIMISTIC_WRITE);
    } else {
      boolean exists =
          !em.createNativeQuery("select 1 from ticket where id = ?1 for no key update")
              .setParameter(1, id)
              .setFlushMode(FlushModeType.COMMIT)
              .getResultList()
              .isEmpty();
      t =
          exists
              ? em
                  .createQuery(Ticket.WITH_UNITS, Ticket.class)
                  .setParameter(1, id)
                  .setFlushMode(FlushModeType.COMMIT)
                  .getResultList()
                  .stream()
                  .findFirst()
                  .orElse(null)
              : null;
    }
    if (t == null) {
      throw ApiProblem.notFound("ticket", id);
    }
    return t;
  }

  /** Flushes first so the view (and the ETag built from it) carries the new version. */
  TicketView viewAfterWrite(Ticket t) {
    em.flush();
    return TicketView.of(t, clock.today());
  }
}
