package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A background loop that really stalls (docs/decisions/0350): the webhook tick blocked on the
 * outbox's table, which another transaction holds locked (its dispatching insert or its sender's
 * read waits: a lock on the dispatch position alone is skipped, 0355), and the feed follower's read
 * that problem-service never answers. While one is stalled, /q/health/live is DOWN (background-work
 * names it), /q/health/ready stays UP saying degraded, and tickets are read; once it moves again,
 * both are UP and not degraded.
 */
@QuarkusTest
@TestProfile(StalledBackgroundWorkTest.ShortStall.class)
class StalledBackgroundWorkTest {

  /** A step stalls after 2 s without progress; the feed's long poll waits 1 s. */
  public static class ShortStall implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "bihuan.health.stalled-after", "PT2S",
          "bihuan.problem-feed.wait-seconds", "1");
    }
  }

  private static final String CHECK = "checks.find { it.name == 'background-work' }";

  @Inject AgroalDataSource dataSource;

  private static JsonPath health(String which) {
    return given().get("/q/health/" + which).then().extract().jsonPath();
  }

  /** Waits up to 30 s until liveness's background-work check says {@code loop} is {@code state}. */
  private static void awaitLive(String loop, String state, String status)
      throws InterruptedException {
    long until = System.nanoTime() + 30_000_000_000L;
    String seen = null;
    while (System.nanoTime() < until) {
      JsonPath live = health("live");
      seen =
          live.getString(CHECK + ".data.'" + loop + "'") + " " + live.getString(CHECK + ".status");
      if (seen.equals(state + " " + status)) {
        return;
      }
      Thread.sleep(200);
    }
    assertEquals(state + " " + status, seen);
  }

  private static void readsStillWork() {
    given().auth().oauth2(Tokens.admin()).get("/api/v1/tickets?limit=1").then().statusCode(200);
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(CHECK + ".status", equalTo("UP"))
        .body(CHECK + ".data.degraded", equalTo(true));
  }

  @Test
  void aWebhookTickBlockedOnALockIsDownInLivenessAndDegradedInReadiness() throws Exception {
    awaitLive("webhooks", "idle", "UP");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement("lock table webhook_delivery in access exclusive mode")) {
        ps.execute();
      }
      try {
        awaitLive("webhooks", "stalled", "DOWN");
        given().get("/q/health/live").then().statusCode(503);
        readsStillWork();
      } finally {
        c.rollback();
      }
    }
    awaitLive("webhooks", "idle", "UP");
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(CHECK + ".data.degraded", equalTo(false));
  }

  @Test
  void aFeedReadProblemServiceNeverAnswersIsDownInLivenessAndDegradedInReadiness()
      throws Exception {
    awaitLive("problem-feed", "idle", "UP");
    ProblemServiceStub.feedDelays(15_000);
    try {
      awaitLive("problem-feed", "stalled", "DOWN");
      readsStillWork();
      given()
          .get("/q/health/ready")
          .then()
          .body("checks.find { it.name == 'problem-feed' }.data.state", equalTo("stalled"));
    } finally {
      ProblemServiceStub.feedDelays(0);
    }
    awaitLive("problem-feed", "idle", "UP");
  }
}
