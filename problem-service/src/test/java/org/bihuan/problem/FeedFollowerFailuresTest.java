package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.bihuan.problem.service.TicketStatusFollower;
import org.bihuan.problem.support.RectificationStub;
import org.junit.jupiter.api.Test;

/**
 * A feed the follower cannot apply is neither skipped nor silent: the stored position stays before
 * the event, readiness shows the streak of failed polls and its cause, and the log has one WARN for
 * the streak (not one per poll), then one line when it ends.
 */
@QuarkusTest
class FeedFollowerFailuresTest {

  @RectificationStub.Stub WireMockServer rectification;
  @Inject TicketStatusFollower follower;

  @Test
  void anUnreadableFeedIsReportedOnceAtWarnAndInReadinessAndNothingIsSkipped() throws Exception {
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            logged.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(TicketStatusFollower.class.getName());
    log.addHandler(capture);
    long before = follower.follower().storedPosition();
    long position = before + 1;
    // a ticket event whose problemIds are not ids
    StubMapping unreadable =
        rectification.stubFor(
            get(urlPathEqualTo("/api/v1/events"))
                .atPriority(1)
                .willReturn(
                    okJson(
                        """
                        {"events": [{"position": %d, "id": "%s", "type": "ticket.created",
                          "occurredAt": "2024-05-01T09:00:00+08:00", "resourceType": "ticket",
                          "resourceId": "x", "data": {"id": "%s", "status": "ASSIGNED",
                          "problemIds": ["不是编号"]}}], "next": %d}
                        """
                            .formatted(position, UUID.randomUUID(), UUID.randomUUID(), position))));
    try {
      awaitTrue(() -> failures() >= 3);
      given()
          .get("/q/health/ready")
          .then()
          .statusCode(200)
          .body("checks.find { it.name == 'rectification-feed' }.status", equalTo("UP"))
          .body(
              "checks.find { it.name == 'rectification-feed' }.data.lastError",
              containsString("after position " + before))
          .body(
              "checks.find { it.name == 'rectification-feed' }.data.failingSince",
              org.hamcrest.Matchers.notNullValue());
      assertEquals(
          before, follower.follower().storedPosition(), "the unreadable event is not skipped");
      assertEquals(1, warnings(logged), "one WARN for the whole streak");
    } finally {
      rectification.removeStub(unreadable);
    }
    awaitTrue(() -> failures() == 0);
    log.removeHandler(capture);
    assertEquals(1, warnings(logged));
    assertTrue(
        logged.stream().anyMatch(r -> r.getMessage().contains("again after")),
        "the end of the streak is logged");
  }

  private static long warnings(List<LogRecord> logged) {
    return logged.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).count();
  }

  private static int failures() {
    Object n =
        given()
            .get("/q/health/ready")
            .then()
            .extract()
            .path("checks.find { it.name == 'rectification-feed' }.data.consecutiveFailures");
    return n == null ? -1 : ((Number) n).intValue();
  }

  private static void awaitTrue(BooleanSupplier condition) {
    long until = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < until) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("condition not met within 30 s");
  }
}
