package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
import org.bihuan.rectification.service.DeadlineNotices;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * One step at a time (decision 0256): REPORT is asked for only while a ticket is IN_PROGRESS
 * (beside SUBMIT, never beside START), by a change or by the sweep; a ticket due today is on the
 * due-today step of the 督办 ladder, not also on due-soon.
 */
@QuarkusTest
class TodoLadderStepsTest {

  @Inject DeadlineNotices notices;

  private static String ticket(String unit, String reportEvery, LocalDate deadline) {
    return """
        {"problemIds": ["%s"], "measure": "建立学习台账。",
         "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "张三",
         "leaderInCharge": "李书记", "timing": "DEADLINE", "deadline": "%s"%s}
        """
        .formatted(
            ProblemServiceStub.problem(UUID.randomUUID()),
            unit,
            deadline,
            reportEvery == null ? "" : ", \"reportEvery\": \"" + reportEvery + "\"");
  }

  private static Set<String> open(String ticketId) {
    Set<String> out = new TreeSet<>();
    for (Map<String, Object> t : TodoFixtures.todos(Tokens.admin(), "ticketId", ticketId)) {
      if ("OPEN".equals(t.get("status"))) {
        out.add((String) t.get("kind"));
      }
    }
    return out;
  }

  @Test
  void aTicketNeverStartedAsksToStartNotToReportEvenPastItsReportDay() {
    String unit = unit("宣传部");
    String body = ticket(unit, "WEEK", today().plusDays(5));
    String id = create(body).getString("id");
    // Ten days on: past its weekly report day and overdue for five days.
    QuarkusMock.installMockForType(
        new TodoSteps.MovedClock(Duration.ofDays(10)), OrganisationClock.class);
    notices.openTimedTodos();
    notices.openTimedTodos();
    assertEquals(Set.of("START", "SUPERVISE"), open(id), "no REPORT while ASSIGNED");
    // A change of the ASSIGNED ticket (here an edit by the admin) does not ask for it either.
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(io.restassured.http.ContentType.JSON)
        .body(body.replace("建立学习台账。", "建立学习台账，每周汇报。"))
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200);
    assertEquals(Set.of("START", "SUPERVISE"), open(id));
    // Started: the report is missing now, beside SUBMIT.
    act(Tokens.reporter("张三", unit), id, "start", null).then().statusCode(200);
    assertEquals(Set.of("SUBMIT", "REPORT", "SUPERVISE"), open(id));
  }

  @Test
  void aTicketDueTodayIsOnTheDueTodayStepOnly() {
    String unit = unit("组织部");
    long head = FeedHead.position();
    String today = create(ticket(unit, null, today())).getString("id");
    String soon = create(ticket(unit, null, today().plusDays(3))).getString("id");
    notices.send();
    notices.send();
    assertEquals(List.of("ticket.due_today"), ladder(head, today));
    assertEquals(List.of("ticket.due_soon"), ladder(head, soon));
  }

  /** The 督办 ladder events of one ticket in the feed after {@code head}. */
  private static List<String> ladder(long head, String ticketId) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> e : TodoFixtures.events(head)) {
      String type = (String) e.get("type");
      if (ticketId.equals(e.get("resourceId")) && type.startsWith("ticket.due_")) {
        out.add(type);
      }
    }
    return out;
  }
}
