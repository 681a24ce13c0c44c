package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
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
    while (true) {
      int port = NEXT_PORT.getAndIncrement();
      if (port >= 26_000) {
        throw new IllegalStateException("no free receiver port in 24000-25999");
      }
      WireMockServer server = new WireMockServer(WireMockConfiguration.options().port(port));
      try {
        server.start();
        return server;
      } catch (RuntimeException inUse) {
        // taken by another process: try the next
      }
    }
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
