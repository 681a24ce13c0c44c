package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The ETag of a ticket changes when any byte of its body would: on a write, and when midnight in
 * the organisation's time zone changes the figures. A poller with If-None-Match gets 304 until
 * midnight and then 200 with overdue true; If-Match still compares only the version.
 */
@QuarkusTest
class DatedEtagTest {

  private static final ZoneId ORG = ZoneId.of("Asia/Shanghai");
  private static final LocalDate DAY = LocalDate.now(ORG);

  private static void clockAt(LocalDate date, LocalTime time) {
    QuarkusMock.installMockForType(
        new TicketFiguresTest.MovedClock(
            Clock.fixed(date.atTime(time).atZone(ORG).toInstant(), ORG)),
        OrganisationClock.class);
  }

  private static Response get(String id, String ifNoneMatch) {
    var req = given().auth().oauth2(Tokens.viewer());
    if (ifNoneMatch != null) {
      req = req.header("If-None-Match", ifNoneMatch);
    }
    return req.get("/api/v1/tickets/" + id);
  }

  private static Response list(String unit, String ifNoneMatch) {
    var req = given().auth().oauth2(Tokens.viewer()).queryParam("unit", unit);
    if (ifNoneMatch != null) {
      req = req.header("If-None-Match", ifNoneMatch);
    }
    return req.get("/api/v1/tickets");
  }

  @Test
  void aConditionalGetAnswers304UntilMidnightMakesTheTicketOverdueThen200() {
    clockAt(DAY, LocalTime.of(23, 59, 30));
    String unit = unit("纪检办");
    String dueToday = create(deadlineTicket(unit, DAY)).getString("id");
    String dueYesterday = create(deadlineTicket(unit, DAY.minusDays(1))).getString("id");

    Response before = get(dueToday, null);
    before.then().statusCode(200).body("overdue", equalTo(false)).body("dueSoon", equalTo(true));
    String tag = before.header("ETag");
    assertEquals("\"0@" + DAY + "\"", tag);
    get(dueToday, tag).then().statusCode(304);
    get(dueToday, "W/" + tag).then().statusCode(304);
    get(dueYesterday, null).then().statusCode(200).body("overdue", equalTo(true));
    Response listBefore = list(unit, null);
    listBefore
        .then()
        .statusCode(200)
        .body("items.overdue", equalTo(java.util.List.of(false, true)));
    String listTag = listBefore.header("ETag");
    list(unit, listTag).then().statusCode(304);

    // Midnight passes in Asia/Shanghai: no write, yet the body is different.
    clockAt(DAY.plusDays(1), LocalTime.of(0, 0, 30));
    Response after = get(dueToday, tag);
    after.then().statusCode(200).body("overdue", equalTo(true)).body("light", equalTo("RED"));
    String newTag = after.header("ETag");
    assertEquals("\"0@" + DAY.plusDays(1) + "\"", newTag);
    get(dueToday, newTag).then().statusCode(304);
    Response listAfter = list(unit, listTag);
    listAfter.then().statusCode(200).body("items.overdue", equalTo(java.util.List.of(true, true)));
    assertNotEquals(listTag, listAfter.header("ETag"));

    // Writes compare the version only: yesterday's tag of version 0 is still version 0.
    given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", tag)
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/tickets/" + dueToday + "/start")
        .then()
        .statusCode(200)
        .header("ETag", "\"1@" + DAY.plusDays(1) + "\"");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", tag)
        .contentType("application/json")
        .body("{\"comment\": \"重复\"}")
        .post("/api/v1/tickets/" + dueToday + "/cancel")
        .then()
        .statusCode(412);
    get(dueToday, newTag).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
  }
}
