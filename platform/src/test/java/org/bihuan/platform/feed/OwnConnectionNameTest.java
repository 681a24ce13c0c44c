package org.bihuan.platform.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.bihuan.testing.RealPostgres;
import org.junit.jupiter.api.Test;

/**
 * The feed's own connections carry the name the instances count each other by (0313, amended), even
 * when the service's JDBC URL names its connections otherwise ({@code ApplicationName=…}, as an
 * operator may set it to tell services apart in pg_stat_activity).
 */
class OwnConnectionNameTest {

  static String nameOf(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select current_setting('application_name')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void theNameIsTheFeedsWhateverTheUrlSays() throws Exception {
    String admin = RealPostgres.adminUrl();
    String url = admin + (admin.contains("?") ? "&" : "?") + "ApplicationName=set-by-the-operator";
    try (Connection c =
        OwnConnection.open(
            url, Optional.empty(), Optional.empty(), FeedNotifications.SYNC_APPLICATION_NAME)) {
      assertEquals(FeedNotifications.SYNC_APPLICATION_NAME, nameOf(c));
      assertEquals(true, c.getAutoCommit());
    }
  }
}
