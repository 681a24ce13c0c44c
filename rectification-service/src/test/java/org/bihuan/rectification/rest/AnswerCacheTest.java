package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.testing.AnotherReplica;
import org.bihuan.testing.StatementCounts;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A ticket's GET is answered from memory while the ticket is unchanged (docs/decisions/0174): no
 * statement for a 200 or a 304, yet never an answer older than a write this instance has
 * acknowledged, a change committed by another instance is seen within the follower's tick, a client
 * naming a newer version reads it, and midnight is a miss.
 */
@QuarkusTest
class AnswerCacheTest {

  private static final ZoneId ORG = ZoneId.of("Asia/Shanghai");

  @Inject EntityManagerFactory emf;

  private final StatementCounts counts =
      new StatementCounts(
          () -> emf.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount());
  @Inject AgroalDataSource dataSource;

  private static Response get(String id, String header, String value) {
    var r = given().auth().oauth2(Tokens.viewer());
    if (header != null) {
      r = r.header(header, value);
    }
    return r.get("/api/v1/tickets/" + id);
  }

  private static long version(Response r) {
    String tag = r.header("ETag");
    return Long.parseLong(tag.substring(1, tag.indexOf('@')));
  }

  /** Reads until an answer comes from memory (the follower starts with the first read). */
  private void awaitHit(String id) throws InterruptedException {
    counts.awaitFromMemory(() -> get(id, null, null), 200);
  }

  @Test
  void aHitCostsNoStatementAndAWriteThroughTheApiIsSeenAtOnce() throws Exception {
    String id = create(deadlineTicket(unit("缓存"), today().plusDays(5))).getString("id");
    awaitHit(id);
    String tag = get(id, null, null).header("ETag");
    counts.awaitFromMemory(() -> get(id, null, null), 200);
    counts.awaitFromMemory(() -> get(id, "If-None-Match", tag), 304);
    get(id, "If-None-Match", tag).then().statusCode(304).header("ETag", tag).body(emptyString());
    Response fromMemory = get(id, null, null);
    fromMemory
        .then()
        .header("Content-Type", "application/json;charset=UTF-8")
        .body("status", equalTo("ASSIGNED"));
    assertEquals("\"0@" + today() + "\"", fromMemory.header("ETag"));

    act(Tokens.admin(), id, "start", null).then().statusCode(200);
    Response after = get(id, "If-None-Match", tag);
    after.then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("version", equalTo(1));
    assertEquals("\"1@" + today() + "\"", after.header("ETag"));
    get(id, "If-Match", "\"0\"").then().statusCode(412).body("currentVersion", equalTo(1));
  }

  @Test
  void aCommitOfAnotherInstanceIsSeenWithinTheFollowersTick() throws Exception {
    String id = create(deadlineTicket(unit("缓存-副本"), today().plusDays(5))).getString("id");
    awaitHit(id);
    long committed = AnotherReplica.commitUpdate(dataSource, "ticket", "measure", "另一实例改写的措施", id);
    Response seen =
        AnotherReplica.readUntilSeen(committed, () -> get(id, null, null), r -> version(r) == 0);
    seen.then().body("measure", equalTo("另一实例改写的措施")).body("version", equalTo(1));
  }

  @Test
  void aCommitOfAnotherInstanceIsSeenBeforeItsEventHasAPosition() throws Exception {
    String id = create(deadlineTicket(unit("缓存-未定位"), today().plusDays(5))).getString("id");
    awaitHit(id);
    // No round can run: the other instance's event stays committed without a feed position, so
    // neither a notification nor the feed's new positions tell of it.
    try (AutoCloseable noRound = AnotherReplica.holdFeedLock(dataSource)) {
      long committed =
          AnotherReplica.commitUpdateBeforeItsRound(dataSource, "ticket", "measure", "轮次之前的改写", id);
      Response seen =
          AnotherReplica.readUntilSeen(committed, () -> get(id, null, null), r -> version(r) == 0);
      seen.then().body("measure", equalTo("轮次之前的改写")).body("version", equalTo(1));
    }
  }

  @Test
  void aTagOfANewerVersionReadsTheDatabaseAndRefreshesTheAnswer() throws Exception {
    String id = create(deadlineTicket(unit("缓存-新版"), today().plusDays(5))).getString("id");
    awaitHit(id);
    // The row changes without an event (as a replica's commit before the follower sees it): a
    // client that wrote it there names version 1, and is not answered with version 0.
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement("update ticket set version = version + 1 where id = ?")) {
      update.setObject(1, UUID.fromString(id));
      update.executeUpdate();
    }
    String newer = "\"1@" + today() + "\"";
    get(id, "If-None-Match", newer).then().statusCode(304).header("ETag", newer);
    Response refreshed = get(id, null, null);
    refreshed.then().statusCode(200).body("version", equalTo(1));
    get(id, "If-Match", "\"1\"").then().statusCode(200).body("version", equalTo(1));
  }

  @Test
  void midnightIsAMissAndThePollerLearnsTheTicketIsOverdue() throws Exception {
    LocalDate day = LocalDate.now(ORG);
    clockAt(day, LocalTime.of(23, 59, 30));
    String id = create(deadlineTicket(unit("缓存-午夜"), day)).getString("id");
    awaitHit(id);
    Response before = get(id, null, null);
    before.then().body("overdue", equalTo(false));
    String tag = before.header("ETag");
    counts.awaitFromMemory(() -> get(id, "If-None-Match", tag), 304);

    clockAt(day.plusDays(1), LocalTime.of(0, 0, 30));
    Response after = get(id, "If-None-Match", tag);
    after.then().statusCode(200).body("overdue", equalTo(true));
    assertEquals("\"0@" + day.plusDays(1) + "\"", after.header("ETag"));
    get(id, "If-None-Match", after.header("ETag")).then().statusCode(304);
  }

  private static void clockAt(LocalDate date, LocalTime time) {
    QuarkusMock.installMockForType(
        new TicketFiguresTest.MovedClock(
            Clock.fixed(date.atTime(time).atZone(ORG).toInstant(), ORG)),
        OrganisationClock.class);
  }

  @Test
  void readersNeverSeeAVersionOlderThanOneAcknowledgedToTheWriter() throws Exception {
    String id = create(deadlineTicket(unit("缓存-并发"), today().plusDays(5))).getString("id");
    act(Tokens.admin(), id, "start", null).then().statusCode(200);
    TicketFixtures.progress(Tokens.admin(), id, today(), "已开展整改").then().statusCode(201);
    awaitHit(id);
    long acknowledged =
        StaleReads.check(
            id,
            version(get(id, null, null)),
            n ->
                new LongSupplier() {
                  private String tag;

                  @Override
                  public long getAsLong() {
                    Response r =
                        n % 2 == 0 || tag == null
                            ? get(id, null, null)
                            : get(id, "If-None-Match", tag);
                    if (r.statusCode() != 304) {
                      tag = r.header("ETag"); // a 304 confirms the tag this reader holds
                    }
                    return Long.parseLong(tag.substring(1, tag.indexOf('@')));
                  }
                },
            AnswerCacheTest::version);
    assertEquals(acknowledged, version(get(id, null, null)));
  }
}
