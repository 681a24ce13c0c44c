package org.bihuan.rectification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.Set;
import org.bihuan.rectification.Ticket.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which tickets are open (DOMAIN.md: neither VERIFIED nor CANCELLED) is one rule: {@link
 * TicketWorkflow#open} in Java and {@link TicketWorkflow#openSql} in PostgreSQL answer alike for
 * every status, over the status column as the ticket table types it.
 */
@QuarkusTest
class OpenTicketRuleTest {

  private static final Set<Status> OPEN =
      EnumSet.of(Status.ASSIGNED, Status.IN_PROGRESS, Status.SUBMITTED);

  @Inject AgroalDataSource dataSource;

  @ParameterizedTest
  @EnumSource(Status.class)
  void javaAndSqlAgreeOnEveryStatus(Status status) throws Exception {
    assertEquals(OPEN.contains(status), TicketWorkflow.open(status), "Java, " + status);
    assertEquals(OPEN.contains(status), openInSql(status.name()), "SQL, " + status);
  }

  @Test
  void aStatusTheTableDoesNotNameIsNotOpen() throws Exception {
    assertEquals(false, openInSql("WITHDRAWN"));
    assertEquals(false, openInSql(null));
  }

  /** The SQL rule over a row typed like {@code ticket.status}. */
  private boolean openInSql(String status) throws Exception {
    String sql =
        "select coalesce("
            + TicketWorkflow.openSql("t")
            + ", false) from (select cast(? as varchar) as status"
            + " union all select status from ticket where false) t";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, status);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getBoolean(1);
      }
    }
  }
}
