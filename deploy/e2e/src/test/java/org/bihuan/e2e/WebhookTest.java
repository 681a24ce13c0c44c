package org.bihuan.e2e;

import static org.bihuan.e2e.Scenario.ADMIN;
import static org.bihuan.e2e.Scenario.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bihuan.client.problem.model.ProblemView;
import org.bihuan.client.problem.model.SourceView;
import org.bihuan.client.rectification.model.CommentInput;
import org.bihuan.client.rectification.model.TicketView;
import org.bihuan.client.rectification.model.WebhookInput;
import org.bihuan.client.rectification.model.WebhookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An OA system's receiver gets a signed Standard Webhooks delivery of a ticket transition. */
@ExtendWith(Services.class)
class WebhookTest {

  private record Delivery(String id, String timestamp, String signature, String body) {}

  private final Clients clients;
  private final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
  private HttpServer receiver;

  WebhookTest(Services services) {
    this.clients = new Clients(services);
  }

  /**
   * Standard Webhooks 1.0, computed here from the specification rather than with the services' own
   * signing code: {@code v1,<base64 HMAC-SHA256(base64-decoded secret after whsec_,
   * "<id>.<timestamp>.<body>")>}, one of the space-separated signatures of the header.
   */
  private static boolean verify(
      String secret, String id, long timestamp, String body, String header) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    String expected =
        "v1,"
            + Base64.getEncoder()
                .encodeToString(
                    mac.doFinal(
                        (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    for (String candidate : header.split(" ")) {
      if (MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII),
          candidate.getBytes(StandardCharsets.US_ASCII))) {
        return true;
      }
    }
    return false;
  }

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hooks/oa",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            received.add(
                new Delivery(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void aTransitionIsDeliveredSignedWithTheSubscribersSecret() throws Exception {
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/oa";
    WebhookView hook =
        clients
            .rectificationWebhooks(ADMIN)
            .registerWebhook(
                new WebhookInput().url(url).events(List.of("ticket.*")).description("OA 系统"), null);
    String secret = hook.getSecret();
    assertNotNull(secret, "the secret is answered once, at registration");
    assertTrue(secret.startsWith("whsec_"), secret);

    SourceView source = Scenario.source(clients, "专项检查（webhook）");
    ProblemView problem = Scenario.problem(clients, source.getId(), "档案管理不规范");
    TicketView ticket =
        clients
            .tickets(REPORTER)
            .createTicket(Scenario.ticketFor(problem.getId(), "建立档案管理制度"), null);
    long sent = System.nanoTime();
    clients
        .tickets(REPORTER)
        .startTicket(ticket.getId(), null, null, new CommentInput().comment("开始整改"));

    Delivery started = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (started == null && System.nanoTime() < deadline) {
      Delivery d = received.poll(500, TimeUnit.MILLISECONDS);
      if (d != null) {
        JsonNode body = Clients.JSON.readTree(d.body());
        if ("ticket.started".equals(body.path("type").asText())
            && ticket.getId().toString().equals(body.path("resourceId").asText())) {
          started = d;
        }
      }
    }
    assertNotNull(started, "ticket.started was delivered to the receiver");
    System.out.printf(
        "[e2e] webhook: ticket.started delivered %d ms after the transition%n",
        (System.nanoTime() - sent) / 1_000_000);

    assertNotNull(started.id(), "webhook-id header");
    long timestamp = Long.parseLong(started.timestamp());
    assertTrue(
        Math.abs(Instant.now().getEpochSecond() - timestamp) < 300, "webhook-timestamp is now");
    assertTrue(
        verify(secret, started.id(), timestamp, started.body(), started.signature()),
        "webhook-signature verifies with the subscriber's secret: " + started.signature());
    assertFalse(
        verify(secret, started.id(), timestamp, started.body() + " ", started.signature()),
        "a changed body does not verify");
    Scenario.await(
        "the delivery is listed as delivered",
        java.time.Duration.ofSeconds(10),
        () ->
            Scenario.unchecked(
                    () ->
                        clients
                            .rectificationWebhooks(ADMIN)
                            .listWebhookDeliveries(hook.getId(), null, 100, null)
                            .getItems())
                .stream()
                .anyMatch(
                    d ->
                        "ticket.started".equals(d.getEventType())
                            && d.getState() != null
                            && "DELIVERED".equals(d.getState().getValue())));
    JsonNode event = Clients.JSON.readTree(started.body());
    assertEquals("ticket", event.path("resourceType").asText());
    assertEquals("IN_PROGRESS", event.path("data").path("status").asText());
    assertEquals("建立档案管理制度", event.path("data").path("measure").asText());
  }
}
