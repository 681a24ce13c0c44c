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
 * People stored before docs/decisions/0246 carry login keys with a subaddress or a Kerberos
 * instance and no mobile key: the migrations key them again. Run on rows made so, in a transaction
 * rolled back.
 */
@QuarkusTest
class LoginAndMobileKeysMigrationTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void storedLoginsAreKeyedAgainAndStoredMobilesKeyed() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        insert(c, "P1-" + s, "zhao" + s + "+oa@corp.cn", "zhao" + s + "+oa", "+8613912345678");
        insert(c, "P2-" + s, "qian" + s + "/admin@CORP.CN", "qian" + s + "/admin", "13912345679");
        insert(c, "P3-" + s, "sun" + s, "sun" + s, null);
        try (PreparedStatement ps =
            c.prepareStatement(
                "insert into directory_former_login (login, person_external_id, changed_at,"
                    + " login_key) values (?, ?, now(), ?)")) {
          ps.setString(1, "li" + s + "+old@corp.cn");
          ps.setString(2, "P3-" + s);
          ps.setString(3, "li" + s + "+old");
          ps.executeUpdate();
        }
        V2026_12_10_20__login_keys_without_subaddress_or_instance.rekey(c, "directory_person");
        V2026_12_10_20__login_keys_without_subaddress_or_instance.rekey(
            c, "directory_former_login");
        V2026_12_10_21__directory_mobile_keys.fill(c);
        assertEquals("zhao" + s + "|13912345678", keys(c, "P1-" + s));
        assertEquals("qian" + s + "|13912345679", keys(c, "P2-" + s));
        assertEquals("sun" + s + "|null", keys(c, "P3-" + s));
        try (PreparedStatement ps =
            c.prepareStatement(
                "select login_key from directory_former_login where person_external_id = ?")) {
          ps.setString(1, "P3-" + s);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals("li" + s, rs.getString(1));
          }
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }

  private static void insert(Connection c, String id, String login, String key, String mobile)
      throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into directory_person (id, external_id, name, login, login_key, mobile,"
                + " mobile_key, created_at, updated_at) values (?, ?, ?, ?, ?, ?, null, now(),"
                + " now())")) {
      ps.setObject(1, UUID.randomUUID());
      ps.setString(2, id);
      ps.setString(3, "赵验收");
      ps.setString(4, login);
      ps.setString(5, key);
      ps.setString(6, mobile);
      ps.executeUpdate();
    }
  }

  /** "loginKey|mobileKey" of the person. */
  private static String keys(Connection c, String id) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select login_key, mobile_key from directory_person where external_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1) + "|" + rs.getString(2);
      }
    }
  }
}
