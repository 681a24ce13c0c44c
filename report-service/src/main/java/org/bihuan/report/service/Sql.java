package org.bihuan.report.service;

import java.sql.Timestamp;
import java.time.Instant;

/** Small conversions between JDBC and java.time shared by the projection and the queries. */
final class Sql {

  private Sql() {}

  static Timestamp timestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
