package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.rectification.rest.TodoSteps.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An open to-do whose due date or title changes under the same id is told on the feed as
 * todo.updated (decision 0210), so that an OA system that stored it updates it in place; an edit
 * that changes neither is not.
 */
@QuarkusTest
class TodoUpdatedTest {

  @Test
  void aNewTitleOrDueDateOfAnOpenToDoIsAFeedEventAndNothingElseIs() {
    String unit = unit("组织部");
    String zhang = Tokens.reporter("张三", unit);
    LocalDate deadline = today().plusDays(20);
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id =
        create(ticketJson(problem, unit, "张三", "DEADLINE", deadline, null, null)).getString("id");
    act(zhang, id, "start", null).then().statusCode(200);

    long head = FeedHead.position();
    String renamed =
        ticketJson(problem, unit, "张三", "DEADLINE", deadline, null, null)
            .replace("组织专题学习，建立学习台账。", "建立学习台账，每月通报。");
    edit(id, renamed);
    List<Map<String, Object>> events = todoEventsSince(head, id);
    assertEquals(List.of("todo.updated SUBMIT OPEN"), kinds(events));
    String title = (String) data(events.get(0)).get("title");
    assertEquals(true, title.endsWith("申请销号：建立学习台账，每月通报。"), title);
    assertEquals(deadline.toString(), data(events.get(0)).get("dueDate"));

    // The leader in charge is not shown on a SUBMIT to-do: no event.
    head = FeedHead.position();
    edit(id, renamed.replace("李书记", "王书记"));
    assertEquals(List.of(), kinds(todoEventsSince(head, id)));

    head = FeedHead.position();
    String ext =
        given()
            .auth()
            .oauth2(zhang)
            .contentType(ContentType.JSON)
            .body("{\"newDeadline\": \"" + deadline.plusDays(15) + "\", \"reason\": \"需协调\"}")
            .post("/api/v1/tickets/" + id + "/extensions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    given()
        .auth()
        .oauth2(Tokens.verifier("王验收"))
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/extensions/" + ext + "/approve")
        .then()
        .statusCode(200);
    events = todoEventsSince(head, id);
    assertEquals(
        List.of(
            "todo.opened DECIDE_EXTENSION OPEN",
            "todo.updated SUBMIT OPEN",
            "todo.done DECIDE_EXTENSION DONE"),
        kinds(events));
    assertEquals(deadline.plusDays(15).toString(), data(events.get(1)).get("dueDate"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(Map<String, Object> event) {
    return (Map<String, Object>) event.get("data");
  }

  private static List<String> kinds(List<Map<String, Object>> events) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> e : events) {
      out.add(e.get("type") + " " + data(e).get("kind") + " " + data(e).get("status"));
    }
    return out;
  }

  /** The to-do events of one ticket after a feed position, in feed order. */
  private static List<Map<String, Object>> todoEventsSince(long after, String ticketId) {
    List<Map<String, Object>> events =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("after", after)
            .queryParam("limit", 500)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("events");
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> e : events) {
      if ("todo".equals(e.get("resourceType")) && ticketId.equals(data(e).get("ticketId"))) {
        out.add(e);
      }
    }
    return out;
  }
}
