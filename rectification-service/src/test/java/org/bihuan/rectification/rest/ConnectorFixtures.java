package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.bihuan.testing.Tokens;

/** A real HTTP receiver (WireMock) and the connector API as an integrator calls it. */
final class ConnectorFixtures {

  private ConnectorFixtures() {}

  /**
   * The next port a receiver tries: a range outside the kernel's ephemeral ports, each handed out
   * once per test run.
   */
  private static final AtomicInteger NEXT_PORT = new AtomicInteger(24_000);

  /**
   * A receiver on a port no earlier receiver, webhook or connector of this test run had. Connectors
   * and webhooks registered by earlier tests stay active and keep retrying their dead receivers; on
   * a reused port (as a dynamic port may be) their deliveries would reach this receiver and take
   * the answers its test scripted for its own connector.
   */
  static WireMockServer receiver() {
    return onFreshPort(
        port -> {
          WireMockServer server = new WireMockServer(WireMockConfiguration.options().port(port));
          server.start();
          return server;
        });
  }

  /**
   * A JDK HTTP server on a fresh port (as {@link #receiver()}), every request to {@code handler},
   * for receivers that play a system's own logic (decrypting what it receives, expiring a token).
   */
  static HttpServer jdkReceiver(HttpHandler handler) {
    return onFreshPort(
        port -> {
          try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            server.createContext("/", handler);
            server.start();
            return server;
          } catch (IOException inUse) {
            throw new IllegalStateException(inUse);
          }
        });
  }

  private static <T> T onFreshPort(IntFunction<T> start) {
    while (true) {
      int port = NEXT_PORT.getAndIncrement();
      if (port >= 26_000) {
        throw new IllegalStateException("no free receiver port in 24000-25999");
      }
      try {
        return start.apply(port);
      } catch (RuntimeException inUse) {
        // taken by another process: try the next
      }
    }
  }

  /**
   * The receiver acknowledges every POST to {@code path} with {@code ok} except the first, which it
   * refuses with {@code refusal} (both JSON answered with 200, as robots and OA systems refuse).
   */
  static void refusesTheFirst(WireMockServer receiver, String path, String ok, String refusal) {
    receiver.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(ok)));
    receiver.stubFor(
        post(urlPathEqualTo(path))
            .inScenario("the first refused")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(refusal))
            .willSetStateTo("acknowledging"));
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The JSON bodies the receiver got at {@code path} whose {@code field} is {@code value}. */
  static List<JsonNode> bodies(WireMockServer receiver, String path, String field, String value) {
    return receiver.findAll(anyRequestedFor(urlPathEqualTo(path))).stream()
        .map(r -> json(r.getBodyAsString()))
        .filter(b -> value.equals(b.path(field).asText()))
        .toList();
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A to-do of the ticket by kind (the first of that kind). */
  static Map<String, Object> todo(String ticketId, String kind) {
    return todos(ticketId).stream()
        .filter(t -> kind.equals(t.get("kind")))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The ticket's START to-do (opened with it), once the OA receiver has had it at {@code path}
   * twice, identified by {@code idField}: the refused first attempt and the retry.
   */
  static Map<String, Object> startTodoSentTwice(
      WireMockServer oa, String ticketId, String path, String idField, String what) {
    Map<String, Object> start = todo(ticketId, "START");
    String todoId = (String) start.get("id");
    await(() -> bodies(oa, path, idField, todoId).size() >= 2, Duration.ofSeconds(60), what);
    return start;
  }

  /**
   * Deactivates every webhook and connector earlier tests left active. Their receivers are gone and
   * their deliveries are retried on schedule; a connector test asserts the exact attempts of its
   * own receiver, which must not depend on how many such leftovers the whole suite has gathered.
   */
  static void withoutEarlierSubscribers(io.agroal.api.AgroalDataSource dataSource) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.Statement st = c.createStatement()) {
      st.executeUpdate("update webhook_subscription set active = false where active");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Registers a connector as an admin (201); the answer. */
  static JsonPath register(String body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/connectors")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static void deactivate(String id) {
    given().auth().oauth2(Tokens.admin()).delete("/api/v1/connectors/" + id).then().statusCode(200);
  }

  /** The connector's deliveries (with their attempts), oldest first. */
  static List<Map<String, Object>> deliveries(String id) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("limit", 500)
        .get("/api/v1/connectors/" + id + "/deliveries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The to-dos of a ticket, oldest first. */
  static List<Map<String, Object>> todos(String ticketId) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("ticketId", ticketId)
        .queryParam("status", "OPEN,DONE,CANCELLED")
        .get("/api/v1/todos")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  static void await(BooleanSupplier condition, Duration within, String what) {
    long until = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("Not within " + within.toSeconds() + " s: " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
