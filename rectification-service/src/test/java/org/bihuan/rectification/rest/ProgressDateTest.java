package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The day a progress report speaks of lies between the day its ticket was created and today: a
 * report dated 1900-01-01 on a ticket created a minute earlier made "days since the last report"
 * 46,358. Without a date the report speaks of today.
 */
@QuarkusTest
class ProgressDateTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void aReportDatedBeforeTheTicketExistedIsRefusedAndChangesNothing() {
    String unit = unit("办公室");
    String reporter = Tokens.reporter("钱七", unit);
    String id = create(deadlineTicket(unit, today().plusDays(20))).getString("id");
    createdDaysAgo(dataSource, id, 3);
    act(reporter, id, "start", null).then().statusCode(200);
    String version =
        given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id).header("ETag");

    for (LocalDate wrong : new LocalDate[] {LocalDate.of(1900, 1, 1), today().minusDays(4)}) {
      progress(reporter, id, wrong, "补录")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("date"))
          .body(
              "errors[0].message",
              equalTo(
                  "must not be before "
                      + today().minusDays(3)
                      + ", the day the ticket was created"));
    }
    progress(reporter, id, today().plusDays(1), "预报")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("date"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo(version))
        .body("lastProgressOn", nullValue());

    // The day it was created is the earliest day a report may speak of.
    progress(reporter, id, today().minusDays(3), "召开动员会").then().statusCode(201);
  }

  @Test
  void aReportWithoutADateSpeaksOfToday() {
    String unit = unit("办公室");
    String reporter = Tokens.reporter("孙八", unit);
    String id = create(deadlineTicket(unit, today().plusDays(20))).getString("id");
    act(reporter, id, "start", null).then().statusCode(200);
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body("{\"note\": \"已完成第一次集中学习\"}")
        .post("/api/v1/tickets/" + id + "/progress")
        .then()
        .statusCode(201)
        .body("date", equalTo(today().toString()));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .body("lastProgressOn", equalTo(today().toString()));
  }

  /** Moves the ticket's creation {@code days} back, as if it had been created then. */
  static void createdDaysAgo(AgroalDataSource dataSource, String id, int days) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "update ticket set created_at = created_at - make_interval(days => ?) where id = ?")) {
      ps.setInt(1, days);
      ps.setObject(2, UUID.fromString(id));
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("No ticket " + id);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
