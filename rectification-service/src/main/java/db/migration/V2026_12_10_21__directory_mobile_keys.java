package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.text.Mobiles;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A login or a {@code phone_number}/{@code mobile} claim that is a mobile number names the
 * directory person whose mobile it is (docs/decisions/0246): each person's mobile is keyed by
 * {@link Mobiles#key} (eleven digits, no country code), kept beside the mobile as the OA gives it
 * and indexed. Filled here for the people stored before, in Java as the service fills it.
 */
public class V2026_12_10_21__directory_mobile_keys extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("alter table directory_person add column mobile_key text");
    }
    fill(c);
    try (Statement s = c.createStatement()) {
      s.execute("create index directory_person_mobile_key_idx on directory_person (mobile_key)");
    }
  }

  /** Writes the key of every stored mobile that has one. */
  static void fill(Connection c) throws Exception {
    List<String> mobiles = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select distinct mobile from directory_person where mobile is not null")) {
      while (rs.next()) {
        mobiles.add(rs.getString(1));
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("update directory_person set mobile_key = ? where mobile = ?")) {
      for (String mobile : mobiles) {
        String key = Mobiles.key(mobile);
        if (key != null) {
          ps.setString(1, key);
          ps.setString(2, mobile);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }
}
