package org.bihuan.platform.webhook;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.webhook.WebhookSender.Leased;
import org.bihuan.platform.webhook.WebhookSender.Outcome;

/**
 * The answer to one message written to the delivery log: an attempt on each delivery it carried,
 * and what becomes of the delivery (delivered, retried after the next pause of the retry schedule,
 * failed); a digest's deliveries it did not carry are freed for the next message.
 */
final class DeliveryAttempts {

  private final AgroalDataSource dataSource;
  private final List<Duration> retrySchedule;
  private final List<Duration> refusalSchedule;

  DeliveryAttempts(
      AgroalDataSource dataSource, List<Duration> retrySchedule, List<Duration> refusalSchedule) {
    this.dataSource = dataSource;
    this.retrySchedule = retrySchedule;
    this.refusalSchedule = refusalSchedule;
  }

  /** Records the answer to one message: its attempt on each delivery it carried. */
  void record(Outcome o) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        record(c, o);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private void record(Connection c, Outcome o) throws SQLException {
    UUID subscription = o.delivery().subscriptionId();
    if (subscription != null) {
      // the subscriber's row first, then its deliveries, as a delete (Webhooks.stop) and the
      // digest lease take them: taken in the other order, a robot deleted while its digest of
      // many deliveries is recorded deadlocked with it
      try (PreparedStatement lock =
          c.prepareStatement("select 1 from webhook_subscription where id = ? for share")) {
        lock.setObject(1, subscription);
        lock.executeQuery().close();
      }
      if (!Webhooks.STANDARD.equals(o.delivery().kind())) {
        // a robot's message (at most one on its way per robot): answered now, it counts towards
        // the robot's 20 a minute until a minute from now (ConnectorSends.leaseDigests)
        try (PreparedStatement answered =
            c.prepareStatement(
                "update connector_message set answered_at = now() where id = (select max(id)"
                    + " from connector_message where subscription_id = ? and answered_at is null)")) {
          answered.setObject(1, subscription);
          answered.executeUpdate();
        }
      }
    }
    Instant now = Instant.now();
    for (int i = 0; i < o.deliveries().size(); i++) {
      Leased d = o.deliveries().get(i);
      if (i >= o.covered()) {
        // not in this digest: it goes with the next message, its attempts unchanged
        try (PreparedStatement free =
            c.prepareStatement("update webhook_delivery set leased_until = null where id = ?")) {
          free.setObject(1, d.id());
          free.executeUpdate();
        }
        continue;
      }
      recordAttempt(c, d, o, now);
    }
  }

  private void recordAttempt(Connection c, Leased d, Outcome o, Instant now) throws SQLException {
    int attempt = d.attempts() + 1;
    try (PreparedStatement log =
        c.prepareStatement(
            "insert into webhook_attempt (delivery_id, number, at, status_code, error,"
                + " duration_ms) values (?, ?, now(), ?, ?, ?)")) {
      log.setObject(1, d.id());
      log.setInt(2, attempt);
      log.setObject(3, o.status());
      log.setString(4, o.error() == null ? null : truncate(o.error()));
      log.setLong(5, o.millis());
      log.executeUpdate();
    }
    try (PreparedStatement next =
        c.prepareStatement(
            "update webhook_delivery set attempts = ?, next_attempt_at = ?, delivered_at = ?,"
                + " leased_until = null, refused = ?,"
                // a delivery acknowledged while its webhook was being deleted was delivered;
                // one that failed stays cancelled
                + " state = case when state = 'CANCELLED' and ? <> 'DELIVERED' then state"
                + " else ? end"
                + " where id = ? and state in ('PENDING', 'CANCELLED')")) {
      String state;
      Instant nextAttempt = now;
      boolean refused = !o.delivered() && o.refused();
      // a refusal for good is retried on its own, shorter schedule, then parked (0334)
      List<Duration> schedule = refused ? refusalSchedule : retrySchedule;
      if (o.delivered()) {
        state = "DELIVERED";
      } else if (attempt - 1 < schedule.size()) {
        state = "PENDING";
        nextAttempt = now.plus(schedule.get(attempt - 1));
      } else {
        state = "FAILED";
      }
      next.setInt(1, attempt);
      next.setTimestamp(2, Timestamp.from(nextAttempt));
      next.setTimestamp(3, o.delivered() ? Timestamp.from(now) : null);
      next.setBoolean(4, refused);
      next.setString(5, state);
      next.setString(6, state);
      next.setObject(7, d.id());
      next.executeUpdate();
    }
  }

  static String truncate(String s) {
    return s.length() > 500 ? s.substring(0, 500) : s;
  }
}
