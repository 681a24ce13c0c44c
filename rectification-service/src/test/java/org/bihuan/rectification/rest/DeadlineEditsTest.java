package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.DutySteps.history;
import static org.bihuan.rectification.rest.DutySteps.put;
import static org.bihuan.rectification.rest.DutySteps.ticket;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The original deadline and the timing are the commitment the figures measure: they move only
 * through an approved extension; an admin may correct them only before the work starts and while
 * the ticket is not overdue. Every edit records its fields' old and new values.
 */
@QuarkusTest
class DeadlineEditsTest {

  @Test
  void aMissedDeadlineIsNotMovedByAnEdit() {
    String unit = unit("信访办");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    LocalDate missed = today().minusDays(3);
    String id =
        create(ticketJson(problem, unit, "张三", "DEADLINE", missed, null, null)).getString("id");
    act(Tokens.reporter("王五", unit), id, "start", null).then().statusCode(200);
    String nextYear = ticketJson(problem, unit, "张三", "DEADLINE", today().plusYears(1), null, null);
    put(Tokens.verifier("李四"), id, nextYear)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    put(Tokens.admin(), id, nextYear)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/deadline-fixed"))
        .body("fields", equalTo(List.of("deadline")));
    String longTerm = ticketJson(problem, unit, "张三", "LONG_TERM", null, null, null);
    put(Tokens.verifier("李四"), id, longTerm).then().statusCode(403);
    put(Tokens.admin(), id, longTerm)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/deadline-fixed"))
        .body("fields", equalTo(List.of("timing", "deadline")));
    JsonPath t = ticket(id);
    assertEquals(missed.toString(), t.getString("deadline"));
    assertEquals("DEADLINE", t.getString("timing"));
    assertEquals(true, t.getBoolean("overdue"));
    assertEquals(List.of("create", "start"), history(id).getList("items.action"));
  }

  @Test
  void anAssignedTicketNotYetOverdueMayHaveItsDeadlineCorrectedByAnAdmin() {
    String unit = unit("老干部局");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    LocalDate wrong = today().plusDays(10);
    LocalDate right = today().plusDays(45);
    String id =
        create(ticketJson(problem, unit, "张三", "DEADLINE", wrong, null, null)).getString("id");
    put(
            Tokens.reporter("王五", unit),
            id,
            ticketJson(problem, unit, "张三", "DEADLINE", right, null, null))
        .then()
        .statusCode(403);
    put(Tokens.admin(), id, ticketJson(problem, unit, "张三", "DEADLINE", right, null, null))
        .then()
        .statusCode(200)
        .body("deadline", equalTo(right.toString()))
        .body("effectiveDeadline", equalTo(right.toString()));
    List<Map<String, Object>> items = history(id).getList("items");
    Map<String, Object> edit = items.get(items.size() - 1);
    assertEquals("update", edit.get("action"));
    assertEquals(
        List.of(Map.of("field", "deadline", "from", wrong.toString(), "to", right.toString())),
        edit.get("changes"));
    // Once the work has started, the same correction is an extension.
    act(Tokens.reporter("王五", unit), id, "start", null).then().statusCode(200);
    put(
            Tokens.admin(),
            id,
            ticketJson(problem, unit, "张三", "DEADLINE", right.plusDays(30), null, null))
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/deadline-fixed"));
  }

  @Test
  void everyEditRecordsTheOldAndNewValueOfEachField() {
    String unit = unit("网信办");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id =
        // people no directory entry of any test names: a name the directory has once is linked
        // to it (0333), and the edit would then also record the id it loses
        create(ticketJson(problem, unit, "郦小川", "IMMEDIATE", null, null, null)).getString("id");
    put(
            Tokens.reporter("王五", unit),
            id,
            ticketJson(problem, unit, "闻一禾", "IMMEDIATE", null, "MONTH", null)
                .replace("组织专题学习，建立学习台账。", "组织专题学习，每月通报。"))
        .then()
        .statusCode(200);
    List<Map<String, Object>> items = history(id).getList("items");
    Map<String, Object> edit = items.get(items.size() - 1);
    assertEquals(
        List.of(
            Map.of("field", "measure", "from", "组织专题学习，建立学习台账。", "to", "组织专题学习，每月通报。"),
            Map.of("field", "responsiblePerson", "from", "郦小川", "to", "闻一禾"),
            nullableChange("reportEvery", null, "MONTH")),
        edit.get("changes"));
  }

  private static Map<String, Object> nullableChange(String field, String from, String to) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("field", field);
    m.put("from", from);
    m.put("to", to);
    return m;
  }
}
