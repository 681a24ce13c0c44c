package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.ORG;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;

/**
 * A ticket and its to-dos as the to-do tests drive them: created, edited, listed, opened, in the
 * feed, with a clock moved on.
 */
final class TodoSteps {

  static final String MEASURE = "组织专题学习，建立学习台账。";

  static String ticket(String unit, String person, String reportEvery, LocalDate deadline) {
    return """
        {"problemIds": ["%s"], "measure": "%s",
         "responsibleUnits": [{"name": "%s", "externalId": "OA-%s"}]%s,
         "leaderInCharge": "李书记", "timing": "DEADLINE", "deadline": "%s"%s}
        """
        .formatted(
            ProblemServiceStub.problem(UUID.randomUUID()),
            MEASURE,
            unit,
            unit,
            person == null ? "" : ", \"responsiblePerson\": \"" + person + "\"",
            deadline,
            reportEvery == null ? "" : ", \"reportEvery\": \"" + reportEvery + "\"");
  }

  /** Every to-do of a ticket (admin's view), in opening order. */
  static List<Map<String, Object>> todos(String ticketId) {
    return TodoFixtures.todos(Tokens.admin(), "ticketId", ticketId);
  }

  /** The open to-dos of a ticket as "KIND TYPE name" — and never two for one kind and assignee. */
  static Set<String> open(String ticketId) {
    List<String> open = new ArrayList<>();
    for (Map<String, Object> t : todos(ticketId)) {
      if ("OPEN".equals(t.get("status"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> a = (Map<String, Object>) t.get("assignee");
        open.add(t.get("kind") + " " + a.get("type") + " " + a.get("name"));
      }
    }
    Set<String> distinct = new TreeSet<>(open);
    assertEquals(
        open.size(), distinct.size(), "two open to-dos for one kind and assignee: " + open);
    return distinct;
  }

  static String openId(String ticketId, String kind) {
    return todos(ticketId).stream()
        .filter(t -> "OPEN".equals(t.get("status")) && kind.equals(t.get("kind")))
        .map(t -> (String) t.get("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no open " + kind));
  }

  static Map<String, Object> byId(String ticketId, String todoId) {
    return todos(ticketId).stream()
        .filter(t -> todoId.equals(t.get("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no to-do " + todoId));
  }

  /** The feed after a position, as "type resourceId(kind)" for the events of one ticket. */
  static List<String> feedSince(long after, String ticketId) {
    List<Map<String, Object>> events = TodoFixtures.events(after);
    List<String> out = new ArrayList<>();
    for (Map<String, Object> e : events) {
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) e.get("data");
      if ("ticket".equals(e.get("resourceType")) && ticketId.equals(e.get("resourceId"))) {
        out.add((String) e.get("type"));
      } else if ("todo".equals(e.get("resourceType")) && ticketId.equals(data.get("ticketId"))) {
        out.add(e.get("type") + " " + data.get("kind") + " " + data.get("status"));
      }
    }
    return out;
  }

  static String progressNow(String token, String id) {
    progress(token, id, today(), "已召开专题会议").then().statusCode(201);
    return id;
  }

  static String requestExtension(String token, String id, LocalDate to) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + to + "\", \"reason\": \"需协调上级部门\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  /** The organisation's clock moved ahead. */
  static class MovedClock extends OrganisationClock {
    final Clock clock;

    MovedClock(Duration by) {
      super(ORG);
      this.clock = Clock.offset(Clock.system(ORG), by);
    }

    @Override
    public Clock clock() {
      return clock;
    }
  }

  static void edit(String id, String body) {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200);
  }
}
