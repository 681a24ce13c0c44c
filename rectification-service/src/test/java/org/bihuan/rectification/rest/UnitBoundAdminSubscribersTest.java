package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Webhooks and OA connectors carry every unit's events and to-dos: an admin bound to a unit writes
 * none of them — no registration, no deletion, no ping, no redelivery — and hears 403 naming his
 * unit; he still reads them (docs/decisions/0237).
 */
@QuarkusTest
class UnitBoundAdminSubscribersTest {

  private static final String UNIT = "党委办公室";
  private static final String WEBHOOK =
      "{\"url\": \"https://oa.example.cn/hooks/bihuan\", \"events\": [\"ticket.*\"]}";
  private static final String CONNECTOR =
      "{\"kind\": \"dingtalk-robot\", \"name\": \"整改督办群\","
          + " \"baseUrl\": \"https://oapi.dingtalk.com/robot/send\","
          + " \"credentials\": {\"accessToken\": \"6f2c\", \"secret\": \"SEC0a1b\"},"
          + " \"events\": [\"ticket.overdue\"]}";

  private static RequestSpecification unitAdmin() {
    return given().auth().oauth2(Tokens.token("admin-dwb", "孙管理", UNIT, "admin"));
  }

  private static void refused(ValidatableResponse answer) {
    answer
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString(UNIT))
        .body("unit", equalTo(UNIT));
  }

  @Test
  void anAdminBoundToAUnitWritesNoWebhookAndNoConnector() {
    String webhook =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(WEBHOOK)
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String connector = ConnectorFixtures.register(CONNECTOR).getString("id");
    try {
      refused(
          unitAdmin().contentType(ContentType.JSON).body(WEBHOOK).post("/api/v1/webhooks").then());
      refused(unitAdmin().delete("/api/v1/webhooks/" + webhook).then());
      refused(unitAdmin().post("/api/v1/webhooks/" + webhook + "/ping").then());
      refused(
          unitAdmin()
              .post(
                  "/api/v1/webhooks/" + webhook + "/deliveries/" + UUID.randomUUID() + "/redeliver")
              .then());
      refused(
          unitAdmin()
              .contentType(ContentType.JSON)
              .body(CONNECTOR)
              .post("/api/v1/connectors")
              .then());
      refused(unitAdmin().delete("/api/v1/connectors/" + connector).then());

      // Nothing changed, and he still reads both.
      unitAdmin()
          .get("/api/v1/webhooks/" + webhook)
          .then()
          .statusCode(200)
          .body("active", equalTo(true));
      unitAdmin()
          .get("/api/v1/connectors/" + connector)
          .then()
          .statusCode(200)
          .body("active", equalTo(true));
      unitAdmin().get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200);
    } finally {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .delete("/api/v1/webhooks/" + webhook)
          .then()
          .statusCode(200);
      ConnectorFixtures.deactivate(connector);
    }
  }
}
