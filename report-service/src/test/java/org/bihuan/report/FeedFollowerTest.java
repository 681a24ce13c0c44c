package org.bihuan.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.bihuan.report.service.ProjectionFeeds;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The followers: a restart resumes at the stored position; a failing upstream leaves the reports
 * answering with the older asOf and readiness UP, and the projection catches up once it is back.
 * Runs last: it extends the rectification feed.
 */
@QuarkusTest
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedFollowerTest {

  @Inject ProjectionFeeds feeds;
  @Inject AgroalDataSource dataSource;

  @BeforeEach
  void fixedDate() {
    FixedClock.install(FixedDataset.TODAY);
  }

  @Test
  @Order(1)
  void aRestartResumesAtTheStoredPosition() throws Exception {
    Projection.awaitFixedDataset();
    feeds.stop();
    Map<String, Long> stored = storedPositions();
    assertEquals(FixedDataset.lastProblemPosition(), stored.get("problem"));
    assertEquals(FixedTickets.lastTicketPosition(), stored.get("rectification"));

    UpstreamFeeds.problemService.resetRequests();
    UpstreamFeeds.rectificationService.resetRequests();
    feeds.start();
    awaitTrue(() -> !requests(UpstreamFeeds.rectificationService).isEmpty());
    awaitTrue(() -> !requests(UpstreamFeeds.problemService).isEmpty());
    assertEquals(
        Long.toString(FixedTickets.lastTicketPosition()),
        requests(UpstreamFeeds.rectificationService).get(0).queryParameter("after").firstValue());
    assertEquals(
        Long.toString(FixedDataset.lastProblemPosition()),
        requests(UpstreamFeeds.problemService).get(0).queryParameter("after").firstValue());
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/summary")
        .then()
        .body("tickets.total", equalTo(11))
        .body("asOf", equalTo(FixedDataset.lastOccurredAt().toString()));
  }

  @Test
  @Order(2)
  void anUpstreamOutageKeepsReportsAnsweringAndTheProjectionCatchesUp() {
    Projection.awaitFixedDataset();
    StubMapping rectificationDown = UpstreamFeeds.down(UpstreamFeeds.rectificationService);
    StubMapping problemDown =
        UpstreamFeeds.problemService.stubFor(
            get(urlPathEqualTo("/api/v1/events"))
                .atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    awaitTrue(() -> failures("rectification") > 1 && failures("problem") > 1);
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.find { it.name == 'report-projection' }.data['rectification.lastError']",
            org.hamcrest.Matchers.containsString("503"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/summary")
        .then()
        .statusCode(200)
        .body("asOf", equalTo(FixedDataset.lastOccurredAt().toString()))
        .body("tickets.total", equalTo(11));

    long last = FixedTickets.lastTicketPosition();
    UpstreamFeeds.serve(
        UpstreamFeeds.rectificationService,
        List.of(
            FixedDataset.event(
                last + 1,
                "ticket.created",
                FixedTickets.ticket(
                    "t-13",
                    "p-5",
                    "5e1a0000-0000-4000-8000-000000000002",
                    List.of("组织部"),
                    "DEADLINE",
                    "2024-07-01",
                    null,
                    null)),
            FixedDataset.event(
                last + 2,
                "ticket.verified",
                FixedDataset.with(
                    FixedTickets.ticket(
                        "t-01",
                        "p-1",
                        "5e1a0000-0000-4000-8000-000000000001",
                        List.of("党委办公室"),
                        "DEADLINE",
                        "2024-06-10",
                        null,
                        null),
                    "status",
                    "VERIFIED",
                    "submittedAt",
                    "2024-06-14T02:00:00Z",
                    "verifiedAt",
                    "2024-06-14T08:00:00Z"))),
        last);
    UpstreamFeeds.rectificationService.removeStub(rectificationDown);
    UpstreamFeeds.problemService.removeStub(problemDown);

    Projection.awaitPositions(FixedDataset.lastProblemPosition(), last + 2);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/summary")
        .then()
        .body("asOf", equalTo(FixedDataset.occurredAt(last + 2).toString()))
        .body("tickets.total", equalTo(12))
        .body("tickets.verified", equalTo(5))
        .body("tickets.overdue", equalTo(1))
        .body("problems.total", equalTo(6));
    awaitTrue(() -> failures("rectification") == 0 && failures("problem") == 0);
    given()
        .get("/q/health/ready")
        .then()
        .body(
            "checks.find { it.name == 'report-projection' }.data['rectification.position']",
            equalTo((int) last + 2))
        .body(
            "checks.find { it.name == 'report-projection' }.data['rectification.lagSeconds']",
            org.hamcrest.Matchers.lessThan(5))
        .body(
            "checks.find { it.name == 'report-projection' }.data['problem.leader']", equalTo(true));
    assertTrue(
        UpstreamFeeds.rectificationService
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/events")))
                .size()
            > 0);
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    org.hamcrest.MatcherAssert.assertThat(last, greaterThan(0L));
  }

  @Test
  @Order(3)
  void anUnreadableEventIsNotSkippedTheFeedWaitsBeforeItAndShowsWhere() throws Exception {
    long last = storedPositions().get("rectification");
    long problems = storedPositions().get("problem");
    int ticketsBefore = ticketsTotal();
    Map<String, Object> readable =
        FixedTickets.ticket(
            "t-14",
            "p-5",
            "5e1a0000-0000-4000-8000-000000000002",
            List.of("组织部"),
            "DEADLINE",
            "2024-08-01",
            null,
            null);
    Map<String, Object> after =
        FixedTickets.ticket(
            "t-15",
            "p-5",
            "5e1a0000-0000-4000-8000-000000000002",
            List.of("组织部"),
            "DEADLINE",
            "2024-08-02",
            null,
            null);
    UpstreamFeeds.serve(
        UpstreamFeeds.rectificationService,
        List.of(
            FixedDataset.event(
                last + 1, "ticket.created", FixedDataset.with(readable, "createdAt", "前天")),
            FixedDataset.event(last + 2, "ticket.created", after)),
        last);

    awaitTrue(() -> stuckAt("rectification") == last + 1 && failures("rectification") > 1);
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(
            "checks.find { it.name == 'report-projection' }.data['rectification.lastError']",
            org.hamcrest.Matchers.containsString("event " + (last + 1)));
    assertEquals(last, storedPositions().get("rectification"));
    assertEquals(ticketsBefore, ticketsTotal());

    // the upstream serves the event readable again: both are applied, in order, none lost
    UpstreamFeeds.serve(
        UpstreamFeeds.rectificationService,
        List.of(
            FixedDataset.event(last + 1, "ticket.created", readable),
            FixedDataset.event(last + 2, "ticket.created", after)),
        last);
    Projection.awaitPositions(problems, last + 2);
    awaitTrue(() -> stuckAt("rectification") == -1);
    assertEquals(ticketsBefore + 2, ticketsTotal());
  }

  private static int ticketsTotal() {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/summary")
        .then()
        .statusCode(200)
        .extract()
        .path("tickets.total");
  }

  private static long stuckAt(String feed) {
    Object n =
        given()
            .get("/q/health/ready")
            .then()
            .extract()
            .path("checks.find { it.name == 'report-projection' }.data['" + feed + ".stuckAt']");
    return n == null ? -1 : ((Number) n).longValue();
  }

  private static int failures(String feed) {
    Object n =
        given()
            .get("/q/health/ready")
            .then()
            .extract()
            .path(
                "checks.find { it.name == 'report-projection' }.data['"
                    + feed
                    + ".consecutiveFailures']");
    return n == null ? 0 : ((Number) n).intValue();
  }

  private static List<LoggedRequest> requests(WireMockServer server) {
    return server.findAll(getRequestedFor(urlPathEqualTo("/api/v1/events")));
  }

  private Map<String, Long> storedPositions() throws Exception {
    Map<String, Long> positions = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select feed, position from feed_position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        positions.put(rs.getString(1), rs.getLong(2));
      }
    }
    return positions;
  }

  private static void awaitTrue(BooleanSupplier condition) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("condition not met within 20 s");
  }
}
