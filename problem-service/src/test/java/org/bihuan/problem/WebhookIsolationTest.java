package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One subscriber does not set the others' pace, and a deleted one receives nothing more: a receiver
 * that takes seconds to answer holds one delivery at a time while the others get theirs at once; a
 * webhook deleted while its retries wait gets no further attempt and its deliveries read CANCELLED.
 */
@QuarkusTest
class WebhookIsolationTest {

  private HttpServer receiver;
  private final List<String> fast = new CopyOnWriteArrayList<>();
  private final List<String> slow = new CopyOnWriteArrayList<>();
  private final List<String> failing = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    receiver.createContext("/fast", exchange -> answer(exchange, fast, 0, 204));
    receiver.createContext("/slow", exchange -> answer(exchange, slow, 4_000, 204));
    receiver.createContext("/failing", exchange -> answer(exchange, failing, 0, 500));
    receiver.start();
  }

  private static void answer(
      com.sun.net.httpserver.HttpExchange exchange, List<String> log, long delayMillis, int status)
      throws java.io.IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    log.add(JsonPath.from(body).getString("data.title"));
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private String register(String path) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "url",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + path,
                "events",
                List.of("source.created")))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void source(String title) {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("title", title, "kind", "INSPECTION"))
        .post("/api/v1/sources")
        .then()
        .statusCode(201);
  }

  @Test
  void aSlowReceiverDoesNotHoldBackTheOthers() throws Exception {
    String slowHook = register("/slow");
    String fastHook = register("/fast");
    List<String> titles = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      titles.add("隔离检查" + System.nanoTime() + "-" + i);
      source(titles.get(i - 1));
    }
    long started = System.nanoTime();
    while (!fast.containsAll(titles) && System.nanoTime() - started < 20_000_000_000L) {
      Thread.sleep(50);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(fast.containsAll(titles), "the fast receiver got " + fast);
    // The slow receiver answers one delivery per 4 s: it has had at most two of its six meanwhile.
    assertTrue(
        millis < 4_000, "the fast receiver waited " + millis + " ms for the slow one's answers");
    assertTrue(
        slow.stream().filter(titles::contains).count() <= 2,
        "one delivery at a time to the slow receiver: " + slow);
    for (String hook : List.of(slowHook, fastHook)) {
      given().auth().oauth2(Tokens.admin()).delete("/api/v1/webhooks/" + hook);
    }
  }

  @Test
  void aDeletedWebhookGetsNoFurtherAttempt() throws Exception {
    String hook = register("/failing");
    String title = "删除后不再发送" + System.nanoTime();
    source(title);
    long until = System.nanoTime() + 20_000_000_000L;
    while (!failing.contains(title) && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertTrue(failing.contains(title), "the first attempt arrived: " + failing);
    given().auth().oauth2(Tokens.admin()).delete("/api/v1/webhooks/" + hook).then().statusCode(200);
    long attempts = failing.stream().filter(title::equals).count();
    // the test profile retries after 1 s: four more would come within 5 s
    Thread.sleep(5_000);
    assertEquals(
        attempts,
        failing.stream().filter(title::equals).count(),
        "attempts after the webhook was deleted");
    JsonPath log =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .get("/api/v1/webhooks/" + hook + "/deliveries")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of("CANCELLED"), log.getList("items.state"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .post(
            "/api/v1/webhooks/"
                + hook
                + "/deliveries/"
                + log.getString("items[0].id")
                + "/redeliver")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void aDeliveryAcknowledgedWhileItsWebhookIsDeletedReadsDelivered() throws Exception {
    String hook = register("/slow");
    String title = "删除时正在发送" + System.nanoTime();
    source(title);
    long until = System.nanoTime() + 20_000_000_000L;
    while (!slow.contains(title) && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertTrue(slow.contains(title), "the delivery reached the receiver: " + slow);
    // deleted while the receiver is still answering (it takes 4 s), then acknowledged with 204
    given().auth().oauth2(Tokens.admin()).delete("/api/v1/webhooks/" + hook).then().statusCode(200);
    String state = null;
    long answered = System.nanoTime() + 15_000_000_000L;
    while (System.nanoTime() < answered) {
      JsonPath log =
          given()
              .auth()
              .oauth2(Tokens.admin())
              .get("/api/v1/webhooks/" + hook + "/deliveries")
              .then()
              .extract()
              .jsonPath();
      state = log.getString("items[0].state");
      if ("DELIVERED".equals(state) && log.getInt("items[0].attempts") == 1) {
        break;
      }
      Thread.sleep(200);
    }
    assertEquals("DELIVERED", state);
  }

  @Test
  void aUrlWithCredentialsIsRefused() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("url", "http://user:pw@127.0.0.1:9/hook", "events", List.of("source.created")))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("url"));
  }
}
