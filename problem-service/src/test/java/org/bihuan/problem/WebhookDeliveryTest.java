package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bihuan.platform.webhook.WebhookSignature;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks delivered to a real HTTP receiver, signed, retried and logged. */
@QuarkusTest
class WebhookDeliveryTest {

  record Received(String id, String timestamp, String signature, String body, int answered) {}

  private HttpServer receiver;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> callsPerId = new ConcurrentHashMap<>();

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          String id = exchange.getRequestHeaders().getFirst("webhook-id");
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int call = callsPerId.merge(id, 1, Integer::sum);
          int status = call <= 3 ? 500 : 204; // fails the first three times
          received.add(
              new Received(
                  id,
                  exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                  exchange.getRequestHeaders().getFirst("webhook-signature"),
                  body,
                  status));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private String register(String url, String... events) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("url", url, "events", List.of(events)))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(201)
        .extract()
        .asString();
  }

  @Test
  void aFailingReceiverGetsTheEventOnTheFourthAttemptSignedAndLogged() throws Exception {
    JsonPath hook =
        JsonPath.from(
            register("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "source.*"));
    String secret = hook.getString("secret");
    assertTrue(secret.startsWith("whsec_"));
    String sourceId =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body("{\"title\": \"网络安全检查\", \"kind\": \"INSPECTION\"}")
            .post("/api/v1/sources")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    long deadline = System.currentTimeMillis() + 30_000;
    List<Received> ours = List.of();
    while (System.currentTimeMillis() < deadline) {
      ours = received.stream().filter(r -> r.body().contains(sourceId)).toList();
      if (ours.stream().anyMatch(r -> r.answered() == 204)) {
        break;
      }
      Thread.sleep(200);
    }
    assertEquals(4, ours.size(), "attempts seen by the receiver: " + ours);
    assertEquals(1, ours.stream().map(Received::id).distinct().count(), "one webhook-id");
    for (Received r : ours) {
      assertTrue(
          WebhookSignature.verify(
              secret, r.id(), Long.parseLong(r.timestamp()), r.body(), r.signature()),
          "signature verifies");
      assertEquals("source.created", JsonPath.from(r.body()).getString("type"));
      assertEquals("网络安全检查", JsonPath.from(r.body()).getString("data.title"));
    }
    assertTrue(
        !WebhookSignature.verify(
            WebhookSignature.newSecret(),
            ours.get(0).id(),
            Long.parseLong(ours.get(0).timestamp()),
            ours.get(0).body(),
            ours.get(0).signature()),
        "another secret does not verify");

    JsonPath log =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .get("/api/v1/webhooks/" + hook.getString("id") + "/deliveries")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String path = "items.find { it.messageId == '" + ours.get(0).id() + "' }";
    assertEquals(hook.getString("id"), log.getString(path + ".webhookId"), "the subscription");
    assertEquals("DELIVERED", log.getString(path + ".state"));
    assertEquals(4, log.getInt(path + ".attempts"));
    assertEquals(List.of(500, 500, 500, 204), log.getList(path + ".attemptLog.statusCode"));
  }

  @Test
  void anUnreachableReceiverIsRetriedAndCanBeRedelivered() throws Exception {
    JsonPath hook = JsonPath.from(register("http://127.0.0.1:9/nothing-listens", "source.created"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"title\": \"无人接收\", \"kind\": \"AUDIT\"}")
        .post("/api/v1/sources")
        .then()
        .statusCode(201);
    String deliveries = "/api/v1/webhooks/" + hook.getString("id") + "/deliveries";
    long deadline = System.currentTimeMillis() + 15_000;
    JsonPath log = null;
    while (System.currentTimeMillis() < deadline) {
      log = given().auth().oauth2(Tokens.admin()).get(deliveries).then().extract().jsonPath();
      if (log.getInt("items.size()") > 0 && log.getInt("items[0].attempts") >= 2) {
        break;
      }
      Thread.sleep(200);
    }
    assertTrue(log.getInt("items[0].attempts") >= 2, "retried: " + log.prettify());
    assertTrue(log.getString("items[0].attemptLog[0].error") != null);
    String deliveryId = log.getString("items[0].id");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .post(deliveries + "/" + deliveryId + "/redeliver")
        .then()
        .statusCode(202);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .post(deliveries + "/00000000-0000-0000-0000-000000000000/redeliver")
        .then()
        .statusCode(404);
  }

  @Test
  void badSubscriptionsAreRefusedClearly() {
    for (String url : List.of("ftp://example.org/hook", "not a url", "/relative/path")) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body(Map.of("url", url, "events", List.of("ticket.*")))
          .post("/api/v1/webhooks")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("url"));
    }
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("url", "https://oa.example.org/hook", "events", List.of("source.*", "BAD!")))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("events[1]"));
    given()
        .auth()
        .oauth2(Tokens.verifier("李四"))
        .contentType(ContentType.JSON)
        .body(Map.of("url", "https://oa.example.org/hook", "events", List.of("*")))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(403);
  }
}
