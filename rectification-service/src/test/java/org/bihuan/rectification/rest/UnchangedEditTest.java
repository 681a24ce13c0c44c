package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A PUT that changes nothing leaves the ticket as it was: same version, same ETag, no history
 * entry, no event (an OA system that sends the whole ticket on every sync moved its version
 * silently, and every later If-Match failed while reads still showed the old tag).
 */
@QuarkusTest
class UnchangedEditTest {

  private static Response put(String id, String ifMatch, String body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(body)
        .put("/api/v1/tickets/" + id);
  }

  @Test
  void aPutOfTheSameTicketChangesNoVersionAndTheTagStillMatches() {
    String unit = unit("信息中心");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String body = ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(20), null, null);
    String id = create(body).getString("id");
    String tag = given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id).header("ETag");
    int events = eventsOf(id);
    for (int i = 0; i < 3; i++) {
      Response same = put(id, tag, body);
      same.then().statusCode(200);
      assertEquals(tag, same.header("ETag"));
      assertEquals(0, same.jsonPath().getInt("version"));
    }
    assertEquals(
        0,
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("ids", id)
            .get("/api/v1/tickets")
            .jsonPath()
            .getInt("items[0].version"));
    assertEquals(1, DutySteps.history(id).getList("items").size()); // the create
    assertEquals(events, eventsOf(id));
    // The tag read before still names the ticket: the start is taken.
    given()
        .auth()
        .oauth2(Tokens.reporter("王五", unit))
        .contentType(ContentType.JSON)
        .header("If-Match", tag)
        .body("{}")
        .post("/api/v1/tickets/" + id + "/start")
        .then()
        .statusCode(200)
        .body("version", org.hamcrest.Matchers.equalTo(1));
  }

  private static int eventsOf(String id) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("limit", 1000)
        .get("/api/v1/events")
        .jsonPath()
        .getList("events.findAll { it.resourceId == '" + id + "' }")
        .size();
  }
}
