package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.report.service.UnitKeys;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The grouping key of each responsible unit's name ({@link UnitKeys}, docs/decisions/0235), for the
 * rows projected before it: computed here in Java, as the folding (UnitNames) is not SQL.
 */
public class V2026_12_08_30__unit_keys extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("alter table report_ticket_unit add column unit_key text");
    }
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select distinct name from report_ticket_unit")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("update report_ticket_unit set unit_key = ? where name = ?")) {
      for (String name : names) {
        ps.setString(1, UnitKeys.of(name));
        ps.setString(2, name);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      s.execute("alter table report_ticket_unit alter column unit_key set not null");
      s.execute(
          "create index report_ticket_unit_key on report_ticket_unit (unit_key, seq, ticket_id)");
    }
  }
}
