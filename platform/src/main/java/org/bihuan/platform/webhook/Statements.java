package org.bihuan.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement on the outbox's tables, on a connection of its own, its arguments bound in order; a
 * failure is the service's ({@code Cannot read webhooks}), never the client's.
 */
final class Statements {

  private Statements() {}

  /** One row read into a value. */
  interface Row<T> {
    T read(ResultSet rs) throws SQLException, JsonProcessingException;
  }

  static <T> List<T> query(
      AgroalDataSource dataSource, String what, String sql, Row<T> row, Object... args) {
    List<T> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row.read(rs));
        }
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot read " + what, e);
    }
    return out;
  }

  static int update(AgroalDataSource dataSource, String what, String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot change " + what, e);
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }
}
