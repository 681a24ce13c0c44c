package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bihuan.platform.webhook.ConnectorKind;
import org.bihuan.platform.webhook.ConnectorSends;
import org.bihuan.platform.webhook.ReceiverAddresses;
import org.bihuan.platform.webhook.WebhookSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two senders on one database: the service's own, and a second one as another replica has it (its
 * own WebhookSender and ConnectorSends, the same database and connector kinds), sending what is due
 * every 100 ms. Tickets are created one a second for over a minute; a 泛微 to-do centre and a signed
 * DingTalk robot (JDK HTTP servers) count what they receive. Every to-do reaches 泛微 once, every
 * ticket is announced in exactly one robot message, and the robot never receives more than 20
 * messages in any 60 seconds. Prints the figures (bench/README.md).
 */
@QuarkusTest
class ConnectorsOnTwoSendersTest {

  private static final int TICKETS = 75;

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;
  @Inject Instance<ConnectorKind> kinds;
  @Inject ReceiverAddresses addresses;

  private HttpServer receiver;
  private final Map<String, Integer> pushes = new HashMap<>();
  private final List<Long> messageTimes = new ArrayList<>();
  private final List<String> messageTexts = new ArrayList<>();
  private final List<String> connectors = new ArrayList<>();

  @BeforeEach
  void receivers() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    receiver = ConnectorFixtures.jdkReceiver(this::answer);
  }

  @AfterEach
  void stop() {
    connectors.forEach(ConnectorFixtures::deactivate);
    receiver.stop(0);
  }

  private synchronized void answer(HttpExchange x) throws IOException {
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String answer;
    if (x.getRequestURI().getPath().equals("/rest/ofs/ReceiveRequestInfoByJson")) {
      JsonNode push = mapper.readTree(body);
      pushes.merge(
          push.path("flowid").asText() + " " + push.path("isremark").asText(), 1, Integer::sum);
      answer = "{\"operResult\": \"1\", \"message\": \"\"}";
    } else {
      messageTimes.add(System.currentTimeMillis());
      messageTexts.add(mapper.readTree(body).path("markdown").path("text").asText());
      answer = "{\"errcode\": 0, \"errmsg\": \"ok\"}";
    }
    byte[] out = answer.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    x.sendResponseHeaders(200, out.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(out);
    }
  }

  /** A second replica's senders: new instances on the same database and kinds. */
  private Runnable anotherSender() throws Exception {
    WebhookSender sender = new WebhookSender();
    ConnectorSends sends = new ConnectorSends();
    set(sends, "kinds", kinds);
    set(sends, "dataSource", dataSource);
    set(sends, "mapper", mapper);
    set(sends, "sender", sender);
    set(sends, "digestWindow", Duration.ofSeconds(2));
    set(sends, "timeout", Duration.ofSeconds(10));
    set(sends, "addresses", addresses);
    set(sender, "dataSource", dataSource);
    set(sender, "mapper", mapper);
    set(sender, "retrySchedule", List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)));
    set(sender, "timeout", Duration.ofSeconds(10));
    set(sender, "connectors", sends);
    set(sender, "addresses", addresses);
    Method sendDue = WebhookSender.class.getDeclaredMethod("sendDue");
    sendDue.setAccessible(true);
    return () -> {
      try {
        sendDue.invoke(sender);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field f = target.getClass().getDeclaredField(name);
    f.setAccessible(true);
    f.set(target, value);
  }

  @Test
  void twoSendersDeliverEachTodoOnceAndKeepTheRobotToTwentyMessagesAMinute() throws Exception {
    String base = "http://localhost:" + receiver.getAddress().getPort();
    connectors.add(
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "%s",
                 "options": {"syscode": "ZGDB", "backfill": false}}
                """
                    .formatted(base))
            .getString("id"));
    connectors.add(
        ConnectorFixtures.register(
                """
                {"kind": "dingtalk-robot", "name": "督办群", "baseUrl": "%s/robot/send",
                 "credentials": {"accessToken": "tok-2", "secret": "SEC-two-senders"},
                 "events": ["ticket.created"], "options": {"mentionAssignees": false}}
                """
                    .formatted(base))
            .getString("id"));
    Runnable second = anotherSender();
    AtomicBoolean running = new AtomicBoolean(true);
    Thread replica =
        new Thread(
            () -> {
              while (running.get()) {
                try {
                  second.run();
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                } catch (RuntimeException e) {
                  // as the service's own loop: the next round tries again
                }
              }
            },
            "second-sender");
    replica.start();
    long started = System.currentTimeMillis();
    List<String> numbers = new ArrayList<>();
    try {
      for (int i = 0; i < TICKETS; i++) {
        numbers.add(
            create(deadlineTicket(unit("两台实例测试处"), today().plusDays(30))).getString("number"));
        Thread.sleep(1000);
      }
      await(
          () -> {
            synchronized (this) {
              String all = String.join("\n", messageTexts);
              return pushes.size() >= TICKETS
                  && numbers.stream().allMatch(n -> all.contains(n + " "));
            }
          },
          Duration.ofSeconds(120),
          "every to-do pushed and every ticket announced");
      Thread.sleep(3000);
    } finally {
      running.set(false);
      replica.join();
    }
    synchronized (this) {
      long duplicates = pushes.values().stream().filter(n -> n > 1).count();
      int maxInAMinute = 0;
      for (int i = 0; i < messageTimes.size(); i++) {
        int inWindow = 0;
        for (long t : messageTimes) {
          if (t >= messageTimes.get(i) && t < messageTimes.get(i) + 60_000) {
            inWindow++;
          }
        }
        maxInAMinute = Math.max(maxInAMinute, inWindow);
      }
      int announcedTwice = 0;
      for (String n : numbers) {
        if (messageTexts.stream().filter(t -> t.contains(n + " ")).count() > 1) {
          announcedTwice++;
        }
      }
      System.out.printf(
          "two senders, one database: %d tickets in %d s; 泛微: %d to-do pushes for %d to-dos,"
              + " %d pushed more than once; DingTalk robot: %d messages announcing %d tickets,"
              + " at most %d in any 60 s, %d tickets announced twice%n",
          TICKETS,
          (System.currentTimeMillis() - started) / 1000,
          pushes.values().stream().mapToInt(Integer::intValue).sum(),
          pushes.size(),
          duplicates,
          messageTimes.size(),
          numbers.size(),
          maxInAMinute,
          announcedTwice);
      assertEquals(TICKETS, pushes.size(), "one START to-do per ticket");
      assertEquals(0, duplicates, "every to-do pushed once: " + pushes);
      assertTrue(maxInAMinute <= WebhookSender.DIGEST_PER_MINUTE, "at most 20 a minute");
      assertEquals(0, announcedTwice, "every ticket in one message");
    }
  }
}
