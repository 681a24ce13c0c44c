package org.bihuan.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bihuan.platform.PlatformDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * While one {@code sendDue} waits (here: for the lock a test thread holds, in production for a
 * database that does not answer), the answers that arrive meanwhile do not each park a thread on
 * the sender: they ask for one more send, which one thread makes. Found when a stalled send had
 * some 3,600 answer threads waiting behind it and the service ran out of direct memory.
 */
class AnswersWhileTheSenderWaitsTest {

  static final int RECEIVERS = 40;
  static AgroalDataSource dataSource;

  @BeforeAll
  static void database() throws Exception {
    dataSource = PlatformDatabase.withAll(8);
  }

  @AfterAll
  static void close() {
    dataSource.close();
  }

  private static List<UUID> subscribersWithDueDelivery(String url) throws Exception {
    List<UUID> deliveries = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      c.createStatement().executeUpdate("update webhook_subscription set active = false");
      for (int i = 0; i < RECEIVERS; i++) {
        UUID subscription = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        try (PreparedStatement ps =
            c.prepareStatement(
                "insert into webhook_subscription (id, url, events, secret, active, created_by,"
                    + " created_at) values (?, ?, '{*}', 'whsec_c2VjcmV0', true, 't', now())")) {
          ps.setObject(1, subscription);
          ps.setString(2, url);
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "insert into webhook_delivery (id, subscription_id, event_id, event_position,"
                    + " event_type, payload, state, next_attempt_at, created_at) values (?, ?,"
                    + " ?, ?, 'ticket.created', '{}', 'PENDING', now() - interval '1 minute',"
                    + " now())")) {
          ps.setObject(1, delivery);
          ps.setObject(2, subscription);
          ps.setObject(3, UUID.randomUUID());
          ps.setLong(4, i + 1);
          ps.executeUpdate();
        }
        deliveries.add(delivery);
      }
    }
    return deliveries;
  }

  private static int delivered(List<UUID> ids) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) from webhook_delivery where state = 'DELIVERED' and id = any(?)")) {
      ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Threads blocked on a monitor the given thread holds. */
  private static List<String> blockedBehind(Thread holder) {
    List<String> out = new ArrayList<>();
    for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
      if (t.getThreadState() == Thread.State.BLOCKED && t.getLockOwnerId() == holder.getId()) {
        out.add(t.getThreadName());
      }
    }
    return out;
  }

  @Test
  void answersArrivingWhileASendWaitsParkOneThreadNotOneEach() throws Exception {
    AtomicInteger answered = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
    receiver.setExecutor(Executors.newFixedThreadPool(RECEIVERS));
    receiver.createContext(
        "/hook",
        exchange -> {
          try {
            Thread.sleep(300);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
          answered.incrementAndGet();
        });
    receiver.start();
    WebhookSender sender = new WebhookSender();
    sender.dataSource = dataSource;
    sender.mapper = new ObjectMapper();
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
      List<UUID> ids =
          subscribersWithDueDelivery(
              "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
      // sends all of them and returns before the first answer (the receiver takes 300 ms)
      sender.sendDue();
      List<String> blocked;
      synchronized (sender) {
        // sendDue is synchronized: this thread now holds the sender as a stalled send would
        long until = System.nanoTime() + 20_000_000_000L;
        while (answered.get() < RECEIVERS && System.nanoTime() < until) {
          Thread.sleep(50);
        }
        assertEquals(RECEIVERS, answered.get(), "the receiver answered every delivery");
        // every answer is recorded and has asked for more while this thread holds the lock
        Thread.sleep(1_500);
        blocked = blockedBehind(Thread.currentThread());
      }
      assertTrue(blocked.size() <= 2, "threads waiting for the sender: " + blocked);
      long until = System.nanoTime() + 20_000_000_000L;
      while (delivered(ids) < RECEIVERS && System.nanoTime() < until) {
        Thread.sleep(100);
      }
      assertEquals(RECEIVERS, delivered(ids), "every answer was recorded");
    } finally {
      sender.stopSendingMore();
      receiver.stop(0);
    }
  }
}
