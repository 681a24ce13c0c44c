package org.bihuan.platform;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.bihuan.testing.RealPostgres;

/** A new database of the real PostgreSQL holding the tables of the given platform migrations. */
public final class PlatformDatabase {

  private PlatformDatabase() {}

  /**
   * {@link #with} every migration of {@code db/platform}, in the order Flyway runs them (by
   * version): the tables as a service has them, whatever migration is added later.
   */
  public static AgroalDataSource withAll(int poolSize) throws Exception {
    java.net.URL dir = PlatformDatabase.class.getResource("/db/platform");
    String[] names = new java.io.File(dir.toURI()).list((d, n) -> n.endsWith(".sql"));
    java.util.Arrays.sort(names, java.util.Comparator.comparing(PlatformDatabase::version));
    return with(poolSize, names);
  }

  /** "V2026_12_03_1301_2__x.sql" → 2026, 12, 3, 1301, 2 compared part by part. */
  private static String version(String migration) {
    StringBuilder key = new StringBuilder();
    for (String part : migration.substring(1, migration.indexOf("__")).split("_")) {
      key.append(String.format("%012d", Long.parseLong(part)));
    }
    return key.toString();
  }

  /**
   * Creates the database, runs each migration of {@code db/platform} named (in the order given) and
   * answers a pool of at most {@code poolSize} connections to it; the caller closes it.
   */
  public static AgroalDataSource with(int poolSize, String... migrations) throws Exception {
    String admin = RealPostgres.adminUrl();
    String db = "platform_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(admin);
        Statement s = c.createStatement()) {
      s.execute("create database " + db + " encoding 'UTF8' template template0");
    }
    String url = RealPostgres.withDatabase(admin, db);
    for (String migration : migrations) {
      try (InputStream in =
              PlatformDatabase.class.getResourceAsStream("/db/platform/" + migration);
          Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return AgroalDataSource.from(
        new AgroalDataSourceConfigurationSupplier()
            .connectionPoolConfiguration(
                pool ->
                    pool.maxSize(poolSize).connectionFactoryConfiguration(f -> f.jdbcUrl(url))));
  }
}
