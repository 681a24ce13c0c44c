package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;

/**
 * Linking a ticket to a problem, and a withdrawal of that problem asking for its tickets, ordered
 * by a PostgreSQL advisory lock per problem (docs/decisions/0246). A transaction that links a
 * ticket to problems (a creation, a batch, an edit adding problems) holds each problem's lock
 * shared from before it asks problem-service whether the problem still takes tickets until it
 * commits; the withdrawal's question ({@link #awaitLinks}) takes it exclusively, so it waits for
 * every such transaction under way and sees its ticket. One that starts later asks problem-service
 * after the withdrawal's mark was committed and is refused (409 problem-being-withdrawn).
 */
@ApplicationScoped
public class ProblemLinkLocks {

  @Inject EntityManager em;

  /** Holds each problem's lock shared until the transaction ends (in id order). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void hold(Collection<UUID> problemIds) {
    for (UUID id : new TreeSet<>(problemIds)) {
      em.createNativeQuery("select pg_advisory_xact_lock_shared(hashtextextended(?1, 0))")
          .setParameter(1, key(id))
          .getSingleResult();
    }
  }

  /**
   * Waits, at most {@code wait}, until no transaction that links a ticket to the problem is under
   * way, and holds the problem's lock until the transaction ends. Longer: 409
   * ticket-creation-under-way, with Retry-After.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void awaitLinks(UUID problemId, Duration wait) {
    em.createNativeQuery("select set_config('lock_timeout', ?1, true)")
        .setParameter(1, Math.max(1, wait.toMillis()) + "ms")
        .getSingleResult();
    try {
      em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
          .setParameter(1, key(problemId))
          .getSingleResult();
    } catch (PersistenceException e) {
      if (!lockTimedOut(e)) {
        throw e;
      }
      throw ApiProblem.conflict(
              "ticket-creation-under-way",
              "A ticket is being created for problem "
                  + problemId
                  + " (or linked to it) and did not finish within "
                  + wait.toMillis()
                  + " ms; nothing was changed. Try the withdrawal again in a moment.")
          .header("Retry-After", "5")
          .with("problemId", problemId);
    }
  }

  private static String key(UUID problemId) {
    return "problem-links:" + problemId;
  }

  /** PostgreSQL's lock_not_available (55P03): lock_timeout ran out. */
  private static boolean lockTimedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && "55P03".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
