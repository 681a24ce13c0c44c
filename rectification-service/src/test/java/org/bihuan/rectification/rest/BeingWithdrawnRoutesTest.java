package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A problem that problem-service is withdrawing (withdrawalStartedAt set) takes no ticket, on every
 * route that attaches one to it: the same 409 problem-being-withdrawn, with problemIds and
 * Retry-After, and nothing written (docs/decisions/0117, 0207).
 */
@QuarkusTest
class BeingWithdrawnRoutesTest {

  private static void beingWithdrawn(Response answer, UUID problem) {
    answer
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .header("Retry-After", "5")
        .body("type", equalTo("/problems/problem-being-withdrawn"))
        .body("status", equalTo(409))
        .body("problemIds", hasItem(problem.toString()));
  }

  private static Response put(String id, String etag, String body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/tickets/" + id);
  }

  private static String etag(String id) {
    return given().auth().oauth2(Tokens.admin()).get("/api/v1/tickets/" + id).header("ETag");
  }

  @Test
  void everyRouteThatAttachesATicketToAProblemBeingWithdrawnAnswersTheSame409() {
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    UUID other = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
    String unit = unit("撤回中");
    String onIt = ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(10), null, null);
    String onOther = ticketJson(other, unit, "张三", "DEADLINE", today().plusDays(10), null, null);
    String linked = create(onIt).getString("id");
    String elsewhere = create(onOther).getString("id");
    ProblemServiceStub.problem(problem, source, "OPEN", Instant.now());

    // create
    beingWithdrawn(
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(onIt)
            .post("/api/v1/tickets"),
        problem);
    // batch
    beingWithdrawn(
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body("{\"tickets\": [" + onOther.replace("OA-U-1", "OA-U-2") + "," + onIt + "]}")
            .post("/api/v1/tickets/batch"),
        problem);
    // PUT of a ticket already on the problem
    String before = etag(linked);
    beingWithdrawn(put(linked, before, onIt.replace("组织专题学习", "重新组织专题学习")), problem);
    assertEquals(before, etag(linked), "nothing was written");
    // PUT that moves another ticket onto it
    String otherBefore = etag(elsewhere);
    beingWithdrawn(put(elsewhere, otherBefore, onIt), problem);
    assertEquals(otherBefore, etag(elsewhere), "nothing was written");
  }
}
