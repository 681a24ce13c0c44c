package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.FeedNotificationsTest.awaitFromMemory;
import static org.bihuan.rectification.rest.FeedNotificationsTest.get;
import static org.bihuan.rectification.rest.FeedNotificationsTest.health;
import static org.bihuan.rectification.rest.FeedNotificationsTest.statements;
import static org.bihuan.rectification.rest.FeedNotificationsTest.until;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import java.util.function.Supplier;
import org.bihuan.platform.feed.FeedNotifications;
import org.bihuan.testing.AnotherReplica;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A commit another instance has made and been answered for is never served stale from memory
 * (docs/decisions/0313): here the follower's tick is an hour and the thread that takes the
 * notifications in is held while the commit is made, so the notification it would handle cannot
 * evict — the answer to a read that arrives after the commit is current all the same: the single
 * read before Quarkus REST, the one through it, and a page of the list. While the connection that
 * tells it is down, answers come from the database. Another replica is present on the database
 * throughout the first test: alone, an instance answers from memory at once ({@link
 * AloneInstanceAnswersAtOnceTest}).
 */
@QuarkusTest
@TestProfile(CommitsBeforeAReadTest.HeldListener.class)
class CommitsBeforeAReadTest {

  /** The follower reads once an hour, and a listener held for the test still counts as checked. */
  public static class HeldListener implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "bihuan.answer-cache.follow-interval", "PT1H",
          "bihuan.answer-cache.max-lag", "PT1H",
          "bihuan.feed-notifications.backoff-min", "PT3S");
    }
  }

  @Inject EntityManagerFactory emf;
  @Inject AgroalDataSource dataSource;

  static Response list(String unit, String ifNoneMatch) {
    var r = given().auth().oauth2(Tokens.viewer()).queryParam("unit", unit);
    if (ifNoneMatch != null) {
      r = r.header("If-None-Match", ifNoneMatch);
    }
    return r.get("/api/v1/tickets");
  }

  /** Through Quarkus REST: an Accept the route before it does not judge. */
  static Response viaRest(String id, String ifNoneMatch) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("Accept", "application/json, */*")
        .header("If-None-Match", ifNoneMatch)
        .get("/api/v1/tickets/" + id);
  }

  /** Runs {@code commit} while the listener's thread is suspended, then reads with {@code read}. */
  @SuppressWarnings({"deprecation", "removal"})
  static <T> T whileListenerHeld(ThrowingRunnable commit, Supplier<T> read) throws Exception {
    // Thread.suspend holds the listener where it stands, which nothing else can do from outside the
    // thread; from Java 20 on it throws, so there the test cannot be made and says so.
    Assumptions.assumeTrue(
        Runtime.version().feature() < 20,
        "holding the listener's thread needs Thread.suspend, which Java 20 and later refuse");
    Thread listener =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("feed-notifications"))
            .findFirst()
            .orElseThrow();
    listener.suspend();
    try {
      commit.run();
      return read.get();
    } finally {
      listener.resume();
    }
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void aCommitAnsweredBeforeTheReadIsSeenWhateverTheListenerIsDoing() throws Exception {
    try (AutoCloseable replica =
        AnotherReplica.present(dataSource, FeedNotifications.SYNC_APPLICATION_NAME)) {
      until(30, () -> health("syncOthers"), n -> ((Number) n).longValue() == 1);
      seenWhateverTheListenerIsDoing();
    }
  }

  private void seenWhateverTheListenerIsDoing() throws Exception {
    String u = unit("已确认提交");
    String id = create(deadlineTicket(u, today().plusDays(5))).getString("id");
    String other = create(deadlineTicket(u, today().plusDays(6))).getString("id");

    // One ticket, answered before Quarkus REST.
    awaitFromMemory(emf, () -> get(id, null), 200);
    until(30, () -> health("syncListening"), Boolean.TRUE::equals);
    String tag = get(id, null).header("ETag");
    awaitFromMemory(emf, () -> get(id, tag), 304);
    Response seen =
        whileListenerHeld(
            () -> AnotherReplica.commitUpdate(dataSource, "ticket", "measure", "已答复的措施", id),
            () -> get(id, tag));
    seen.then().statusCode(200).body("measure", equalTo("已答复的措施")).body("version", equalTo(1));

    // One ticket through Quarkus REST.
    String newTag = seen.header("ETag");
    awaitFromMemory(emf, () -> viaRest(id, newTag), 304);
    Response viaRest =
        whileListenerHeld(
            () -> AnotherReplica.commitUpdate(dataSource, "ticket", "measure", "第二次措施", id),
            () -> viaRest(id, newTag));
    viaRest.then().statusCode(200).body("measure", equalTo("第二次措施")).body("version", equalTo(2));

    // A page of the list.
    awaitFromMemory(emf, () -> list(u, null), 200);
    String listTag = list(u, null).header("ETag");
    awaitFromMemory(emf, () -> list(u, listTag), 304);
    Response page =
        whileListenerHeld(
            () -> AnotherReplica.commitUpdate(dataSource, "ticket", "measure", "列表措施", other),
            () -> list(u, listTag));
    page.then().statusCode(200).body("items.measure", hasItem("列表措施"));
  }

  @Test
  void whileTheConnectionThatTellsIsDownAnswersComeFromTheDatabase() throws Exception {
    String id = create(deadlineTicket(unit("告知断开"), today().plusDays(5))).getString("id");
    awaitFromMemory(emf, () -> get(id, null), 200);
    String tag = get(id, null).header("ETag");
    until(30, () -> health("syncListening"), Boolean.TRUE::equals);
    long connections = ((Number) health("syncConnections")).longValue();

    // Opened again only after three seconds: the reads in between are answered meanwhile.
    assertEquals(1, terminateSync());
    until(30, () -> health("syncListening"), Boolean.FALSE::equals);
    assertTrue(statements(emf, () -> get(id, tag), 304) > 0, "a 304 from memory");
    assertTrue(statements(emf, () -> get(id, null), 200) > 0, "a 200 from memory");
    assertTrue(statements(emf, () -> viaRest(id, tag), 304) > 0, "a 304 from memory");
    until(30, () -> ((Number) health("syncConnections")).longValue(), n -> n == connections + 1);
    awaitFromMemory(emf, () -> get(id, tag), 304);
  }

  int terminateSync() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where application_name = ? and datname = current_database()")) {
      ps.setString(1, FeedNotifications.SYNC_APPLICATION_NAME);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
