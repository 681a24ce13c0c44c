package org.bihuan.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bihuan.platform.PlatformDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A subscriber that never fails gets its deliveries in feed position order, one at a time, also
 * when they were all made due at the same instant (the events of one transaction): the oldest is
 * leased first (decision 0351).
 */
class OneSubscriberInOrderTest {

  static final int EVENTS = 8;
  static AgroalDataSource dataSource;

  @BeforeAll
  static void database() throws Exception {
    dataSource = PlatformDatabase.withAll(4);
  }

  @AfterAll
  static void close() {
    dataSource.close();
  }

  /** One subscriber, its deliveries due at one instant, written newest first. */
  private static void subscriberWithDueDeliveries(String url) throws Exception {
    Timestamp due = Timestamp.from(Instant.now().minusSeconds(60));
    try (Connection c = dataSource.getConnection()) {
      c.createStatement().executeUpdate("update webhook_subscription set active = false");
      UUID subscription = UUID.randomUUID();
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into webhook_subscription (id, url, events, secret, active, created_by,"
                  + " created_at) values (?, ?, '{*}', 'whsec_c2VjcmV0', true, 't', now())")) {
        ps.setObject(1, subscription);
        ps.setString(2, url);
        ps.executeUpdate();
      }
      for (int position = EVENTS; position >= 1; position--) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "insert into webhook_delivery (id, subscription_id, event_id, event_position,"
                    + " event_type, payload, state, next_attempt_at, created_at) values (?, ?,"
                    + " ?, ?, 'ticket.created', ?, 'PENDING', ?, ?)")) {
          ps.setObject(1, UUID.randomUUID());
          ps.setObject(2, subscription);
          ps.setObject(3, UUID.randomUUID());
          ps.setLong(4, position);
          ps.setString(5, "{\"position\": " + position + "}");
          ps.setTimestamp(6, due);
          ps.setTimestamp(7, due);
          ps.executeUpdate();
        }
      }
    }
  }

  @Test
  void aSubscriberThatNeverFailsGetsItsDeliveriesOldestFirst() throws Exception {
    List<Integer> arrived = new CopyOnWriteArrayList<>();
    ObjectMapper json = new ObjectMapper();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    receiver.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          arrived.add(json.readTree(body).path("position").asInt());
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    WebhookSender sender = new WebhookSender();
    sender.dataSource = dataSource;
    sender.mapper = json;
    sender.retrySchedule = List.of(Duration.ofSeconds(5));
    sender.refusalSchedule = List.of(Duration.ofMinutes(1));
    sender.timeout = Duration.ofSeconds(10);
    sender.addresses = new ReceiverAddresses();
    sender.addresses.allowLocal = true;
    sender.connectors =
        new ConnectorSends() {
          @Override
          List<String> digestKinds() {
            return List.of();
          }
        };
    try {
      subscriberWithDueDeliveries("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
      sender.sendDue();
      long until = System.nanoTime() + 30_000_000_000L;
      while (arrived.size() < EVENTS && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), arrived);
    } finally {
      sender.stopSendingMore();
      receiver.stop(0);
    }
  }
}
