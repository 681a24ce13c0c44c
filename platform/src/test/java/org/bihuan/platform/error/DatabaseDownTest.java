package org.bihuan.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A database that is down answers 503 with Retry-After, never 500. */
class DatabaseDownTest {

  @Test
  void connectionFailuresAnswer503WithRetryAfter() {
    List<SQLException> failures =
        List.of(
            new SQLException("Connection to 127.0.0.1:55451 refused.", "08001"),
            new SQLException("An I/O error occurred while sending to the backend.", "08006"),
            new SQLException("terminating connection due to administrator command", "57P01"),
            new SQLException("the database system is starting up", "57P03"),
            new SQLException("sorry, too many clients already", "53300"),
            new SQLTransientConnectionException(
                "Acquisition timeout while waiting for new connection"));
    for (SQLException sql : failures) {
      ApiProblem p = KnownFailures.translate(new RuntimeException("wrapped", sql));
      assertEquals(503, p == null ? 0 : p.status(), sql.getMessage());
      Response r = ProblemMapping.respond(p);
      assertEquals("5", r.getHeaderString("Retry-After"));
      assertEquals("application/problem+json", r.getMediaType().toString());
    }
  }

  @Test
  void otherDatabaseErrorsAreNotTakenForAnOutage() {
    ApiProblem duplicate =
        KnownFailures.translate(new SQLException("duplicate key value", "23505"));
    assertNotEquals(503, duplicate.status());
    assertNull(KnownFailures.translate(new SQLException("division by zero", "22012")));
    assertNull(KnownFailures.translate(new SQLException("no state", (String) null)));
  }
}
