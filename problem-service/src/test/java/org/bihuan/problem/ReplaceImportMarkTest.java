package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.support.Api.asAdmin;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.bihuan.problem.support.TicketJson.page;
import static org.bihuan.problem.support.TicketJson.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.bihuan.problem.support.RectificationStub;
import org.junit.jupiter.api.Test;

/**
 * Replacing an import withdraws the earlier import's problems that the document drops by the
 * withdrawal protocol (docs/decisions/0117, 0308): each carries the withdrawal mark while its
 * tickets are asked for — so the rectification service creates no ticket for it meanwhile — and a
 * replacement refused because a problem has a ticket clears the marks it set, leaving the problems
 * as they were.
 */
@QuarkusTest
class ReplaceImportMarkTest {

  @RectificationStub.Stub WireMockServer rectification;

  private static final String PLAN =
      """
      一、存在的问题
      1.理论学习不深入。
      2.会议文件偏多。
      """;

  /** The plan revised: its second problem dropped, so a replacement withdraws that one (0308). */
  private static final String REVISED =
      """
      一、存在的问题
      1.理论学习不深入。
      """;

  private static Response importing(String source, String text, boolean replace) {
    return asAdmin()
        .contentType("text/plain; charset=UTF-8")
        .body(text.getBytes(StandardCharsets.UTF_8))
        .queryParam("replace", replace)
        .post("/api/v1/sources/" + source + "/import");
  }

  private static List<String> problemIds(Response imported) {
    return imported.then().statusCode(201).extract().path("problems.id");
  }

  private static Response problem(String id) {
    return asViewer().get("/api/v1/problems/" + id);
  }

  @Test
  void everyProblemIsMarkedWhileItsTicketsAreAskedForThenWithdrawn() throws Exception {
    String source = source("重新导入的标记");
    List<String> first = problemIds(importing(source, PLAN, false));
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .willReturn(okJson(page(List.of(), null)).withFixedDelay(1500)));
    CompletableFuture<Response> replacing =
        CompletableFuture.supplyAsync(() -> importing(source, REVISED, true));
    boolean seenMarked = false;
    for (int i = 0; i < 40 && !replacing.isDone() && !seenMarked; i++) {
      Thread.sleep(50);
      seenMarked = problem(first.get(1)).then().extract().path("withdrawalStartedAt") != null;
    }
    assertTrue(seenMarked, "the dropped problem carries the mark while its tickets are asked for");
    assertNull(
        problem(first.get(0)).then().extract().path("withdrawalStartedAt"),
        "a problem the revision repeats is kept: never marked");
    replacing.get().then().statusCode(201);
    assertEquals("OPEN", problem(first.get(0)).then().extract().path("status"));
    assertEquals("WITHDRAWN", problem(first.get(1)).then().extract().path("status"));
  }

  @Test
  void aReplacementRefusedForATicketClearsItsMarksAndChangesNothing() {
    String source = source("重新导入被工单挡住");
    List<String> first = problemIds(importing(source, PLAN, false));
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .willReturn(
                okJson(
                    page(
                        List.of(
                            ticket(
                                UUID.randomUUID().toString(),
                                "T-2024-0001",
                                first.get(1),
                                "ASSIGNED")),
                        null))));
    importing(source, REVISED, true).then().statusCode(409).contentType("application/problem+json");
    for (String id : first) {
      Response p = problem(id);
      assertEquals("OPEN", p.then().extract().path("status"), id);
      assertNull(p.then().extract().path("withdrawalStartedAt"), id);
    }
    // and the problems can be withdrawn one by one later: no mark is left behind
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets")).willReturn(okJson(page(List.of(), null))));
    asAdmin()
        .contentType("application/json")
        .header("If-Match", problem(first.get(0)).header("ETag"))
        .body("{\"reason\": \"录入错误\"}")
        .post("/api/v1/problems/" + first.get(0) + "/withdraw")
        .then()
        .statusCode(200);
  }

  /**
   * A replacement asks for each problem's tickets the way a withdrawal does (0246, 0249): with
   * waitForCreations=true, and a creation still under way there refuses it (409
   * ticket-creation-under-way) with nothing changed and no mark left.
   */
  @Test
  void aReplacementWaitsForTicketCreationLikeAWithdrawal() {
    String source = source("重新导入等待建单");
    List<String> first = problemIds(importing(source, PLAN, false));
    rectification.resetRequests();
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("waitForCreations", equalTo("true"))
            .willReturn(
                status(409)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        "{\"type\":\"https://bihuan.dev/problems/ticket-creation-under-way\","
                            + "\"title\":\"Conflict\",\"status\":409}")));
    Response refused = importing(source, REVISED, true);
    refused.then().statusCode(409).contentType("application/problem+json");
    assertTrue(
        refused.then().extract().<String>path("type").endsWith("ticket-creation-under-way"),
        refused.asString());
    rectification.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(first.get(1)))
            .withQueryParam("waitForCreations", equalTo("true")));
    for (String id : first) {
      Response p = problem(id);
      assertEquals("OPEN", p.then().extract().path("status"), id);
      assertNull(p.then().extract().path("withdrawalStartedAt"), id);
    }
    // once the creation is over the same replacement goes through
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("waitForCreations", equalTo("true"))
            .willReturn(okJson(page(List.of(), null))));
    importing(source, REVISED, true).then().statusCode(201);
    assertEquals("OPEN", problem(first.get(0)).then().extract().path("status"));
    assertEquals("WITHDRAWN", problem(first.get(1)).then().extract().path("status"));
  }
}
