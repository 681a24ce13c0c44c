package org.bihuan.platform.sql;

import io.quarkus.arc.Unremovable;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Flyway holds its lock on PostgreSQL as a session advisory lock, not inside a transaction
 * (docs/decisions/0355). With its default, a transaction on its own connection stays open (with a
 * snapshot) while each migration runs on another; a {@code create index concurrently} waits for
 * every transaction holding an older snapshot, so it waited for Flyway's own, for ever, and the
 * service never started. Every service runs the platform's migrations, so every one gets this.
 */
@Singleton
@Unremovable
public class SessionLockedMigrations implements FlywayConfigurationCustomizer {

  @Override
  public void customize(FluentConfiguration configuration) {
    configuration
        .getPluginRegister()
        .getExact(PostgreSQLConfigurationExtension.class)
        .setTransactionalLock(false);
  }
}
