package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.bihuan.rectification.TicketHistoryEntry;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A transition costs the same whatever the length of the ticket's history (docs/decisions/0294): a
 * submit and a reject of a ticket with some two hundred history entries prepare as many statements
 * and load as many history entries as they did when it had a handful. The parties of a ticket are
 * read from the entries that can name one (edits, and each submitter's latest submit), not from
 * every submit and reject it went through.
 */
@QuarkusTest
class LongHistoryTransitionTest {

  @Inject EntityManagerFactory emf;
  @Inject AgroalDataSource dataSource;

  private record Cost(long statements, long historyLoads) {}

  @Test
  void aSubmitAndARejectCostTheSameWithTwoHundredHistoryEntries() throws SQLException {
    String unit = unit("纪检办公室");
    String reporter = Tokens.reporter("王五", unit);
    String verifier = Tokens.verifier("李四");
    String id = TransitionCostTest.inProgressWithAReport(unit, reporter);
    Cost short_ = fewest(reporter, verifier, id);

    // The same submitter and verifier a hundred times more: 200 entries like theirs.
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into ticket_history (ticket_id, at, actor_id, actor_name, action,"
                    + " from_status, to_status, comment, changes, actor_person_ids)"
                    + " select h.ticket_id, h.at, h.actor_id, h.actor_name, h.action,"
                    + " h.from_status, h.to_status, h.comment, h.changes, h.actor_person_ids"
                    + " from ticket_history h cross join generate_series(1, 100)"
                    + " where h.ticket_id = ? and h.id in (select max(id) from ticket_history"
                    + " where ticket_id = ? and action in ('submit', 'reject') group by action)")) {
      ps.setObject(1, UUID.fromString(id));
      ps.setObject(2, UUID.fromString(id));
      assertEquals(200, ps.executeUpdate());
    }
    Cost long_ = fewest(reporter, verifier, id);

    assertEquals(short_.statements(), long_.statements(), "statements, short then long history");
    assertTrue(
        long_.historyLoads() <= short_.historyLoads(),
        "history entries loaded by a submit and a reject: "
            + short_.historyLoads()
            + " with a short history, "
            + long_.historyLoads()
            + " with 200 entries more");
  }

  /** The fewest of three rounds: background work of the service only ever adds to a count. */
  private Cost fewest(String reporter, String verifier, String id) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    long statements = Long.MAX_VALUE;
    long loads = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long s = stats.getPrepareStatementCount();
      long l = historyLoads(stats);
      act(reporter, id, "submit", "已完成整改").then().statusCode(200);
      act(verifier, id, "reject", "佐证材料不足").then().statusCode(200);
      statements = Math.min(statements, stats.getPrepareStatementCount() - s);
      loads = Math.min(loads, historyLoads(stats) - l);
    }
    return new Cost(statements, loads);
  }

  private static long historyLoads(Statistics stats) {
    return stats.getEntityStatistics(TicketHistoryEntry.class.getName()).getLoadCount();
  }
}
