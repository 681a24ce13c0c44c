package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The CLOSE to-do (问题销号, DOMAIN.md "Who must act next"): once every non-cancelled ticket of a
 * problem is VERIFIED and problem-service's feed says the problem is not closed, the admins have a
 * CLOSE to-do for it; it is done when the feed says the problem is closed (cancelled when it is
 * withdrawn), with todo.opened / todo.done in this service's feed.
 */
@QuarkusTest
class CloseTodoTest {

  private static final String TITLE = "理论学习不够深入";

  private static String ticket(UUID problemId, String unit) {
    return """
        {"problemIds": ["%s"], "measure": "组织专题学习，建立学习台账。",
         "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "张三",
         "timing": "DEADLINE", "deadline": "%s"}
        """
        .formatted(problemId, unit, today().plusDays(40));
  }

  /** problem-service's feed tells the problem with this status, at the next position. */
  static void problemFeedSays(UUID problemId, String type, String status) {
    long at = position();
    ProblemServiceStub.feedServes(
        at,
        """
        {"position": %d, "id": "%s", "type": "%s", "occurredAt": "2026-12-03T01:00:00Z",
         "resourceType": "problem", "resourceId": "%s",
         "data": {"id": "%s", "number": "P-2026-0042", "title": "%s", "status": "%s"}}
        """
            .formatted(at + 1, UUID.randomUUID(), type, problemId, problemId, TITLE, status));
    await(() -> position() == at + 1, "the problem feed applied position " + (at + 1));
  }

  /** Where the problem feed stands, as readiness shows it. */
  private static long position() {
    Object p =
        given()
            .get("/q/health/ready")
            .then()
            .extract()
            .path("checks.find { it.name == 'problem-feed' }.data.position");
    return p == null ? -1 : ((Number) p).longValue();
  }

  /** The CLOSE to-dos of one problem, as an admin lists them. */
  private static List<Map<String, Object>> closeTodos(UUID problemId) {
    List<Map<String, Object>> items =
        TodoFixtures.todos(Tokens.admin(), "kind", "CLOSE", "assignee", "admin");
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> t : items) {
      if (problemId.toString().equals(t.get("problemId"))) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> todoEventsSince(long after, UUID problemId) {
    List<Map<String, Object>> events = TodoFixtures.events(after);
    List<String> out = new ArrayList<>();
    for (Map<String, Object> e : events) {
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) e.get("data");
      if ("todo".equals(e.get("resourceType"))
          && "CLOSE".equals(data.get("kind"))
          && problemId.toString().equals(data.get("problemId"))) {
        out.add(e.get("type") + " " + data.get("status"));
      }
    }
    return out;
  }

  private static String verifiedTicket(UUID problemId, String unit) {
    String zhang = Tokens.reporter("张三", unit);
    String id = create(ticket(problemId, unit)).getString("id");
    act(zhang, id, "start", null).then().statusCode(200);
    progress(zhang, id, today(), "已召开专题会议").then().statusCode(201);
    act(zhang, id, "submit", null).then().statusCode(200);
    return id;
  }

  @Test
  void whenBothTicketsAreVerifiedTheAdminsCloseTheProblemAndTheToDoIsDone() {
    String unit = unit("党委办公室");
    UUID problemId = ProblemServiceStub.problem(UUID.randomUUID());
    problemFeedSays(problemId, "problem.created", "OPEN");
    long feedBefore = FeedHead.position();
    String verifier = Tokens.verifier("王验收");
    String first = verifiedTicket(problemId, unit);
    String second = verifiedTicket(problemId, unit);
    problemFeedSays(problemId, "problem.rectifying", "RECTIFYING");

    act(verifier, first, "verify", "验收通过").then().statusCode(200);
    assertTrue(closeTodos(problemId).isEmpty(), "one ticket still waits for its verification");

    act(verifier, second, "verify", "验收通过").then().statusCode(200);
    List<Map<String, Object>> open = closeTodos(problemId);
    assertEquals(1, open.size(), open.toString());
    Map<String, Object> todo = open.get(0);
    assertEquals("OPEN", todo.get("status"));
    assertEquals(Map.of("type", "ROLE", "name", "admin"), withoutNulls(todo.get("assignee")));
    assertNull(todo.get("ticketId"));
    assertEquals("【整改】P-2026-0042 问题销号：" + TITLE, todo.get("title"));
    @SuppressWarnings("unchecked")
    Map<String, Object> links = (Map<String, Object>) todo.get("links");
    assertTrue(((String) links.get("pc")).endsWith("/problems/" + problemId), links.toString());

    // Until the problem is closed, changes of the problem leave the one to-do open.
    problemFeedSays(problemId, "problem.updated", "RECTIFYING");
    assertEquals(1, closeTodos(problemId).size());
    assertEquals("OPEN", closeTodos(problemId).get(0).get("status"));

    problemFeedSays(problemId, "problem.closed", "CLOSED");
    List<Map<String, Object>> done = closeTodos(problemId);
    assertEquals(1, done.size());
    assertEquals(todo.get("id"), done.get(0).get("id"), "the same to-do, now done");
    assertEquals("DONE", done.get(0).get("status"));
    assertTrue(done.get(0).get("doneAt") != null);
    assertEquals(
        List.of("todo.opened OPEN", "todo.done DONE"), todoEventsSince(feedBefore, problemId));
  }

  @Test
  void aCancelledTicketDoesNotCountAndAWithdrawnProblemCancelsTheToDo() {
    String unit = unit("纪检组");
    UUID problemId = ProblemServiceStub.problem(UUID.randomUUID());
    problemFeedSays(problemId, "problem.created", "OPEN");
    String verifier = Tokens.verifier("王验收");
    String kept = verifiedTicket(problemId, unit);
    String dropped = create(ticket(problemId, unit)).getString("id");
    act(verifier, kept, "verify", "验收通过").then().statusCode(200);
    assertTrue(closeTodos(problemId).isEmpty(), "an ASSIGNED ticket still counts");

    act(Tokens.admin(), dropped, "cancel", "并入其他整改任务").then().statusCode(200);
    assertEquals("OPEN", closeTodos(problemId).get(0).get("status"));

    problemFeedSays(problemId, "problem.withdrawn", "WITHDRAWN");
    assertEquals("CANCELLED", closeTodos(problemId).get(0).get("status"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutNulls(Object assignee) {
    Map<String, Object> out = new java.util.HashMap<>((Map<String, Object>) assignee);
    out.values().removeIf(java.util.Objects::isNull);
    return out;
  }

  private static void await(Supplier<Boolean> condition, String what) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      if (condition.get()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("not within 20 s: " + what);
  }
}
