package org.bihuan.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.platform.PlatformDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A robot deleted (DELETE /api/v1/connectors/{id}: {@link Webhooks#stop}) while the answer to its
 * digest is recorded on the deliveries it carried ({@link WebhookSender#record}): both take the
 * robot's subscription row first, so they never deadlock (PostgreSQL's 40P01), whichever comes
 * first. Real PostgreSQL, many rounds of the two at once.
 */
class ConnectorDeletedDuringDigestTest {

  private static final int ROUNDS = 40;
  private static final int EVENTS = 200;

  static AgroalDataSource dataSource;

  @BeforeAll
  static void database() throws Exception {
    dataSource = PlatformDatabase.withAll(6);
  }

  @AfterAll
  static void close() {
    dataSource.close();
  }

  /**
   * A robot with a digest of {@link #EVENTS} deliveries leased to be sent, oldest first. Their rows
   * lie in the table in another order than their events' (as after leases and retries rewrote
   * them), so a statement over the robot's deliveries meets them in another order than the digest.
   */
  private static List<WebhookSender.Leased> robotWithLeasedDigest() throws SQLException {
    UUID robot = UUID.randomUUID();
    List<WebhookSender.Leased> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into webhook_subscription (id, url, events, secret, active, created_by,"
                  + " created_at, kind) values (?, 'http://127.0.0.1:9/robot', '{*}', 's', true,"
                  + " 't', now(), 'dingtalk-robot')")) {
        ps.setObject(1, robot);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into webhook_delivery (id, subscription_id, event_id, event_position,"
                  + " event_type, payload, state, next_attempt_at, created_at, leased_until)"
                  + " values (?, ?, ?, ?, 'ticket.created', '{}', 'PENDING', now(), now(),"
                  + " now() + interval '1 minute')")) {
        // the newest first, as after the older ones' rows were rewritten (leased, freed) later
        for (int position = EVENTS; position >= 1; position--) {
          UUID id = UUID.randomUUID();
          ps.setObject(1, id);
          ps.setObject(2, robot);
          ps.setObject(3, UUID.randomUUID());
          ps.setLong(4, position);
          ps.addBatch();
          out.add(
              0,
              new WebhookSender.Leased(
                  id,
                  robot,
                  UUID.randomUUID(),
                  "{}",
                  0,
                  "http://127.0.0.1:9/robot",
                  "s",
                  "dingtalk-robot",
                  null,
                  null));
        }
        ps.executeBatch();
      }
    }
    return out;
  }

  @Test
  void deletingARobotWhileItsDigestIsRecordedNeverDeadlocks() throws Exception {
    WebhookSender sender = new WebhookSender();
    sender.dataSource = dataSource;
    sender.mapper = new ObjectMapper();
    sender.retrySchedule = List.of(Duration.ofSeconds(5));
    sender.timeout = Duration.ofSeconds(10);
    Webhooks webhooks = new Webhooks();
    webhooks.dataSource = dataSource;
    webhooks.sender = sender;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> failures = new ArrayList<>();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<WebhookSender.Leased> digest = robotWithLeasedDigest();
        UUID robot = digest.get(0).subscriptionId();
        // the robot acknowledged the first half; the rest waits for the next message
        WebhookSender.Outcome answered =
            new WebhookSender.Outcome(digest, EVENTS / 2, 200, null, 5);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Void> record =
            () -> {
              start.await();
              sender.record(answered);
              return null;
            };
        // the delete comes at another moment of the recording each round
        long delay = round * 3L % 60;
        Callable<Void> delete =
            () -> {
              start.await();
              Thread.sleep(delay);
              webhooks.stop(robot);
              return null;
            };
        Future<Void> recorded = pool.submit(record);
        Future<Void> deleted = pool.submit(delete);
        start.countDown();
        for (Future<Void> f : List.of(recorded, deleted)) {
          try {
            f.get();
          } catch (java.util.concurrent.ExecutionException e) {
            failures.add("round " + round + ": " + sqlState(e.getCause()) + " " + e.getCause());
          }
        }
        assertEquals(List.of(), failures, "no deadlock (40P01), no failed delete");
        // whichever came first: nothing of it is left pending, the acknowledged half delivered
        assertEquals(0, count(robot, "PENDING"), "round " + round);
        assertEquals(EVENTS / 2, count(robot, "DELIVERED"), "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String sqlState(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s) {
        return s.getSQLState();
      }
    }
    return "-";
  }

  private static int count(UUID robot, String state) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) from webhook_delivery where subscription_id = ? and state = ?")) {
      ps.setObject(1, robot);
      ps.setString(2, state);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
