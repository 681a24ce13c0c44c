package org.bihuan.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.PlatformDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deliveries drawn for the sender's free slots are those it may send: a live subscriber's due
 * delivery is leased even when far more due deliveries wait for subscribers that were deactivated
 * or for robots that take digests (leased by their own query). Real PostgreSQL.
 */
class WebhookLeaseTest {

  static final List<String> DIGEST_KINDS = List.of("dingtalk-robot", "wecom-robot");
  static AgroalDataSource dataSource;

  @BeforeAll
  static void database() throws Exception {
    dataSource = PlatformDatabase.withAll(4);
  }

  @AfterAll
  static void close() {
    dataSource.close();
  }

  /** A subscriber with one delivery due since a minute ago; its delivery's id. */
  static UUID subscriberWithDueDelivery(String kind, boolean active, long position)
      throws Exception {
    UUID subscription = UUID.randomUUID();
    UUID delivery = UUID.randomUUID();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into webhook_subscription (id, url, events, secret, active, created_by,"
                  + " created_at, kind) values (?, 'http://127.0.0.1:9/h', '{*}', 's', ?, 't',"
                  + " now(), ?)")) {
        ps.setObject(1, subscription);
        ps.setBoolean(2, active);
        ps.setString(3, kind);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into webhook_delivery (id, subscription_id, event_id, event_position,"
                  + " event_type, payload, state, next_attempt_at, created_at) values (?, ?, ?,"
                  + " ?, 'ticket.created', '{}', 'PENDING', now() - interval '1 minute', now())")) {
        ps.setObject(1, delivery);
        ps.setObject(2, subscription);
        ps.setObject(3, UUID.randomUUID());
        ps.setLong(4, position);
        ps.executeUpdate();
      }
    }
    return delivery;
  }

  @Test
  void aLiveSubscribersDeliveryIsLeasedWhateverWaitsForInactiveOnesAndRobots() throws Exception {
    for (int i = 0; i < 300; i++) {
      subscriberWithDueDelivery("standard-webhooks", false, i);
      subscriberWithDueDelivery("dingtalk-robot", true, i);
    }
    UUID live = subscriberWithDueDelivery("standard-webhooks", true, 1);

    // one free slot: it goes to the only delivery that may be sent
    List<WebhookSender.Leased> leased =
        DeliveryLease.lease(dataSource, "60 seconds", 1, DIGEST_KINDS);
    assertEquals(1, leased.size(), "the live subscriber's delivery is drawn");
    assertEquals(live, leased.get(0).id());

    // leased now: nothing else may be sent, and the robots' and inactive ones' stay untouched
    assertTrue(DeliveryLease.lease(dataSource, "60 seconds", 64, DIGEST_KINDS).isEmpty());
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "select count(*) from webhook_delivery where leased_until is not null")) {
      rs.next();
      assertEquals(1, rs.getInt(1));
    }
  }
}
