package org.bihuan.platform.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored first answers of POSTs sent with an {@code Idempotency-Key}. Each statement commits on
 * its own, outside the request's transaction: the claim must be visible to concurrent retries
 * before the work starts, and the answer is stored after the work has committed.
 */
@ApplicationScoped
public class IdempotencyKeys {

  /** What a key already stands for. */
  public record Stored(
      String endpoint,
      String fingerprint,
      boolean completed,
      Instant createdAt,
      int status,
      String contentType,
      String location,
      String etag,
      String headers,
      byte[] body) {}

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "bihuan.idempotency.retention", defaultValue = "PT25H")
  Duration retention;

  @ConfigProperty(name = "bihuan.idempotency.abandoned-after", defaultValue = "PT2M")
  Duration abandonedAfter;

  /** Claims the key for this request; false when it already stands for another request. */
  public boolean claim(String subject, String key, String endpoint, String fingerprint) {
    String sql =
        "insert into idempotency_key (subject, key, endpoint, fingerprint, state, created_at)"
            + " values (?, ?, ?, ?, 'RUNNING', now()) on conflict do nothing";
    return execute(sql, subject, key, endpoint, fingerprint) == 1;
  }

  /**
   * Takes over a claim whose request never finished (the instance died mid-request). Only one retry
   * wins the takeover.
   */
  public boolean reclaimAbandoned(String subject, String key, String fingerprint) {
    String sql =
        "update idempotency_key set created_at = now() where subject = ? and key = ?"
            + " and state = 'RUNNING' and fingerprint = ? and created_at < now() - ?::interval";
    return execute(sql, subject, key, fingerprint, abandonedAfter.toSeconds() + " seconds") == 1;
  }

  public Optional<Stored> find(String subject, String key) {
    String sql =
        "select endpoint, fingerprint, state, created_at, status, content_type, location, etag,"
            + " headers, body from idempotency_key where subject = ? and key = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, subject);
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Stored(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3).equals("COMPLETED"),
                rs.getTimestamp(4).toInstant(),
                rs.getInt(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getBytes(10)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the Idempotency-Key", e);
    }
  }

  public void complete(
      String subject,
      String key,
      int status,
      String contentType,
      String location,
      String etag,
      String headers,
      byte[] body) {
    String sql =
        "update idempotency_key set state = 'COMPLETED', status = ?, content_type = ?,"
            + " location = ?, etag = ?, headers = ?, body = ?, completed_at = now()"
            + " where subject = ? and key = ?";
    execute(sql, status, contentType, location, etag, headers, body, subject, key);
  }

  /** Forgets a claim whose request failed on the server side, so that a retry runs it again. */
  public void release(String subject, String key) {
    execute(
        "delete from idempotency_key where subject = ? and key = ? and state = 'RUNNING'",
        subject,
        key);
  }

  @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purgeExpired() {
    execute(
        "delete from idempotency_key where created_at < ?",
        Timestamp.from(Instant.now().minus(retention)));
  }

  private int execute(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write Idempotency-Keys", e);
    }
  }
}
