package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.rectification.rest.TodoSteps.feedSince;
import static org.bihuan.rectification.rest.TodoSteps.openId;
import static org.bihuan.rectification.rest.TodoSteps.progressNow;
import static org.bihuan.rectification.rest.TodoSteps.ticket;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The to-do list's filters and callers, and the feed telling each open and close right after its
 * cause.
 */
@QuarkusTest
class TodoListAndFeedTest {

  @Test
  void theListFiltersByAssigneeStatusAndKindAndShowsEachCallerWhatTheyMaySee() {
    String unit = unit("财务处");
    String other = unit("审计处");
    String zhang = Tokens.reporter("张三", unit);
    String a = create(ticket(unit, "张三", null, today().plusDays(30))).getString("id");
    String b = create(ticket(unit, null, null, today().plusDays(30))).getString("id");
    String c = create(ticket(other, null, null, today().plusDays(30))).getString("id");
    act(zhang, a, "start", null).then().statusCode(200);
    progressNow(zhang, a);
    act(zhang, a, "submit", null).then().statusCode(200);

    // By the unit's name and by its externalId: the same to-do.
    assertEquals(List.of(openId(b, "START")), ids(Tokens.admin(), "assignee", unit));
    assertEquals(List.of(openId(b, "START")), ids(Tokens.admin(), "assignee", "OA-" + unit));
    assertEquals(
        List.of(openId(b, "START")),
        ids(Tokens.admin(), "assignee", unit, "status", "OPEN", "kind", "START"));
    assertEquals(List.of(), ids(Tokens.admin(), "assignee", unit, "kind", "SUBMIT"));
    assertEquals(
        2, ids(Tokens.admin(), "ticketId", a, "status", "DONE").size(), "START and SUBMIT");

    // A reporter of the unit: his unit's own work, not the verifiers' to-do on ticket a.
    List<String> seen = ids(zhang, "status", "OPEN");
    assertTrue(seen.contains(openId(b, "START")), seen.toString());
    assertFalse(seen.contains(openId(a, "VERIFY")));
    assertFalse(seen.contains(openId(c, "START")));
    assertEquals(List.of(), ids(Tokens.reporter("钱八", other), "ticketId", b));
    // Verifiers see the VERIFY to-do — unless they answer for the ticket.
    assertEquals(
        List.of(openId(a, "VERIFY")),
        ids(Tokens.verifier("王验收"), "ticketId", a, "assignee", "verifier", "status", "OPEN"));
    assertEquals(
        List.of(),
        ids(
            Tokens.token("v-zhang", "张三", null, "verifier"),
            "ticketId",
            a,
            "assignee",
            "verifier"));

    // Paging with the service's cursor: every to-do once.
    List<String> paged = new ArrayList<>();
    String cursor = null;
    do {
      var req =
          given().auth().oauth2(Tokens.admin()).queryParam("assignee", unit).queryParam("limit", 1);
      if (cursor != null) {
        req = req.queryParam("cursor", cursor);
      }
      JsonPath page = req.get("/api/v1/todos").then().statusCode(200).extract().jsonPath();
      paged.addAll(page.getList("items.id"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertEquals(ids(Tokens.admin(), "assignee", unit), paged);

    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("kind", "LATER")
        .get("/api/v1/todos")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("kind"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("status", "opened")
        .get("/api/v1/todos")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().get("/api/v1/todos").then().statusCode(401);
  }

  private static List<String> ids(String token, String... query) {
    var req = given().auth().oauth2(token).queryParam("limit", 500);
    for (int i = 0; i < query.length; i += 2) {
      req = req.queryParam(query[i], query[i + 1]);
    }
    return req.get("/api/v1/todos").then().statusCode(200).extract().jsonPath().getList("items.id");
  }

  @Test
  void theFeedTellsEachOpenAndCloseRightAfterTheTicketChangeThatCausedIt() {
    String unit = unit("机关党委");
    String zhang = Tokens.reporter("张三", unit);
    long head = FeedHead.position();
    String id = create(ticket(unit, "张三", null, today().plusDays(30))).getString("id");
    act(zhang, id, "start", null).then().statusCode(200);
    progressNow(zhang, id);
    act(zhang, id, "submit", null).then().statusCode(200);
    act(Tokens.verifier("王验收"), id, "verify", "验收通过").then().statusCode(200);
    assertEquals(
        List.of(
            "ticket.created",
            "todo.opened START OPEN",
            "ticket.started",
            "todo.done START DONE",
            "todo.opened SUBMIT OPEN",
            "ticket.progress_reported",
            "ticket.submitted",
            "todo.done SUBMIT DONE",
            "todo.opened VERIFY OPEN",
            "ticket.verified",
            "todo.done VERIFY DONE"),
        feedSince(head, id));
  }
}
