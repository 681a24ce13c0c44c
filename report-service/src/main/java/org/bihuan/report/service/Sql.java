package org.bihuan.report.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Small conversions between JDBC and java.time shared by the projection and the queries. */
final class Sql {

  private Sql() {}

  static Timestamp timestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /** A text[] column as a list; empty when the column is null. */
  static List<String> textArray(ResultSet rs, String column) throws SQLException {
    java.sql.Array a = rs.getArray(column);
    if (a == null) {
      return List.of();
    }
    return Arrays.asList((String[]) a.getArray());
  }
}
