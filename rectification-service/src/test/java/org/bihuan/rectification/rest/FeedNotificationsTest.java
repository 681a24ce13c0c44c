package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.bihuan.platform.feed.FeedNotifications;
import org.bihuan.testing.AnotherReplica;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Another instance's commit reaches the answers kept in memory through the change feed's
 * notification (docs/decisions/0214), not the follower's tick: here the tick is an hour, so only
 * the notification can make the change seen while answers come from memory. A listening connection
 * ended by the server is opened again, and the commits of the gap are seen.
 */
@QuarkusTest
@TestProfile(FeedNotificationsTest.HourlyTick.class)
class FeedNotificationsTest {

  /**
   * The follower reads the feed once an hour: what is seen sooner was pushed. An instance counts
   * itself alone after 3 s without another (AloneInstanceAnswersAtOnceTest).
   */
  public static class HourlyTick implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "bihuan.answer-cache.follow-interval", "PT1H",
          "bihuan.feed-notifications.backoff-min", "PT1S",
          "bihuan.feed-notifications.alone-after", "PT3S");
    }
  }

  static final String CHECK = "checks.find { it.name == 'feed-notifications' }.data";

  @Inject EntityManagerFactory emf;
  @Inject AgroalDataSource dataSource;

  static Response get(String id, String ifNoneMatch) {
    var r = given().auth().oauth2(Tokens.viewer());
    if (ifNoneMatch != null) {
      r = r.header("If-None-Match", ifNoneMatch);
    }
    return r.get("/api/v1/tickets/" + id);
  }

  static <T> T health(String data) {
    return given().get("/q/health/ready").then().extract().path(CHECK + "." + data);
  }

  /** Reads until {@code done} holds; fails after {@code seconds} (far below the tick). */
  static <T> T until(int seconds, Supplier<T> read, Predicate<T> done) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    T last;
    while (!done.test(last = read.get())) {
      assertTrue(System.nanoTime() < deadline, "not reached within " + seconds + " s: " + last);
      Thread.sleep(20);
    }
    return last;
  }

  static long statements(EntityManagerFactory emf, Supplier<Response> call, int status) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    long before = stats.getPrepareStatementCount();
    call.get().then().statusCode(status);
    return stats.getPrepareStatementCount() - before;
  }

  /** Reads until an answer costs no statement: the cache answers. */
  static void awaitFromMemory(EntityManagerFactory emf, Supplier<Response> read, int status)
      throws InterruptedException {
    until(30, () -> statements(emf, read, status), n -> n == 0);
  }

  static int terminateListener(AgroalDataSource dataSource) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where application_name = ? and datname = current_database()")) {
      ps.setString(1, FeedNotifications.APPLICATION_NAME);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  @Test
  void anotherInstancesCommitIsSeenAtItsNotificationWithoutTheTick() throws Exception {
    String id = create(deadlineTicket(unit("推送"), today().plusDays(5))).getString("id");
    awaitFromMemory(emf, () -> get(id, null), 200);
    String tag = get(id, null).header("ETag");
    awaitFromMemory(emf, () -> get(id, tag), 304);
    assertEquals(Boolean.TRUE, health("listening"));
    Number connections = health("connections");
    Number heard = health("notifications");

    AnotherReplica.commitUpdate(dataSource, "ticket", "measure", "另一实例推送的措施", id);
    Response seen = until(30, () -> get(id, tag), r -> r.statusCode() != 304);
    seen.then().statusCode(200).body("measure", equalTo("另一实例推送的措施")).body("version", equalTo(1));
    // Seen on the same connection (no new LISTEN, hence no follower read since), by a notification.
    assertEquals(connections.longValue(), ((Number) health("connections")).longValue());
    assertTrue(((Number) health("notifications")).longValue() > heard.longValue());
    // And the new answer is kept: the cache answers again while the tick has not run.
    String newTag = seen.header("ETag");
    awaitFromMemory(emf, () -> get(id, newTag), 304);
  }

  @Test
  void aDroppedListeningConnectionIsOpenedAgainAndTheGapIsSeen() throws Exception {
    String id = create(deadlineTicket(unit("推送-断开"), today().plusDays(5))).getString("id");
    awaitFromMemory(emf, () -> get(id, null), 200);
    String tag = get(id, null).header("ETag");
    until(30, () -> health("listening"), Boolean.TRUE::equals);
    long connections = ((Number) health("connections")).longValue();

    assertEquals(1, terminateListener(dataSource));
    // Committed while the connection is gone or being opened again: no notification reaches this
    // instance; the answer must change anyway.
    AnotherReplica.commitUpdate(dataSource, "ticket", "measure", "断开期间的措施", id);
    Response seen = until(30, () -> get(id, tag), r -> r.statusCode() != 304);
    seen.then().statusCode(200).body("measure", equalTo("断开期间的措施"));

    until(30, () -> ((Number) health("connections")).longValue(), n -> n == connections + 1);
    assertEquals(Boolean.TRUE, health("listening"));
    given()
        .get("/q/health/ready")
        .then()
        .body(CHECK + ".droppedAt", org.hamcrest.Matchers.notNullValue());

    // Listening again: answers come from memory, and the next commit is pushed.
    String tag1 = seen.header("ETag");
    awaitFromMemory(emf, () -> get(id, tag1), 304);
    AnotherReplica.commitUpdate(dataSource, "ticket", "measure", "重新监听后的措施", id);
    until(30, () -> get(id, tag1), r -> r.statusCode() != 304)
        .then()
        .statusCode(200)
        .body("measure", equalTo("重新监听后的措施"))
        .body("version", equalTo(2));
    assertEquals(connections + 1, ((Number) health("connections")).longValue());
  }
}
