package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.text.PersonNames;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Tickets stored before every write route wrote people's names clean (docs/decisions/0240): each
 * responsible person and leader in charge is written again as {@link PersonNames#written} writes it
 * (zero-width, tag, variation-selector, bidi and filler characters out; a name of blanks only
 * becomes none), and keyed by {@link PersonNames#groupKey} for {@code ?person=} and {@code
 * ?leader=}. In Java, as the folding is not SQL. The history keeps the names as they were.
 */
public class V2026_12_09_10__person_names_written_and_keyed extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("alter table ticket add column responsible_person_key text");
      s.execute("alter table ticket add column leader_in_charge_key text");
    }
    rewrite(c, "responsible_person", "responsible_person_key");
    rewrite(c, "leader_in_charge", "leader_in_charge_key");
    try (Statement s = c.createStatement()) {
      s.execute("create index ticket_person_key_idx on ticket (responsible_person_key)");
      s.execute("create index ticket_leader_key_idx on ticket (leader_in_charge_key)");
    }
  }

  /** Writes each stored name of {@code column} clean and its key into {@code keyColumn}. */
  static void rewrite(Connection c, String column, String keyColumn) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select distinct " + column + " from ticket where " + column + " is not null")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "update ticket set "
                + column
                + " = ?, "
                + keyColumn
                + " = ? where "
                + column
                + " = ?")) {
      for (String name : names) {
        String written = PersonNames.written(name);
        ps.setString(1, written.isBlank() ? null : written);
        ps.setString(2, PersonNames.groupKey(name));
        ps.setString(3, name);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
