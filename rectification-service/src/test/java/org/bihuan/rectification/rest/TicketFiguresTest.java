package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.rectification.rest.TicketSteps.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The figures in views and the overdue/light filters in SQL agree, as time moves (the organisation
 * clock is replaced to move it).
 */
@QuarkusTest
class TicketFiguresTest {

  private static final ZoneId ORG = ZoneId.of("Asia/Shanghai");

  /** The organisation's clock, moved by a fixed amount or stopped at an instant. */
  static class MovedClock extends OrganisationClock {
    private final Clock clock;

    MovedClock(Clock clock) {
      super(ORG);
      this.clock = clock;
    }

    @Override
    public Clock clock() {
      return clock;
    }
  }

  private static void moveBy(Duration d) {
    QuarkusMock.installMockForType(
        new MovedClock(Clock.offset(Clock.system(ORG), d)), OrganisationClock.class);
  }

  private static List<String> ids(String unit, String... query) {
    List<String> all = new ArrayList<>();
    String cursor = null;
    do {
      var req =
          given().auth().oauth2(Tokens.viewer()).queryParam("unit", unit).queryParam("limit", 2);
      for (int i = 0; i < query.length; i += 2) {
        req = req.queryParam(query[i], query[i + 1]);
      }
      if (cursor != null) {
        req = req.queryParam("cursor", cursor);
      }
      JsonPath page = req.get("/api/v1/tickets").then().statusCode(200).extract().jsonPath();
      all.addAll(page.getList("items.id"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return all;
  }

  @Test
  void overdueStaleAndLightsAgreeBetweenViewsAndFiltersAsTimeMoves() {
    String unit = unit("党建办");
    String reporter = Tokens.reporter("王五", unit);
    LocalDate today = LocalDate.now(ORG);
    UUID source = UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(source);
    Map<String, String> t = new LinkedHashMap<>();
    t.put(
        "dueIn3",
        create(ticketJson(problem, unit, "张三", "DEADLINE", today.plusDays(3), null, null))
            .getString("id"));
    t.put(
        "weekly",
        create(ticketJson(problem, unit, "李四", "LONG_TERM", null, "WEEK", null)).getString("id"));
    t.put(
        "dueIn30",
        create(ticketJson(problem, unit, "张三", "DEADLINE", today.plusDays(30), null, null))
            .getString("id"));
    String submitted =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", today.plusDays(3), null, null))
            .getString("id");
    act(reporter, submitted, "start", null).then().statusCode(200);
    progress(reporter, submitted, today, "已完成").then().statusCode(201);
    act(reporter, submitted, "submit", null).then().statusCode(200);
    t.put("submitted", submitted);
    String extended =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today.plusDays(3), null, null))
            .getString("id");
    String ext =
        given()
            .auth()
            .oauth2(reporter)
            .contentType(ContentType.JSON)
            .body("{\"newDeadline\": \"" + today.plusDays(60) + "\", \"reason\": \"需要上级批复\"}")
            .post("/api/v1/tickets/" + extended + "/extensions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.verifier("李四"))
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"同意\"}")
        .post("/api/v1/extensions/" + ext + "/approve")
        .then()
        .statusCode(200);
    t.put("extended", extended);

    // Today: only the ticket due in three days is yellow; nothing is overdue.
    assertEquals(List.of(t.get("dueIn3")), ids(unit, "light", "YELLOW"));
    assertEquals(List.of(), ids(unit, "overdue", "true"));
    assertEquals(List.copyOf(t.values()), ids(unit));
    assertAgree(unit, t);

    // Ten days on: the first is overdue, the weekly one has missed its report, the submitted one
    // was on time, the extended one is still within its new deadline.
    moveBy(Duration.ofDays(10));
    assertEquals(List.of(t.get("dueIn3")), ids(unit, "overdue", "true"));
    assertEquals(List.of(t.get("dueIn3")), ids(unit, "light", "RED"));
    assertEquals(List.of(t.get("weekly")), ids(unit, "light", "YELLOW"));
    assertEquals(
        List.of(t.get("dueIn30"), t.get("submitted"), t.get("extended")),
        ids(unit, "light", "GREEN"));
    assertEquals(true, get(t.get("weekly")).getBoolean("stale"));
    assertAgree(unit, t);

    // A progress report clears the weekly ticket's staleness.
    progress(reporter, t.get("weekly"), today.plusDays(10), "本周开展谈心谈话").then().statusCode(201);
    assertEquals(false, get(t.get("weekly")).getBoolean("stale"));
    assertEquals(List.of(), ids(unit, "light", "YELLOW"));
    assertAgree(unit, t);

    // Other filters.
    assertEquals(List.of(t.get("weekly")), ids(unit, "person", "李四"));
    assertEquals(5, ids(unit, "sourceId", source.toString()).size());
    assertEquals(5, ids(unit, "problemId", problem.toString(), "leader", "李书记").size());
    assertEquals(List.of(t.get("submitted")), ids(unit, "status", "SUBMITTED"));
    assertEquals(4, ids(unit, "status", "ASSIGNED,IN_PROGRESS").size());
    assertEquals(
        List.of(t.get("dueIn3"), t.get("submitted")),
        ids(unit, "dueBefore", today.plusDays(4).toString()));
  }

  @Test
  void justAfterMidnightInShanghaiYesterdaysDeadlineIsOverdueThoughUtcIsStillYesterday() {
    // 00:30 on 16 June 2030 in Shanghai is 16:30 on 15 June in UTC.
    Instant instant = Instant.parse("2030-06-15T16:30:00Z");
    QuarkusMock.installMockForType(
        new MovedClock(Clock.fixed(instant, ORG)), OrganisationClock.class);
    String unit = unit("巡察办");
    String id =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    "张三",
                    "DEADLINE",
                    LocalDate.parse("2030-06-15"),
                    null,
                    null))
            .getString("id");
    JsonPath t = get(id);
    assertEquals(true, t.getBoolean("overdue"));
    assertEquals("RED", t.getString("light"));
    assertEquals(List.of(id), ids(unit, "overdue", "true"));
    // IMMEDIATE without a deadline gets 30 days from the Shanghai date, not the UTC one.
    String immediate =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    "张三",
                    "IMMEDIATE",
                    null,
                    null,
                    null))
            .getString("id");
    assertEquals("2030-07-16", get(immediate).getString("deadline"));
  }

  @Test
  void aWeeklyTicketWithoutReportsForTwoWeeksIsStagnantAndTheViewAndFeedPublishTheDates() {
    Instant created = Instant.parse("2031-03-02T16:30:00Z"); // 00:30 on 3 March in Shanghai
    QuarkusMock.installMockForType(
        new MovedClock(Clock.fixed(created, ORG)), OrganisationClock.class);
    String unit = unit("宣传部");
    String reporter = Tokens.reporter("周七", unit);
    long head = org.bihuan.testing.FeedHead.position();
    String id =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    "周七",
                    "DEADLINE",
                    LocalDate.parse("2031-12-31"),
                    "WEEK",
                    null))
            .getString("id");
    JsonPath t = get(id);
    assertEquals("2031-03-10", t.getString("reportDue"));
    assertEquals("2031-03-18", t.getString("stagnantFrom"));
    assertEquals(false, t.getBoolean("stagnant"));

    // 17 March: stale for a week, not yet stagnant; 18 March: stagnant.
    QuarkusMock.installMockForType(
        new MovedClock(Clock.fixed(Instant.parse("2031-03-17T03:00:00Z"), ORG)),
        OrganisationClock.class);
    assertEquals(true, get(id).getBoolean("stale"));
    assertEquals(false, get(id).getBoolean("stagnant"));
    Instant stagnantDay = Instant.parse("2031-03-17T16:00:00Z"); // midnight of 18 March there
    QuarkusMock.installMockForType(
        new MovedClock(Clock.fixed(stagnantDay, ORG)), OrganisationClock.class);
    assertEquals(true, get(id).getBoolean("stagnant"));
    assertEquals("YELLOW", get(id).getString("light"));

    // A progress report starts both intervals again, from the day it is recorded.
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, LocalDate.parse("2031-03-15"), "已开展专题学习").then().statusCode(201);
    t = get(id);
    assertEquals(false, t.getBoolean("stagnant"));
    assertEquals(false, t.getBoolean("stale"));
    assertEquals("2031-03-25", t.getString("reportDue"));
    assertEquals("2031-04-02", t.getString("stagnantFrom"));

    // The feed carries the same dates to its consumers.
    act(reporter, id, "submit", null).then().statusCode(200);
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
    Map<String, Object> submitted =
        feed.getMap(
            "events.find { it.resourceId == '" + id + "' && it.type == 'ticket.submitted' }.data");
    assertEquals("2031-03-25", submitted.get("reportDue"));
    assertEquals("2031-04-02", submitted.get("stagnantFrom"));
    assertEquals("2031-03-18", submitted.get("submittedOn"));
    assertEquals(false, submitted.get("stagnant"));
  }

  /** Every ticket listed under a light or overdue filter shows that light or overdue itself. */
  private static void assertAgree(String unit, Map<String, String> tickets) {
    for (String light : List.of("RED", "YELLOW", "GREEN")) {
      for (String id : ids(unit, "light", light)) {
        assertEquals(light, get(id).getString("light"), id);
      }
    }
    List<String> overdue = ids(unit, "overdue", "true");
    List<String> notOverdue = ids(unit, "overdue", "false");
    assertEquals(tickets.size(), overdue.size() + notOverdue.size());
    for (String id : tickets.values()) {
      assertTrue(get(id).getBoolean("overdue") == overdue.contains(id), id);
    }
  }
}
