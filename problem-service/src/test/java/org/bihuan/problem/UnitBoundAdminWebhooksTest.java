package org.bihuan.problem;

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
 * Webhooks carry every unit's events: an admin bound to a unit registers, deletes, pings and
 * redelivers none (403 naming his unit) and still reads them (docs/decisions/0237).
 */
@QuarkusTest
class UnitBoundAdminWebhooksTest {

  private static final String UNIT = "纪检组";
  private static final String WEBHOOK =
      "{\"url\": \"https://oa.example.cn/hooks/bihuan\", \"events\": [\"problem.*\"]}";

  private static RequestSpecification unitAdmin() {
    return given().auth().oauth2(Tokens.token("admin-jjz", "孙管理", UNIT, "admin"));
  }

  private static void refused(ValidatableResponse answer) {
    answer
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString(UNIT))
        .body("unit", equalTo(UNIT));
  }

  @Test
  void anAdminBoundToAUnitWritesNoWebhook() {
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
      unitAdmin()
          .get("/api/v1/webhooks/" + webhook)
          .then()
          .statusCode(200)
          .body("active", equalTo(true));
    } finally {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .delete("/api/v1/webhooks/" + webhook)
          .then()
          .statusCode(200);
    }
  }
}
