package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.platform.text.UnitNames;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The keys a to-do list looks names up by (docs/decisions/0357), kept beside the names and indexed,
 * so that a unit-bound caller's {@code GET /todos} reads the names his unit acts for and an {@code
 * assignee} filter the names written like it, instead of every name stored: each directory unit's
 * and each ticket unit's name by {@link UnitNames#certainKey} (the key that grants, 0234), each
 * to-do's assignee by {@link PersonNames#key} and, for a unit, by {@link UnitNames#certainKey}.
 * Filled here for the rows stored before, in Java as the service fills them.
 */
public class V2026_12_15_357__unit_and_assignee_name_keys extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("alter table directory_unit add column name_key text");
      s.execute("alter table ticket_unit add column name_key text");
      s.execute("alter table ticket_co_unit add column name_key text");
      s.execute("alter table todo add column assignee_name_key text");
      s.execute("alter table todo add column assignee_unit_key text");
    }
    fill(c, "directory_unit", "name", "name_key", "", UnitNames::certainKey);
    fill(c, "ticket_unit", "name", "name_key", "", UnitNames::certainKey);
    fill(c, "ticket_co_unit", "name", "name_key", "", UnitNames::certainKey);
    fill(c, "todo", "assignee_name", "assignee_name_key", "", PersonNames::key);
    fill(
        c,
        "todo",
        "assignee_name",
        "assignee_unit_key",
        " and assignee_type = 'UNIT'",
        UnitNames::certainKey);
    try (Statement s = c.createStatement()) {
      s.execute("create index directory_unit_name_key_idx on directory_unit (name_key)");
      s.execute("create index ticket_unit_name_key_idx on ticket_unit (name_key)");
      s.execute(
          "create index ticket_unit_external_id_idx on ticket_unit (external_id)"
              + " where external_id is not null");
      s.execute("create index todo_assignee_name_key_idx on todo (assignee_name_key)");
      s.execute(
          "create index todo_assignee_unit_key_idx on todo (assignee_unit_key)"
              + " where assignee_type = 'UNIT'");
    }
  }

  /** Writes the key of each distinct name of {@code table} into {@code keyColumn}. */
  static void fill(
      Connection c,
      String table,
      String column,
      String keyColumn,
      String where,
      UnaryOperator<String> key)
      throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select distinct "
                    + column
                    + " from "
                    + table
                    + " where "
                    + column
                    + " is not null"
                    + where)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "update " + table + " set " + keyColumn + " = ? where " + column + " = ?" + where)) {
      for (String name : names) {
        ps.setString(1, key.apply(name));
        ps.setString(2, name);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
