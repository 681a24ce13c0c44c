package org.bihuan.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A commit whose flush fails is rolled back by the transaction manager, which throws its
 * RollbackException around the cause: a version conflict or a unique value taken by a concurrent
 * writer is the client's 409, not the 503 of a transaction that outlived its timeout.
 */
class CommitFailuresTest {

  private static RollbackException rolledBack(Throwable cause, boolean suppressed) {
    RollbackException e = new RollbackException("ARJUNA016053: Could not commit transaction.");
    if (suppressed) {
      e.addSuppressed(cause);
    } else {
      e.initCause(cause);
    }
    return e;
  }

  @Test
  void aVersionConflictAtCommitIsAConcurrentUpdate() {
    for (boolean suppressed : new boolean[] {false, true}) {
      ApiProblem p =
          KnownFailures.translate(
              new IllegalStateException(
                  rolledBack(new OptimisticLockException("row"), suppressed)));
      assertNotNull(p);
      assertEquals(409, p.status(), p.detail());
      assertEquals("concurrent-update", p.type());
    }
  }

  @Test
  void aUniqueValueTakenAtCommitIsADuplicate() {
    for (boolean suppressed : new boolean[] {false, true}) {
      SQLException unique = new SQLException("duplicate key value", "23505");
      ApiProblem p =
          KnownFailures.translate(
              rolledBack(new RuntimeException("could not execute statement", unique), suppressed));
      assertNotNull(p);
      assertEquals(409, p.status(), p.detail());
      assertEquals("duplicate", p.type());
    }
  }

  @Test
  void aRollbackWithoutACauseIsStillTheTimeout() {
    ApiProblem p = KnownFailures.translate(rolledBack(new IllegalStateException("reaper"), false));
    assertNotNull(p);
    assertEquals(503, p.status());
    assertEquals("30", p.headers().get("Retry-After"));
  }
}
