package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;
import org.bihuan.testing.Tokens;

/**
 * Tickets as the separation-of-duties tests drive them: created, edited, submitted, their history,
 * an extension decided.
 */
final class DutySteps {

  static final String ZHAO = "赵验收";

  // ---- helpers

  static String submitted(String unit, UUID problem, String person) {
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(ticketJson(problem, unit, person, "IMMEDIATE", null, null, null)).getString("id");
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "完成").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    return id;
  }

  static Response put(String token, String id, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/tickets/" + id);
  }

  static JsonPath ticket(String id) {
    return TicketSteps.get(id);
  }

  static JsonPath history(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static Response decide(String token, String extensionId) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"同意\"}")
        .post("/api/v1/extensions/" + extensionId + "/approve");
  }
}
