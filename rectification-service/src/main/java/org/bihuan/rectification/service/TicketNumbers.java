package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.rectification.NumberCounter;

/**
 * Hands out ticket numbers T-<year>-<nnnn>. The year's counter row is locked until the transaction
 * ends, so concurrent creations queue here and a number is never given twice; a rolled-back
 * transaction rolls its numbers back with it, so no committed number is ever reused.
 */
@ApplicationScoped
public class TicketNumbers {

  @Inject EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public List<String> next(int year, int count) {
    em.createNativeQuery(
            "insert into number_counter (year, last, version) values (?1, 0, 0)"
                + " on conflict (year) do nothing")
        .setParameter(1, year)
        .executeUpdate();
    NumberCounter c = em.find(NumberCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
    List<String> numbers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      c.last++;
      numbers.add(String.format("T-%d-%04d", year, c.last));
    }
    return numbers;
  }
}
