package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The ticket view (and so the change feed) carries the latest progress report's date and note. */
@QuarkusTest
class LatestProgressTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void theLatestDatedProgressNoteTravelsInTheTicketViewAndTheFeed() {
    // The test's events come after the feed's head now, however long the feed already is.
    long head = FeedHead.position();
    String unit = unit("办公室");
    String reporter = Tokens.reporter("赵六", unit);
    String id = create(deadlineTicket(unit, today().plusDays(20))).getString("id");
    // Created a week ago, so that reports may be dated on the days since.
    ProgressDateTest.createdDaysAgo(dataSource, id, 7);
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today().minusDays(1), "已制定学习计划").then().statusCode(201);
    // Filed late: dated before the latest report, so it does not become the latest.
    progress(reporter, id, today().minusDays(5), "召开动员会").then().statusCode(201);

    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("lastProgressOn", equalTo(today().minusDays(1).toString()))
        .body("lastProgressNote", equalTo("已制定学习计划"));

    JsonPath feed =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("after", head)
            .queryParam("limit", 1000)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> reported =
        feed.getList(
            "events.findAll { it.resourceId == '"
                + id
                + "' && it.type == 'ticket.progress_reported' }.data");
    assertEquals(2, reported.size());
    assertEquals("已制定学习计划", reported.get(0).get("lastProgressNote"));
    assertEquals("已制定学习计划", reported.get(1).get("lastProgressNote"));
    assertEquals(today().minusDays(1).toString(), reported.get(1).get("lastProgressOn"));
  }
}
