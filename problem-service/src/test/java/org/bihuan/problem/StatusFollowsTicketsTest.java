package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.source;
import static org.bihuan.problem.support.TicketJson.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.support.RectificationStub;
import org.junit.jupiter.api.Test;

/** A problem's status follows its tickets as the rectification service's change feed tells. */
@QuarkusTest
class StatusFollowsTicketsTest {

  @RectificationStub.Stub WireMockServer rectification;

  private static long position = System.currentTimeMillis();

  private String event(String type, String ticketJson) {
    position++;
    return """
        {"position": %d, "id": "%s", "type": "%s", "occurredAt": "2024-05-01T09:00:00+08:00",
         "resourceType": "ticket", "resourceId": "x", "data": %s}
        """
        .formatted(position, UUID.randomUUID(), type, ticketJson);
  }

  private void feedSays(String... events) {
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/events"))
            .atPriority(1)
            .willReturn(
                okJson(
                    "{\"events\": ["
                        + String.join(",", events)
                        + "], \"next\": "
                        + position
                        + "}")));
  }

  private static void awaitStatus(String problemId, String status) throws InterruptedException {
    String seen = null;
    for (int i = 0; i < 100; i++) {
      seen = asViewer().get("/api/v1/problems/" + problemId).then().extract().path("status");
      if (status.equals(seen)) {
        return;
      }
      Thread.sleep(100);
    }
    assertEquals(status, seen, "status of " + problemId);
  }

  @Test
  void ticketsMoveAProblemToRectifyingAndCancellingThemAllBackToOpen() throws Exception {
    String id = problem(source("跟随任务"), List.of(), "跟随任务状态");
    String t1 = UUID.randomUUID().toString();
    String t2 = UUID.randomUUID().toString();
    feedSays(
        event("ticket.created", ticket(t1, "T-2024-0501", id, "ASSIGNED")),
        event("ticket.created", ticket(t2, "T-2024-0502", id, "ASSIGNED")));
    awaitStatus(id, "RECTIFYING");
    feedSays(
        event("ticket.cancelled", ticket(t1, "T-2024-0501", id, "CANCELLED")),
        event("ticket.cancelled", ticket(t2, "T-2024-0502", id, "CANCELLED")));
    awaitStatus(id, "OPEN");
    List<String> types =
        org.bihuan.problem.support.Api.feedAbout(id)
            .getList("events.findAll { it.resourceId == '" + id + "' }.type");
    assertEquals(List.of("problem.created", "problem.rectifying", "problem.reopened"), types);
  }

  @Test
  void aReopenedTicketTakesAClosedProblemBackToRectifying() throws Exception {
    String id = problem(source("回头看"), List.of(), "回头看发现反弹");
    String ticketId = UUID.randomUUID().toString();
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam(
                "problemId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(id))
            .willReturn(
                okJson(
                    org.bihuan.problem.support.TicketJson.page(
                        List.of(ticket(ticketId, "T-2024-0601", id, "VERIFIED")), null))));
    feedSays(event("ticket.verified", ticket(ticketId, "T-2024-0601", id, "VERIFIED")));
    awaitStatus(id, "RECTIFYING");
    org.bihuan.problem.support.Api.asAdmin()
        .post("/api/v1/problems/" + id + "/close")
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("CLOSED"));
    feedSays(event("ticket.reopened", ticket(ticketId, "T-2024-0601", id, "IN_PROGRESS")));
    awaitStatus(id, "RECTIFYING");
    asViewer()
        .get("/api/v1/problems/" + id)
        .then()
        .body("closedAt", org.hamcrest.Matchers.nullValue());
  }
}
