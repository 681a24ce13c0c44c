package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;

/**
 * Hands out problem numbers P-<year>-<nnnn>. The year's counter row is advanced by one atomic
 * upsert, which holds the row lock until the caller's transaction ends: two concurrent creators
 * never get the same number, and a number once committed is never handed out again.
 */
@ApplicationScoped
public class ProblemNumbers {

  @Inject EntityManager em;

  /** Must be called inside the transaction that stores the problem. */
  public String next(int year) {
    int last =
        em.unwrap(Session.class)
            .doReturningWork(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "insert into problem_number_counter (year, last) values (?, 1)"
                              + " on conflict (year) do update"
                              + " set last = problem_number_counter.last + 1 returning last")) {
                    ps.setInt(1, year);
                    try (ResultSet rs = ps.executeQuery()) {
                      rs.next();
                      return rs.getInt(1);
                    }
                  }
                });
    return "P-%d-%04d".formatted(year, last);
  }
}
