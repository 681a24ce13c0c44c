package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Deadlines at the extremes (docs/decisions/0257): a new ticket's deadline lies at most twenty
 * years back (plans of past inspections are imported with theirs) and at most five years ahead; an
 * extension's new deadline at most five years ahead. Outside: 400 naming the field, nothing
 * written.
 */
@QuarkusTest
class DeadlineBoundsTest {

  private static io.restassured.response.ValidatableResponse post(String path, String body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then();
  }

  @Test
  void aNewTicketsDeadlineLiesWithinTwentyYearsBackAndFiveAhead() {
    String unit = unit("期限边界");
    for (LocalDate far :
        new LocalDate[] {
          LocalDate.of(1900, 1, 1),
          today().minusYears(20).minusDays(1),
          today().plusYears(5).plusDays(1),
          LocalDate.of(9999, 12, 31)
        }) {
      post("/api/v1/tickets", deadlineTicket(unit, far))
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", contains("deadline"));
      post("/api/v1/tickets/batch", "{\"tickets\": [" + deadlineTicket(unit, far) + "]}")
          .statusCode(400)
          .body("errors.field", contains("tickets[0].deadline"));
    }
    TicketFixtures.listByUnit(unit)
        .getList("items")
        .forEach(
            i -> {
              throw new AssertionError("nothing written: " + i);
            });
    // A plan of an inspection years ago keeps its deadline: created overdue.
    post("/api/v1/tickets", deadlineTicket(unit, today().minusYears(20)))
        .statusCode(201)
        .body("overdue", equalTo(true));
    post("/api/v1/tickets", deadlineTicket(unit, today().plusYears(5))).statusCode(201);
  }

  @Test
  void anExtensionReachesAtMostFiveYearsAhead() {
    String id =
        TicketFixtures.create(deadlineTicket(unit("延期边界"), today().plusDays(10))).getString("id");
    for (LocalDate far :
        new LocalDate[] {LocalDate.of(9999, 12, 31), today().plusYears(5).plusDays(1)}) {
      post(
              "/api/v1/tickets/" + id + "/extensions",
              "{\"newDeadline\": \"" + far + "\", \"reason\": \"协调\"}")
          .statusCode(400)
          .body("errors.field", contains("newDeadline"))
          .body("errors[0].message", containsString("LONG_TERM"));
    }
    post(
            "/api/v1/tickets/" + id + "/extensions",
            "{\"newDeadline\": \"" + today().plusYears(5) + "\", \"reason\": \"协调\"}")
        .statusCode(201);
  }

  @Test
  void anAdminsEditOfTheDeadlineKeepsTheSameBounds() {
    String unit = unit("修改期限边界");
    java.util.UUID problem = ProblemServiceStub.problem(java.util.UUID.randomUUID());
    LocalDate deadline = today().plusDays(10);
    String id =
        TicketFixtures.create(
                TicketFixtures.ticketJson(problem, unit, "张三", "DEADLINE", deadline, null, null))
            .getString("id");
    for (LocalDate far :
        new LocalDate[] {
          LocalDate.of(9999, 12, 31),
          today().plusYears(5).plusDays(1),
          today().minusYears(20).minusDays(1),
          LocalDate.of(1900, 1, 1)
        }) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body(TicketFixtures.ticketJson(problem, unit, "张三", "DEADLINE", far, null, null))
          .put("/api/v1/tickets/" + id)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", contains("deadline"));
    }
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/tickets/" + id)
        .then()
        .body("deadline", equalTo(deadline.toString()));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(
            TicketFixtures.ticketJson(
                problem, unit, "张三", "DEADLINE", today().plusYears(5), null, null))
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("deadline", equalTo(today().plusYears(5).toString()));
  }
}
