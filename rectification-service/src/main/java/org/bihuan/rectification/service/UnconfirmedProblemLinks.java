package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The mark a ticket carries while a problem newly linked to it has not been asked about again after
 * the commit (problems_unconfirmed_since), which {@link WithdrawalRecheck} sets off and clears
 * (docs/decisions/0117).
 */
@ApplicationScoped
public class UnconfirmedProblemLinks {

  @Inject EntityManager em;

  /**
   * Clears the mark of tickets whose problems were asked about again from {@code asked} on; a mark
   * set later (a problem linked meanwhile) stays for its own question.
   */
  @Transactional
  public void markConfirmed(List<UUID> ids, Instant asked) {
    if (ids.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "update ticket set problems_unconfirmed_since = null"
                + " where id in (:ids) and problems_unconfirmed_since <= :asked")
        .setParameter("ids", ids)
        .setParameter("asked", asked)
        .executeUpdate();
  }

  /** Moves a marked ticket to the back of the sweep's queue (its question went unanswered). */
  @Transactional
  public void postponeRecheck(UUID id, Instant now) {
    em.createNativeQuery(
            "update ticket set problems_unconfirmed_since = :now"
                + " where id = :id and problems_unconfirmed_since is not null")
        .setParameter("now", now)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** Tickets marked before {@code before}, oldest first (WithdrawalRecheck.sweep). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UUID> unconfirmedSince(Instant before, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from ticket where problems_unconfirmed_since < :before"
                    + " order by problems_unconfirmed_since limit :limit")
            .setParameter("before", before)
            .setParameter("limit", limit)
            .getResultList();
    return ids.stream().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString())).toList();
  }
}
