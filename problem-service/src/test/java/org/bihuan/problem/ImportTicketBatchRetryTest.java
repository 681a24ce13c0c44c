package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.ImportTest.PLAN;
import static org.bihuan.problem.ImportTest.document;
import static org.bihuan.problem.ImportTest.text;
import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.TicketJson;
import org.junit.jupiter.api.Test;

/**
 * A retried import waits for its ticket batch still running instead of creating the tickets twice.
 */
@QuarkusTest
class ImportTicketBatchRetryTest {

  @RectificationStub.Stub WireMockServer rectification;

  /**
   * The first batch after the rectification service starts can take longer than the read timeout:
   * the retry with the same Idempotency-Key then finds the first request still running (409
   * idempotency-key-in-use, Retry-After). It is waited for, and the replayed answer gives the
   * tickets the first request created, instead of reporting every ticket as refused.
   */
  @Test
  void aBatchStillRunningWhenItsRetryArrivesIsWaitedFor() {
    String source = source("审计整改方案（首次建单）");
    int measures =
        text(document(PLAN))
            .queryParam("dryRun", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("problems.measures.flatten()")
            .size();
    String views = "{\"tickets\": [" + TicketJson.batchViews(measures, 950) + "]}";
    var batch = urlPathEqualTo("/api/v1/tickets/batch");
    var slow =
        rectification.stubFor(
            post(batch)
                .atPriority(1)
                .inScenario("first batch after a start")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willSetStateTo("running")
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(views)
                        .withTransformers("response-template")
                        .withFixedDelay(6500)));
    var inUse =
        rectification.stubFor(
            post(batch)
                .atPriority(1)
                .inScenario("first batch after a start")
                .whenScenarioStateIs("running")
                .willSetStateTo("done")
                .willReturn(
                    aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withHeader("Retry-After", "1")
                        .withBody(
                            "{\"type\": \"https://bihuan.example/problems/idempotency-key-in-use\","
                                + " \"status\": 409, \"detail\": \"A request with this"
                                + " Idempotency-Key is still being processed; retry shortly.\"}")));
    var replay =
        rectification.stubFor(
            post(batch)
                .atPriority(1)
                .inScenario("first batch after a start")
                .whenScenarioStateIs("done")
                .willSetStateTo("replayed")
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Idempotent-Replayed", "true")
                        .withBody(views)
                        .withTransformers("response-template")));
    try {
      rectification.resetRequests();
      JsonPath answer =
          text(document(PLAN))
              .queryParam("createTickets", "true")
              .post("/api/v1/sources/" + source + "/import")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      assertTrue(
          answer.getList("tickets.pending.reason", String.class).stream()
              .noneMatch(r -> r.contains("rectification service")),
          answer.prettify());
      int created = answer.getList("tickets.created").size();
      assertEquals(measures, created + answer.getList("tickets.pending").size());
      assertTrue(created >= 6, "created " + created);
      List<LoggedRequest> sent = rectification.findAll(postRequestedFor(batch));
      assertEquals(3, sent.size());
      assertEquals(
          1, sent.stream().map(r -> r.getHeader("Idempotency-Key")).distinct().count(), "one key");
    } finally {
      rectification.removeStub(slow);
      rectification.removeStub(inUse);
      rectification.removeStub(replay);
    }
  }
}
