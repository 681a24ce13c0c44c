package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tickets stored before docs/decisions/0240 carry people's names with invisible characters: the
 * migration writes them clean and keys them, so that {@code ?person=} and {@code ?leader=} find
 * them. Run on rows made so, in a transaction rolled back.
 */
@QuarkusTest
class PersonNamesMigrationTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void namesStoredWithInvisibleCharactersAreWrittenCleanAndKeyed() throws Exception {
    // Chinese, so that the key keeps it as written (the confusable skeleton reads 1 as l)
    StringBuilder tag = new StringBuilder();
    java.util.concurrent.ThreadLocalRandom.current()
        .ints(6, 0, 10)
        .forEach(i -> tag.append("甲乙丙丁戊己庚辛壬癸".charAt(i)));
    String dirty = "趙驗收" + tag + "\u200B\uDB40\uDC41\uFE0F";
    String dirtyLeader = "\u3164李\u2800书记" + tag + "\u00AD";
    String id =
        org.bihuan.rectification.rest.TicketFixtures.create(
                org.bihuan.rectification.rest.TicketFixtures.deadlineTicket(
                    "党委办公室-" + tag, java.time.LocalDate.now().plusDays(30)))
            .getString("id");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps =
            c.prepareStatement(
                "update ticket set responsible_person = ?, leader_in_charge = ?,"
                    + " responsible_person_key = null, leader_in_charge_key = null where id = ?")) {
          ps.setString(1, dirty);
          ps.setString(2, dirtyLeader);
          ps.setObject(3, UUID.fromString(id));
          ps.executeUpdate();
        }
        V2026_12_09_10__person_names_written_and_keyed.rewrite(
            c, "responsible_person", "responsible_person_key");
        V2026_12_09_10__person_names_written_and_keyed.rewrite(
            c, "leader_in_charge", "leader_in_charge_key");
        try (PreparedStatement ps =
            c.prepareStatement(
                "select responsible_person, responsible_person_key, leader_in_charge,"
                    + " leader_in_charge_key from ticket where id = ?")) {
          ps.setObject(1, UUID.fromString(id));
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals("趙驗收" + tag, rs.getString(1));
            assertEquals("赵验收" + tag, rs.getString(2));
            assertEquals("李书记" + tag, rs.getString(3));
            assertEquals("李书记" + tag, rs.getString(4));
          }
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }
}
