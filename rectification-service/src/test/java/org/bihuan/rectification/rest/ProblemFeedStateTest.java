package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.bihuan.rectification.ProblemServiceStub;
import org.junit.jupiter.api.Test;

/**
 * Readiness names the state of the followed feed (docs/decisions/0207): with problem-service away
 * for longer than {@code bihuan.feeds.degraded-after} (2 s in tests) the problem-feed check says
 * degraded, and following again once problem-service is back; the service stays ready meanwhile, as
 * it serves tickets from its own database.
 */
@QuarkusTest
class ProblemFeedStateTest {

  private static final String CHECK = "checks.find { it.name == 'problem-feed' }";

  private static String state() {
    return given().get("/q/health/ready").then().extract().path(CHECK + ".data.state");
  }

  private static void awaitState(String wanted) throws InterruptedException {
    long until = System.nanoTime() + 30_000_000_000L;
    String seen = null;
    while (System.nanoTime() < until) {
      seen = state();
      if (wanted.equals(seen)) {
        return;
      }
      Thread.sleep(200);
    }
    assertEquals(wanted, seen);
  }

  @Test
  void readinessSaysTheFeedIsDegradedWhileProblemServiceIsAwayAndFollowingAgainAfter()
      throws InterruptedException {
    awaitState("following");
    ProblemServiceStub.takeDown();
    try {
      awaitState("failing");
      awaitState("degraded");
      given()
          .get("/q/health/ready")
          .then()
          .statusCode(200)
          .body(CHECK + ".status", equalTo("UP"))
          .body(CHECK + ".data.degradedAfterSeconds", equalTo(2))
          .body(CHECK + ".data.lastError", org.hamcrest.Matchers.notNullValue());
    } finally {
      ProblemServiceStub.restart();
    }
    awaitState("following");
  }
}
