package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.bihuan.testing.Tokens;

/** A real HTTP receiver (WireMock) and the connector API as an integrator calls it. */
final class ConnectorFixtures {

  private ConnectorFixtures() {}

  static WireMockServer receiver() {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    return server;
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
