package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bihuan.platform.text.Logins;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A login's key now also sets aside a mail subaddress ({@code zhao+verify@corp.cn}) and a Kerberos
 * instance ({@code zhao/admin@CORP.CN}) (docs/decisions/0246): the keys stored before are computed
 * again by {@link Logins#key}, in Java, as the service computes them from now on.
 */
public class V2026_12_10_20__login_keys_without_subaddress_or_instance extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    rekey(c, "directory_person");
    rekey(c, "directory_former_login");
  }

  /** Writes {@code Logins.key(login)} into each row of {@code table} whose stored key differs. */
  static void rekey(Connection c, String table) throws Exception {
    List<String[]> changed = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select distinct login, login_key from " + table + " where login is not null")) {
      while (rs.next()) {
        String key = Logins.key(rs.getString(1));
        if (!Objects.equals(key, rs.getString(2))) {
          changed.add(new String[] {rs.getString(1), key});
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("update " + table + " set login_key = ? where login = ?")) {
      for (String[] row : changed) {
        ps.setString(1, row[1]);
        ps.setString(2, row[0]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
