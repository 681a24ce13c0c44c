package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Creations naming the same externalRef, one after the other (docs/decisions/0353). An OA system
 * that gave up waiting sends its batch again, often before the first has committed: without an
 * order both look for the externalRef, find nothing, and the second is refused by the unique index
 * with a bare 409 — an answer it cannot tell from a real conflict. Held from before the lookup
 * until the commit, the lock makes the second look after the first committed, so it is answered
 * with the tickets the first created (200), or 409 duplicate-external-ref naming the item when its
 * content differs.
 */
@ApplicationScoped
public class ExternalRefLocks {

  @Inject EntityManager em;

  /**
   * Holds each externalRef's lock until the transaction ends, all in one statement and in the order
   * of their lock keys, so two writers naming the same refs in other orders cannot deadlock and a
   * batch of 1,000 items sends one statement, not 1,000 (docs/decisions/0357).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void hold(Collection<String> externalRefs) {
    String[] refs =
        new TreeSet<>(externalRefs.stream().filter(Objects::nonNull).toList())
            .toArray(String[]::new);
    if (refs.length == 0) {
      return;
    }
    // the ordered subquery feeds the aggregate in the keys' order: the locks are taken in it
    em.createNativeQuery(
            "select count(*) from (select pg_advisory_xact_lock(k) from (select distinct"
                + " hashtextextended('ticket-external-ref:' || r, 0) as k from unnest(cast(?1 as"
                + " text[])) as r order by k) as keys) as locked")
        .setParameter(1, refs)
        .getSingleResult();
  }
}
