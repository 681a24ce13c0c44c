package org.bihuan.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.bihuan.report.config.ReportConfig;
import org.bihuan.testing.RealPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While reports are asked for, the feed positions are read again before they expire
 * (docs/decisions/0279): an answer from memory stays on the I/O thread instead of waiting, with
 * every request of that moment, for a read of the positions on a worker thread.
 */
class PositionsRenewalTest {

  private static final Duration REFRESH = Duration.ofMillis(400);

  private String url;
  private String schema;

  @BeforeEach
  void table() throws SQLException {
    String admin = RealPostgres.adminUrl();
    schema = "positions_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    execute(admin, "create schema " + schema);
    url = admin + (admin.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    execute(
        url,
        "create table feed_position (feed text primary key, position bigint not null,"
            + " last_occurred_at timestamptz)");
    execute(
        url, "insert into feed_position values ('problem', 1, now()), ('rectification', 1, now())");
  }

  @AfterEach
  void drop() throws SQLException {
    execute(RealPostgres.adminUrl(), "drop schema " + schema + " cascade");
  }

  @Test
  void positionsAskedForPastHalfTheirAgeAreReadAgainWithoutARequestWaitingForThem()
      throws Exception {
    ProjectionState state = new ProjectionState();
    state.dataSource = dataSource(url);
    state.config = config(REFRESH);
    assertEquals(1, state.current().problem());
    // Another replica's projection commits.
    execute(url, "update feed_position set position = 2 where feed = 'problem'");
    Thread.sleep(REFRESH.toMillis() / 2 + 50);

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    Optional<ProjectionState.Positions> seen = state.currentIfFresh();
    while ((seen.isEmpty() || seen.get().problem() != 2) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      seen = state.currentIfFresh();
    }
    assertTrue(seen.isPresent(), "the positions expired and were not read again");
    assertEquals(2, seen.get().problem(), "the positions were not read again");
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** A data source whose only use here, getConnection, opens a connection to {@code url}. */
  private static AgroalDataSource dataSource(String url) {
    return (AgroalDataSource)
        Proxy.newProxyInstance(
            AgroalDataSource.class.getClassLoader(),
            new Class<?>[] {AgroalDataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection") && args == null) {
                return DriverManager.getConnection(url);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static ReportConfig config(Duration refresh) {
    ReportConfig.Cache cache =
        (ReportConfig.Cache)
            Proxy.newProxyInstance(
                ReportConfig.class.getClassLoader(),
                new Class<?>[] {ReportConfig.Cache.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("positionsRefresh")) {
                    return refresh;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return (ReportConfig)
        Proxy.newProxyInstance(
            ReportConfig.class.getClassLoader(),
            new Class<?>[] {ReportConfig.class},
            (proxy, method, args) -> {
              if (method.getName().equals("cache")) {
                return cache;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
