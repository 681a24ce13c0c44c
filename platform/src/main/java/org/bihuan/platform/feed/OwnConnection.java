package org.bihuan.platform.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A connection to the service's database outside the pool, for a thread of the feed that must not
 * wait for (or take from) the requests' connections: the LISTEN of {@link FeedNotifications} and
 * the rounds of {@link FeedSequencer}.
 */
final class OwnConnection {

  private OwnConnection() {}

  /**
   * Opens one to the service's datasource ({@code quarkus.datasource.jdbc.url}, username, password)
   * in autocommit, named {@code applicationName} in pg_stat_activity whatever the URL names.
   */
  static Connection open(String applicationName) throws SQLException {
    Config config = ConfigProvider.getConfig();
    String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
    Optional<String> username =
        config.getOptionalValue("quarkus.datasource.username", String.class);
    Optional<String> password =
        config.getOptionalValue("quarkus.datasource.password", String.class);
    return open(url, username, password, applicationName);
  }

  /** As {@link #open(String)}, to {@code url} as {@code username}. */
  static Connection open(
      String url, Optional<String> username, Optional<String> password, String applicationName)
      throws SQLException {
    Properties p = new Properties();
    username.ifPresent(u -> p.setProperty("user", u));
    password.ifPresent(pw -> p.setProperty("password", pw));
    p.setProperty("ApplicationName", applicationName);
    p.setProperty("tcpKeepAlive", "true");
    Connection c = new org.postgresql.Driver().connect(url, p);
    if (c == null) {
      throw new SQLException("Not a PostgreSQL URL: " + url);
    }
    c.setAutoCommit(true);
    // An ApplicationName in the URL wins over the one given above; the name is how the instances
    // count each other (NotificationSync), so it is set on the session itself.
    try (PreparedStatement name =
        c.prepareStatement("select set_config('application_name', ?, false)")) {
      name.setString(1, applicationName);
      name.execute();
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }
}
