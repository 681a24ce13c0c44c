package org.bihuan.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The database side of {@code deploy/local/run.sh}.
 *
 * <ul>
 *   <li>{@code start <dataDir> <port> <db,db,...>}: runs a real PostgreSQL (embedded binaries from
 *       Maven Central) whose data stays in {@code dataDir} between runs, creates the missing
 *       databases, prints {@code READY <jdbc-url>} and runs until it is stopped.
 *   <li>{@code prepare <jdbc-url> <db,db,...>}: checks that an existing server answers and creates
 *       the missing databases there.
 * </ul>
 *
 * Failures print one sentence on stderr and exit with status 2.
 */
public final class LocalPostgres {

  private LocalPostgres() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("start")) {
      start(Path.of(args[1]), Integer.parseInt(args[2]), List.of(args[3].split(",")));
    } else if (args.length == 3 && args[0].equals("prepare")) {
      try {
        createDatabases(args[1], List.of(args[2].split(",")));
      } catch (SQLException e) {
        fail("Cannot use the PostgreSQL at " + redact(args[1]) + ": " + reason(e));
      }
      System.out.println("READY " + args[1]);
    } else {
      fail("usage: start <dataDir> <port> <db,...> | prepare <jdbc-url> <db,...>");
    }
  }

  private static void start(Path dataDir, int port, List<String> databases) throws Exception {
    Files.createDirectories(dataDir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            // The library starts PostgreSQL for throw-away test data: -F (fsync off) and
            // synchronous_commit=off. This is a product's only copy of its data: a commit is
            // acknowledged once it is on disk (docs/decisions/0066-durable-local-postgresql.md).
            // Later -c options override the earlier -F.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on");
    AtomicReference<EmbeddedPostgres> running = new AtomicReference<>();
    try {
      running.set(builder.start());
    } catch (IOException | IllegalStateException e) {
      fail(
          "The embedded PostgreSQL did not start on port "
              + port
              + " with data in "
              + dataDir
              + " ("
              + firstLine(e)
              + "); is the port in use or the folder from another PostgreSQL version?");
      return;
    }
    String url = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    String notDurable = notDurable(url);
    if (notDurable != null) {
      running.get().close();
      fail("The embedded PostgreSQL started without durable commits (" + notDurable + ").");
    }
    System.out.println("DURABLE fsync=on synchronous_commit=on full_page_writes=on");
    createDatabases(url, databases);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopped.countDown();
                  synchronized (running) {
                    closeQuietly(running.get());
                  }
                }));
    System.out.println("READY " + url);
    System.out.flush();
    superviseUntil(stopped, running, builder, url);
  }

  /**
   * Restarts the server when it stops answering (a crash, an OOM kill, a kill -9 of the postmaster)
   * on the same data: crash recovery replays the WAL, so no acknowledged commit is lost, and the
   * services reconnect by themselves. Without this the launcher would stay up with nothing behind
   * it (docs/decisions/0066-durable-local-postgresql.md).
   */
  private static void superviseUntil(
      CountDownLatch stopped,
      AtomicReference<EmbeddedPostgres> running,
      EmbeddedPostgres.Builder builder,
      String url)
      throws InterruptedException {
    DriverManager.setLoginTimeout(5);
    int misses = 0;
    long backoffMillis = 1000;
    while (!stopped.await(2, TimeUnit.SECONDS)) {
      if (answers(url)) {
        misses = 0;
        backoffMillis = 1000;
        continue;
      }
      if (++misses < 2) {
        continue;
      }
      System.out.println("PostgreSQL stopped answering; restarting it on the same data");
      System.out.flush();
      synchronized (running) {
        if (stopped.getCount() == 0) {
          return;
        }
        closeQuietly(running.get());
        try {
          running.set(builder.start());
          System.out.println("RESTARTED " + url);
          misses = 0;
          backoffMillis = 1000;
        } catch (IOException | RuntimeException e) {
          System.out.println("Restart failed (" + firstLine(e) + "); retrying");
          backoffMillis = Math.min(backoffMillis * 2, 30_000);
        }
        System.out.flush();
      }
      if (stopped.await(backoffMillis, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  private static boolean answers(String url) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("select 1");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void closeQuietly(EmbeddedPostgres pg) {
    if (pg == null) {
      return;
    }
    try {
      pg.close();
    } catch (IOException | RuntimeException ignored) {
      // the server is gone already, or exiting anyway
    }
  }

  /** The durability settings that are not on, or null when all are. */
  private static String notDurable(String url) throws SQLException {
    StringBuilder off = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
          rs.next();
          if (!"on".equals(rs.getString(1))) {
            off.append(off.isEmpty() ? "" : ", ")
                .append(setting)
                .append('=')
                .append(rs.getString(1));
          }
        }
      }
    }
    return off.isEmpty() ? null : off.toString();
  }

  private static void createDatabases(String url, List<String> databases) throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      for (String db : databases) {
        try (PreparedStatement exists =
            c.prepareStatement("select 1 from pg_database where datname = ?")) {
          exists.setString(1, db);
          try (ResultSet rs = exists.executeQuery()) {
            if (rs.next()) {
              continue;
            }
          }
        }
        try (Statement s = c.createStatement()) {
          s.execute("create database \"" + db + "\" encoding 'UTF8' template template0");
        }
      }
    }
  }

  private static String reason(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "nothing answers there (connection refused)";
      }
      if (t instanceof java.net.UnknownHostException) {
        return "the host name is unknown";
      }
    }
    if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
      return "the user name or password is wrong";
    }
    if ("42501".equals(e.getSQLState())) {
      return "the user may not create databases";
    }
    return firstLine(e);
  }

  private static String redact(String url) {
    return url.replaceAll("password=[^&]*", "password=***");
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void fail(String sentence) {
    System.err.println(sentence);
    System.exit(2);
  }
}
