package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Another replica holding the webhook dispatch position — stuck while it turns events into
 * deliveries — does not stall this one (docs/decisions/0355): for longer than {@code
 * bihuan.health.stalled-after} this replica's ticks go on without dispatching, liveness stays UP
 * with the webhooks loop not stalled, and a delivery that comes due meanwhile is still sent. A
 * change made meanwhile is not dispatched while the position is held, and reaches the subscriber
 * once it is released.
 */
@QuarkusTest
@TestProfile(DispatchPositionHeldElsewhereTest.ShortStall.class)
class DispatchPositionHeldElsewhereTest {

  /** A step stalls after 2 s without progress. */
  public static class ShortStall implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.health.stalled-after", "PT2S");
    }
  }

  private static final String CHECK = "checks.find { it.name == 'background-work' }";
  private static final String HOOK = "/hook";

  @Inject AgroalDataSource dataSource;

  private static int received(WireMockServer receiver, String ticketId) {
    return ConnectorFixtures.bodies(receiver, HOOK, "resourceId", ticketId).size();
  }

  /** Liveness answers 200 and its background-work check does not call the webhooks loop stalled. */
  private static JsonPath liveAndNotStalled() {
    JsonPath live = given().get("/q/health/live").then().statusCode(200).extract().jsonPath();
    assertEquals("UP", live.getString(CHECK + ".status"));
    assertNotEquals("stalled", live.getString(CHECK + ".data.webhooks"));
    return live;
  }

  @Test
  void aReplicaFindingTheDispatchPositionHeldStaysLiveSendsWhatIsDueAndDispatchesLater()
      throws Exception {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    WireMockServer receiver = ConnectorFixtures.receiver();
    try {
      // the first delivery is answered 503: its retry comes due 5 s later
      receiver.stubFor(
          post(urlPathEqualTo(HOOK))
              .inScenario("first answered 503")
              .whenScenarioStateIs(STARTED)
              .willReturn(aResponse().withStatus(503))
              .willSetStateTo("up"));
      receiver.stubFor(
          post(urlPathEqualTo(HOOK))
              .inScenario("first answered 503")
              .whenScenarioStateIs("up")
              .willReturn(aResponse().withStatus(204)));
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body(
              "{\"url\": \"http://localhost:"
                  + receiver.port()
                  + HOOK
                  + "\", \"events\": [\"ticket.created\"]}")
          .post("/api/v1/webhooks")
          .then()
          .statusCode(201);
      String unit = TicketFixtures.unit("督查室");
      String before =
          TicketFixtures.create(
                  TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusDays(20)))
              .getString("id");
      ConnectorFixtures.await(
          () -> received(receiver, before) == 1,
          Duration.ofSeconds(20),
          "the first attempt of the ticket created before");

      String meanwhile;
      try (Connection c = dataSource.getConnection()) {
        // as another replica stuck in its dispatch holds the position
        c.setAutoCommit(false);
        try (PreparedStatement ps =
            c.prepareStatement("select position from webhook_dispatch where id = 1 for update")) {
          ps.executeQuery().close();
        }
        Instant held = Instant.now();
        try {
          meanwhile =
              TicketFixtures.create(
                      TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusDays(21)))
                  .getString("id");
          long heldAtLeast = System.nanoTime() + Duration.ofSeconds(6).toNanos();
          long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
          JsonPath live = liveAndNotStalled();
          while (System.nanoTime() < heldAtLeast || received(receiver, before) < 2) {
            assertTrue(
                System.nanoTime() < until,
                "the retry of the delivery due meanwhile was not sent within 30 s");
            Thread.sleep(250);
            live = liveAndNotStalled();
          }
          // the ticks went on (each ended after the position was taken), sending but not
          // dispatching
          Instant lastEnded =
              Instant.parse(live.getString(CHECK + ".data.'webhooks.lastStepEndedAt'"));
          assertTrue(lastEnded.isAfter(held.plusSeconds(5)), "last tick ended " + lastEnded);
          assertEquals(0, received(receiver, meanwhile), "dispatched while the position was held");
        } finally {
          c.rollback();
        }
      }
      String created = meanwhile;
      ConnectorFixtures.await(
          () -> received(receiver, created) == 1,
          Duration.ofSeconds(20),
          "the ticket created while the position was held, once released");
      liveAndNotStalled();
    } finally {
      receiver.stop();
    }
  }
}
