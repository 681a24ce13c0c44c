package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.testing.AnotherReplica;
import org.bihuan.testing.StatementCounts;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Pages of the ticket list and the batch status read are answered from memory while no ticket
 * changed (docs/decisions/0179): no statement for a 200 or a 304, yet the next read after any
 * ticket's write is fresh, another instance's commit is seen within the follower's tick, midnight
 * is a miss, and every caller gets the one page all callers are shown.
 */
@QuarkusTest
class ListAnswerCacheTest {

  private static final ZoneId ORG = ZoneId.of("Asia/Shanghai");

  @Inject EntityManagerFactory emf;

  private final StatementCounts counts =
      new StatementCounts(
          () -> emf.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount());
  @Inject AgroalDataSource dataSource;

  private static Response page(String token, String unit, String ifNoneMatch) {
    var r = given().auth().oauth2(token).queryParam("unit", unit).queryParam("limit", 50);
    if (ifNoneMatch != null) {
      r = r.header("If-None-Match", ifNoneMatch);
    }
    return r.get("/api/v1/tickets");
  }

  private static Response page(String unit) {
    return page(Tokens.viewer(), unit, null);
  }

  /**
   * Reads until a page comes from memory (the follower starts with the first read); fails when none
   * does within 5 s, as without pages kept in memory.
   */
  private void awaitHit(Supplier<Response> read) throws InterruptedException {
    counts.awaitFromMemory(read, 200);
  }

  @Test
  void aPageReadAgainCostsNoStatementAndIsTheSameAnswer() throws Exception {
    String unit = unit("列表缓存");
    for (int i = 0; i < 3; i++) {
      create(deadlineTicket(unit, today().plusDays(5 + i)));
    }
    Response fromDatabase =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .header("Cache-Control", "no-cache")
            .queryParam("unit", unit)
            .queryParam("limit", 50)
            .get("/api/v1/tickets");
    fromDatabase.then().statusCode(200);
    awaitHit(() -> page(unit));
    Response fromMemory = page(unit);
    counts.awaitFromMemory(() -> page(unit), 200);
    assertArrayEquals(fromDatabase.asByteArray(), fromMemory.asByteArray());
    assertEquals(fromDatabase.header("ETag"), fromMemory.header("ETag"));
    assertEquals(fromDatabase.header("Content-Type"), fromMemory.header("Content-Type"));
    fromMemory.then().body("items.size()", equalTo(3));
    String tag = fromMemory.header("ETag");
    counts.awaitFromMemory(() -> page(Tokens.viewer(), unit, tag), 304);
    page(Tokens.viewer(), unit, tag).then().statusCode(304).header("ETag", tag).body(emptyString());

    String ids = String.join(",", fromMemory.jsonPath().getList("items.id", String.class));
    Supplier<Response> batch =
        () -> given().auth().oauth2(Tokens.viewer()).queryParam("ids", ids).get("/api/v1/tickets");
    awaitHit(batch);
    counts.awaitFromMemory(batch, 200);
    batch.get().then().body("items.id", equalTo(fromMemory.jsonPath().getList("items.id")));
  }

  @Test
  void aWriteOfAnyTicketMakesTheNextPageFresh() throws Exception {
    String unit = unit("列表缓存-写");
    String id = create(deadlineTicket(unit, today().plusDays(5))).getString("id");
    String elsewhere = create(deadlineTicket(unit("列表缓存-别处"), today().plusDays(5))).getString("id");
    awaitHit(() -> page(unit));
    String tag = page(unit).header("ETag");

    // A ticket not on the page changes: the page is read again (its type changed), same answer.
    act(Tokens.admin(), elsewhere, "start", null).then().statusCode(200);
    assertTrue(counts.of(() -> page(unit), 200) >= 1, "the first read after a write");
    page(Tokens.viewer(), unit, tag).then().statusCode(304);

    awaitHit(() -> page(unit));
    act(Tokens.admin(), id, "start", null).then().statusCode(200);
    Response after = page(Tokens.viewer(), unit, tag);
    after.then().statusCode(200).body("items[0].status", equalTo("IN_PROGRESS"));
    assertNotEquals(tag, after.header("ETag"));
  }

  @Test
  void aCommitOfAnotherInstanceIsSeenWithinTheFollowersTick() throws Exception {
    String unit = unit("列表缓存-副本");
    String id = create(deadlineTicket(unit, today().plusDays(5))).getString("id");
    awaitHit(() -> page(unit));
    long committed = AnotherReplica.commitUpdate(dataSource, "ticket", "measure", "另一实例改写的措施", id);
    Response seen =
        AnotherReplica.readUntilSeen(
            committed, () -> page(unit), r -> r.jsonPath().getInt("items[0].version") == 0);
    seen.then().body("items[0].measure", equalTo("另一实例改写的措施"));
  }

  @Test
  void midnightIsAMissAndThePageShowsTheTicketOverdue() throws Exception {
    LocalDate day = LocalDate.now(ORG);
    clockAt(day, LocalTime.of(23, 59, 30));
    String unit = unit("列表缓存-午夜");
    create(deadlineTicket(unit, day));
    awaitHit(() -> page(unit));
    Response before = page(unit);
    before.then().body("items[0].overdue", equalTo(false));
    String tag = before.header("ETag");
    counts.awaitFromMemory(() -> page(Tokens.viewer(), unit, tag), 304);

    clockAt(day.plusDays(1), LocalTime.of(0, 0, 30));
    Response after = page(Tokens.viewer(), unit, tag);
    after.then().statusCode(200).body("items[0].overdue", equalTo(true));
    assertNotEquals(tag, after.header("ETag"));
    page(Tokens.viewer(), unit, after.header("ETag")).then().statusCode(304);
  }

  private static void clockAt(LocalDate date, LocalTime time) {
    QuarkusMock.installMockForType(
        new TicketFiguresTest.MovedClock(
            Clock.fixed(date.atTime(time).atZone(ORG).toInstant(), ORG)),
        OrganisationClock.class);
  }

  /**
   * A ticket's view has nothing per caller (no actions offered, no field hidden, no unit-scoped
   * visibility: every role reads every ticket), so a page kept for one caller is the answer for
   * every other; the role check still runs before it.
   */
  @Test
  void callersOfDifferentRolesAndUnitsAreShownThePageEveryCallerIsShown() throws Exception {
    String unit = unit("列表缓存-角色");
    create(deadlineTicket(unit, today().plusDays(5)));
    create(deadlineTicket(unit("列表缓存-他处"), today().plusDays(5)));
    String reporterOfAnotherUnit = Tokens.reporter("王填报", "他处单位");
    awaitHit(() -> page(reporterOfAnotherUnit, unit, null));
    byte[] reporters = page(reporterOfAnotherUnit, unit, null).asByteArray();
    for (String caller :
        List.of(
            Tokens.viewer(),
            Tokens.admin(),
            Tokens.verifier("李审核"),
            Tokens.reporter("张填报", unit))) {
      Response r = page(caller, unit, null);
      assertArrayEquals(reporters, r.asByteArray());
      counts.awaitFromMemory(() -> page(caller, unit, null), 200);
    }
    page(Tokens.token("nobody", "无角色", null), unit, null).then().statusCode(403);
    page(Tokens.token("blank", "空单位", " ", "viewer"), unit, null).then().statusCode(403);
  }

  @Test
  void pageReadersNeverSeeAVersionOlderThanOneAcknowledgedToTheWriter() throws Exception {
    String unit = unit("列表缓存-并发");
    String id = create(deadlineTicket(unit, today().plusDays(5))).getString("id");
    act(Tokens.admin(), id, "start", null).then().statusCode(200);
    TicketFixtures.progress(Tokens.admin(), id, today(), "已开展整改").then().statusCode(201);
    awaitHit(() -> page(unit));
    long acknowledged =
        StaleReads.check(
            id,
            page(unit).jsonPath().getLong("items[0].version"),
            n -> () -> page(unit).jsonPath().getLong("items[0].version"),
            w -> w.jsonPath().getLong("version"));
    assertEquals(acknowledged, page(unit).jsonPath().getLong("items[0].version"));
  }
}
