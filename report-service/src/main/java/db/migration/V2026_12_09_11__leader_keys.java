package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.report.service.TicketProjection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * People's names projected before the projection wrote them clean, and the key the breakdown by
 * leader groups by (docs/decisions/0240): each responsible person and leader in charge written as
 * {@link TicketProjection#person} writes it, each leader keyed by {@link PersonNames#groupKey}. In
 * Java, as the folding is not SQL.
 */
public class V2026_12_09_11__leader_keys extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("alter table report_ticket add column leader_key text");
    }
    for (String column : List.of("responsible_person", "leader_in_charge")) {
      List<String> names = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select distinct "
                      + column
                      + " from report_ticket where "
                      + column
                      + " is not null")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      boolean leader = column.equals("leader_in_charge");
      try (PreparedStatement ps =
          c.prepareStatement(
              "update report_ticket set "
                  + column
                  + " = ?"
                  + (leader ? ", leader_key = ?" : "")
                  + " where "
                  + column
                  + " = ?")) {
        for (String name : names) {
          int i = 1;
          ps.setString(i++, TicketProjection.person(name));
          if (leader) {
            ps.setString(i++, PersonNames.groupKey(name));
          }
          ps.setString(i, name);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("create index report_ticket_leader_key on report_ticket (leader_key)");
    }
  }
}
