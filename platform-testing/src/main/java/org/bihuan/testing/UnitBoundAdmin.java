package org.bihuan.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * An admin bound to a unit, before what carries every unit's events (docs/decisions/0237): he
 * writes none of it — 403 problem+json naming his unit in {@code detail} and {@code unit} — and
 * still reads it. The webhook routes are platform's, so each service that serves them runs {@link
 * #writesNoWebhook} and adds its own writes of the kind.
 */
public final class UnitBoundAdmin {

  private final String login;
  private final String unit;

  /** The admin {@code login}, bound to {@code unit}. */
  public UnitBoundAdmin(String login, String unit) {
    this.login = login;
    this.unit = unit;
  }

  /** A request with his token: the role admin and his unit claim. */
  public RequestSpecification request() {
    return given().auth().oauth2(Tokens.token(login, "孙管理", unit, "admin"));
  }

  /** Asserts that {@code answer} is the 403 problem+json that names his unit. */
  public void refused(ValidatableResponse answer) {
    answer
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString(unit))
        .body("unit", equalTo(unit));
  }

  /**
   * With {@code webhook} (a registration, JSON) registered by an admin of the whole organisation:
   * he registers, deletes, pings and redelivers none; {@code whileRegistered} runs (the service's
   * own writes of the kind); and he still reads the webhook, active, and its deliveries. The
   * webhook is deleted afterwards.
   */
  public void writesNoWebhook(String webhook, Runnable whileRegistered) {
    String id =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(webhook)
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String path = "/api/v1/webhooks/" + id;
    try {
      refused(
          request().contentType(ContentType.JSON).body(webhook).post("/api/v1/webhooks").then());
      refused(request().delete(path).then());
      refused(request().post(path + "/ping").then());
      refused(request().post(path + "/deliveries/" + UUID.randomUUID() + "/redeliver").then());
      whileRegistered.run();

      // Nothing changed, and he still reads it.
      request().get(path).then().statusCode(200).body("active", equalTo(true));
      request().get(path + "/deliveries").then().statusCode(200);
    } finally {
      given().auth().oauth2(Tokens.admin()).delete(path).then().statusCode(200);
    }
  }
}
