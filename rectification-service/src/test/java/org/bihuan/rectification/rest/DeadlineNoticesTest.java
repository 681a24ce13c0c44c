package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.service.DeadlineNotices;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ticket.due_soon and ticket.overdue: once each per effective deadline, version untouched. */
@QuarkusTest
class DeadlineNoticesTest {

  @Inject DeadlineNotices notices;
  @Inject io.agroal.api.AgroalDataSource db;

  /** The feed's head before the test: its events come after it, however long the feed is. */
  private long head;

  @BeforeEach
  void readHead() {
    head = FeedHead.position();
  }

  private List<String> types(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("after", head)
        .queryParam("limit", 1000)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("events.findAll { it.resourceId == '" + id + "' }.type");
  }

  @Test
  void theLadderSaysDueTodayOnceAndRemindsTheLeaderOnceADayWhileOverdue() throws Exception {
    String unit = unit("督办单位");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String todayDue =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today(), null, null)).getString("id");
    // Overdue for 2 days: no reminder yet (the default is 3); for 4 days: one a day.
    String twoDays =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().minusDays(2), null, null))
            .getString("id");
    String fourDays =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().minusDays(4), null, null))
            .getString("id");
    notices.send();
    notices.send();
    // Due today supersedes due soon: one step of the ladder at a time (0256).
    assertEquals(List.of("ticket.created", "ticket.due_today"), types(todayDue));
    assertEquals(List.of("ticket.created", "ticket.overdue"), types(twoDays));
    assertEquals(List.of("ticket.created", "ticket.overdue", "ticket.supervised"), types(fourDays));
    // The next day (the day of the last reminder moved back, as a night would): one more.
    try (java.sql.Connection c = db.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "update ticket set supervised_on = supervised_on - 1 where id = ?")) {
      s.setObject(1, UUID.fromString(fourDays));
      assertEquals(1, s.executeUpdate());
    }
    notices.send();
    notices.send();
    assertEquals(
        List.of("ticket.created", "ticket.overdue", "ticket.supervised", "ticket.supervised"),
        types(fourDays));
  }

  @Test
  void dueSoonAndOverdueAreAnnouncedOncePerEffectiveDeadline() {
    String unit = unit("政策研究室");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String soon =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(2), null, null))
            .getString("id");
    String late =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().minusDays(1), null, null))
            .getString("id");
    String far =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(40), null, null))
            .getString("id");
    notices.send();
    notices.send();
    assertEquals(List.of("ticket.created", "ticket.due_soon"), types(soon));
    assertEquals(List.of("ticket.created", "ticket.overdue"), types(late));
    assertEquals(List.of("ticket.created"), types(far));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + soon)
        .then()
        .header("ETag", "\"0@" + today() + "\"");

    // An approved extension into the window re-arms the due-soon notice for the new date.
    String ext =
        given()
            .auth()
            .oauth2(Tokens.reporter("王五", unit))
            .contentType(ContentType.JSON)
            .body("{\"newDeadline\": \"" + today().plusDays(5) + "\", \"reason\": \"等待验收\"}")
            .post("/api/v1/tickets/" + soon + "/extensions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.verifier("李四"))
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/extensions/" + ext + "/approve")
        .then()
        .statusCode(200);
    notices.send();
    assertEquals(
        List.of(
            "ticket.created",
            "ticket.due_soon",
            "ticket.extension_requested",
            "ticket.extension_approved",
            "ticket.due_soon"),
        types(soon));
  }
}
