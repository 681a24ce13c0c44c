package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.support.RevisedPlans.PLAN;
import static org.bihuan.problem.support.RevisedPlans.REVISED;
import static org.bihuan.problem.support.RevisedPlans.TXT;
import static org.bihuan.problem.support.RevisedPlans.importing;
import static org.bihuan.problem.support.RevisedPlans.problem;
import static org.bihuan.problem.support.RevisedPlans.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.RevisedPlans;
import org.bihuan.problem.support.TicketJson;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Replacements that meet other writers (docs/decisions/0308): two replacements of the same source
 * at once, a replacement while tickets are being created for the problems it keeps, and a closed
 * problem the revision repeats. None loses or duplicates a problem or a ticket.
 */
@QuarkusTest
class ImportReplacementRacesTest {

  @RectificationStub.Stub WireMockServer rectification;

  /** The plan with its first deadline moved and one problem added: every problem repeated. */
  static final String ADDED_ONLY =
      PLAN.replace("2024年5月31日", "2024年8月31日")
          + """
          三、会计基础工作方面
          （一）会计档案管理不规范
          存在问题：会计凭证未按期装订。
          整改措施：按月装订会计凭证。
          责任领导：周平；责任单位：财务科；具体责任人：吴敏；整改时限：2024年7月31日
          """;

  @Test
  void twoReplacementsAtOnceLeaveEachProblemOnceAndNoMarkBehind() throws Exception {
    for (String revision : List.of(REVISED, ADDED_ONLY, REVISED)) {
      String source = Api.source("同时两次替换");
      List<String> ids =
          importing(source, PLAN, TXT, false, false, false)
              .then()
              .statusCode(201)
              .extract()
              .path("problems.id");
      // the dropped problem's tickets are slow to come: both replacements overlap
      rectification.stubFor(
          get(urlPathEqualTo("/api/v1/tickets"))
              .willReturn(okJson(TicketJson.page(List.of(), null)).withFixedDelay(800)));
      CompletableFuture<Response> one =
          CompletableFuture.supplyAsync(() -> importing(source, revision, TXT, true, false, false));
      // another administrator: one caller imports one document at a time (0255)
      String other = Tokens.token("admin-2", "管理员二", null, "admin");
      CompletableFuture<Response> two =
          CompletableFuture.supplyAsync(
              () -> RevisedPlans.importingAs(other, source, revision, TXT, true, false, false));
      List<Integer> statuses = List.of(one.get().statusCode(), two.get().statusCode());
      assertTrue(statuses.contains(201), statuses + " " + one.get().asString());
      for (Response r : List.of(one.get(), two.get())) {
        if (r.statusCode() != 201) {
          assertEquals(409, r.statusCode(), r.asString());
          assertEquals("application/problem+json", r.contentType());
        }
      }
      boolean dropped = revision.equals(REVISED);
      List<String> live = new ArrayList<>(problems(source, "OPEN"));
      int expected = dropped ? 4 : 5;
      assertEquals(expected, live.size(), "each problem of the revision once: " + statuses);
      assertEquals(expected, new HashSet<>(live).size());
      for (int i : List.of(0, 1, 3)) {
        assertTrue(live.contains(ids.get(i)), "kept with its id: " + i);
      }
      assertEquals(dropped ? List.of(ids.get(2)) : List.of(), problems(source, "WITHDRAWN"));
      for (String id : ids) {
        assertNull(problem(id).get("withdrawalStartedAt"), "no mark left on " + id);
      }
    }
  }

  @Test
  void aReplacementWhileTheEarlierImportsTicketsAreCreatedTakesThoseTicketsOnce() throws Exception {
    String source = Api.source("建单途中替换");
    JsonPath first =
        importing(source, PLAN, TXT, false, false, false)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String v1 = first.getString("importId");
    List<String> ids = first.getList("problems.id");
    rectification.resetRequests();
    rectification.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(
                urlPathEqualTo("/api/v1/tickets/batch"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"tickets\": [" + TicketJson.batchViews(4, 4100) + "]}")
                    .withTransformers("response-template")
                    .withFixedDelay(3000)));
    CompletableFuture<JsonPath> creating =
        CompletableFuture.supplyAsync(
            () ->
                Api.asAdmin()
                    .post("/api/v1/sources/" + source + "/imports/" + v1 + "/tickets")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath());
    Thread.sleep(700);
    JsonPath replaced =
        importing(source, ADDED_ONLY, TXT, true, false, false)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertTrue(!creating.isDone(), "the replacement was written while the tickets were created");
    String v2 = replaced.getString("importId");
    List<String> made = creating.get().getList("tickets.created.ticketId");
    assertEquals(4, made.size());
    rectification.resetRequests();

    RevisedPlans.batchCreates(rectification, 1, 4200);
    JsonPath after =
        Api.asAdmin()
            .post("/api/v1/sources/" + source + "/imports/" + v2 + "/tickets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // the four made meanwhile are carried over, not created by this import (0312)
    assertEquals(1, after.getList("tickets.created").size(), after.prettify());
    List<String> ticketIds = new java.util.ArrayList<>(after.getList("tickets.created.ticketId"));
    ticketIds.addAll(after.getList("tickets.carriedOver.ticketId"));
    assertEquals(5, ticketIds.size(), after.prettify());
    assertTrue(ticketIds.containsAll(made), "the four tickets made meanwhile are the kept ones'");
    List<LoggedRequest> batches =
        rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch")));
    assertEquals(1, batches.size(), "the new problem's measure alone is sent");
    JsonPath second = JsonPath.from(batches.get(0).getBodyAsString());
    assertEquals(List.of("按月装订会计凭证。"), second.getList("tickets.measure"));
    for (String id : ids) {
      assertEquals("RECTIFYING", problem(id).getString("status"), id);
    }
    assertEquals(List.of(), problems(source, "WITHDRAWN"));
    assertEquals(5, problems(source, "RECTIFYING").size());
  }

  @Test
  void aClosedProblemTheRevisionRepeatsIsKeptClosedAsItWas() {
    String source = Api.source("已销号问题的修订稿");
    List<String> ids =
        importing(source, PLAN, TXT, false, false, false)
            .then()
            .statusCode(201)
            .extract()
            .path("problems.id");
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .willReturn(okJson(TicketJson.page(List.of(), null))));
    RevisedPlans.hasTicket(rectification, ids.get(1), "T-2024-4301", "VERIFIED");
    Api.asAdmin().post("/api/v1/problems/" + ids.get(1) + "/close").then().statusCode(200);
    String revision = REVISED.replace("部分资产未及时入账。", "部分资产未及时入账，账实不符。");
    String number = problem(ids.get(1)).getString("number");
    String said =
        "Problem "
            + number
            + " 「固定资产账实不符」 is kept as it is: it is closed, so what the document gives otherwise"
            + " (description) is not applied.";
    for (boolean dryRun : List.of(true, false)) {
      JsonPath answer =
          importing(source, revision, TXT, true, dryRun, false)
              .then()
              .statusCode(dryRun ? 200 : 201)
              .extract()
              .jsonPath();
      assertEquals(ids.get(1), answer.getString("problems[1].id"));
      assertEquals("KEPT", answer.getString("problems[1].replacement.outcome"));
      assertEquals(List.of("description"), answer.getList("problems[1].replacement.changedFields"));
      assertEquals(false, answer.getBoolean("problems[1].replacement.applied"));
      assertTrue(answer.getList("warnings").contains(said), answer.prettify());
      assertTrue(
          answer
              .getList("warnings")
              .contains(
                  "Replacement: 3 problem(s) kept (3 of them changed by the document), 1 new, 1"
                      + " withdrawn."),
          answer.prettify());
    }
    JsonPath closed = problem(ids.get(1));
    assertEquals("CLOSED", closed.getString("status"));
    assertEquals("部分资产未及时入账。", closed.getString("description"));
    assertEquals(number, closed.getString("number"));
  }
}
