package org.bihuan.rectification.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The mark a transaction that links a problem leaves on its ticket until the problem is asked about
 * again (docs/decisions/0117, 0168), read and left as a service that stopped in between leaves it.
 */
final class RecheckMarks {

  private RecheckMarks() {}

  /** The ticket's mark, or null when its problems were asked about. */
  static Instant mark(AgroalDataSource db, String id) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("select problems_unconfirmed_since from ticket where id = ?")) {
      s.setObject(1, UUID.fromString(id));
      try (ResultSet r = s.executeQuery()) {
        assertEquals(true, r.next(), "ticket " + id);
        Timestamp t = r.getTimestamp(1);
        return t == null ? null : t.toInstant();
      }
    }
  }

  /** Leaves the mark as set at {@code since}. */
  static void leaveMark(AgroalDataSource db, String id, Instant since) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("update ticket set problems_unconfirmed_since = ? where id = ?")) {
      s.setTimestamp(1, Timestamp.from(since));
      s.setObject(2, UUID.fromString(id));
      assertEquals(1, s.executeUpdate());
    }
  }

  /** Leaves the mark aged past the sweep's grace. */
  static void leaveAgedMark(AgroalDataSource db, String id) throws Exception {
    leaveMark(db, id, Instant.now().minusSeconds(120));
  }
}
