package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.service.DeadlineNotices;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A reporter bound to a unit sees the work that falls to his unit or to the responsible person of a
 * ticket his unit answers for, and the 督办 that names him — not another responsible unit's work, not
 * a co-responsible unit's ticket, not his leader's 督办 (decision 0256); what a ticket's content
 * refuses is not offered in allowedActions, and a blank problem id is named as blank.
 */
@QuarkusTest
class TodoUnitViewTest {

  @Inject DeadlineNotices notices;

  private static Set<String> seen(String token, String ticketId) {
    Set<String> out = new TreeSet<>();
    for (Map<String, Object> t :
        TodoFixtures.todos(token, "ticketId", ticketId, "status", "OPEN")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> a = (Map<String, Object>) t.get("assignee");
      out.add(t.get("kind") + " " + a.get("name"));
    }
    return out;
  }

  @Test
  void aReporterSeesHisUnitsWorkAndTheSupervisionNamingHimOnly() {
    String a = unit("办公室");
    String b = unit("财务处");
    String helper = unit("审计处");
    String problem = ProblemServiceStub.problem(UUID.randomUUID()).toString();
    // two responsible units and no person: one START each; a co-responsible third unit
    String shared =
        create(
                """
                {"problemIds": ["%s"], "measure": "建立台账", "responsibleUnits": [{"name": "%s"},
                 {"name": "%s"}], "coResponsibleUnits": [{"name": "%s"}], "leaderInCharge": "李书记",
                 "timing": "DEADLINE", "deadline": "%s"}
                """
                    .formatted(problem, a, b, helper, today().plusDays(5)))
            .getString("id");
    String reporterA = Tokens.reporter("赵六", a);
    assertEquals(Set.of("START " + a), seen(reporterA, shared));
    assertEquals(Set.of("START " + b), seen(Tokens.reporter("钱七", b), shared));
    assertEquals(Set.of(), seen(Tokens.reporter("孙八", helper), shared), "配合单位 act on nothing");

    // overdue for a week: the leader in charge supervises; the unit's reporter does not see it
    QuarkusMock.installMockForType(
        new TodoSteps.MovedClock(Duration.ofDays(12)), OrganisationClock.class);
    notices.openTimedTodos();
    assertEquals(Set.of("START " + a), seen(reporterA, shared));
    assertEquals(
        Set.of("START " + b, "SUPERVISE 李书记"),
        seen(Tokens.token("leader-" + UUID.randomUUID(), "李书记", b, "reporter"), shared),
        "his unit's work and the 督办 naming him");
  }

  @Test
  void submitIsNotOfferedWithoutRecordedWorkAndABlankProblemIdIsNamedBlank() {
    String a = unit("办公室");
    String reporter = Tokens.reporter("张三", a);
    String id = create(TicketFixtures.deadlineTicket(a, today().plusDays(30))).getString("id");
    act(reporter, id, "start", null).then().statusCode(200);
    List<String> offered =
        act(reporter, id, "submit", null)
            .then()
            .statusCode(409)
            .body("type", equalTo("/problems/nothing-to-submit"))
            .extract()
            .jsonPath()
            .getList("allowedActions");
    assertEquals(List.of(), offered.stream().filter("submit"::equals).toList(), offered.toString());

    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(
            """
            {"problemIds": [""], "measure": "建立台账", "responsibleUnits": [{"name": "%s"}],
             "timing": "LONG_TERM"}
            """
                .formatted(a))
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("problemIds[0]"))
        .body(
            "errors[0].message", equalTo("is blank or null: each entry is a problem id (a UUID)"));
  }
}
