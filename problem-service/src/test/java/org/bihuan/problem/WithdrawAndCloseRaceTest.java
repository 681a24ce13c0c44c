package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.bihuan.problem.support.Api.asAdmin;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.source;
import static org.bihuan.problem.support.TicketJson.page;
import static org.bihuan.problem.support.TicketJson.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.problem.service.TicketStatusFollower;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.testing.Tokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Withdrawing and closing are decided against the problem's tickets, which live in the
 * rectification service: a live ticket stops a withdrawal, and a ticket that appears or reopens
 * while a close is under way (its feed event applied by another thread, on the real database) never
 * leaves the problem CLOSED.
 */
@QuarkusTest
class WithdrawAndCloseRaceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RectificationStub.Stub WireMockServer rectification;
  @Inject TicketStatusFollower follower;

  private void ticketsOf(String problemId, int delayMs, String... tickets) {
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(problemId))
            .willReturn(okJson(page(List.of(tickets), null)).withFixedDelay(delayMs)));
  }

  /**
   * Applies one ticket event of the rectification feed, as the follower would: a page that meets a
   * concurrent close or withdrawal waits for its row lock and then applies, it is never refused
   * (the only retry below is for a page left because the follower held the feed's position).
   */
  private synchronized void feedApplies(String ticketJson) throws Exception {
    // The service's own follower polls the (stubbed) feed meanwhile: while it holds the feed's
    // position row, a page is not applied but left for the next try (0355) — applyPage answers
    // false and nothing changed, so it is tried again; a page that meets a close or a withdrawal
    // waits for the problem's row lock and applies, it is never refused.
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      long after = follower.follower().storedPosition();
      boolean applied =
          follower
              .follower()
              .applyPage(
                  after,
                  List.of(
                      new ReceivedEvent(
                          after + 1,
                          null,
                          "ticket.updated",
                          null,
                          "ticket",
                          "x",
                          JSON.readTree(ticketJson))));
      if (applied) {
        assertEquals(after + 1, follower.follower().storedPosition(), "the event was applied");
        return;
      }
      assertTrue(System.nanoTime() < deadline, "the feed's position stayed held for 10 s");
      Thread.sleep(20);
    }
  }

  private static String status(String problemId) {
    return asViewer().get("/api/v1/problems/" + problemId).then().extract().path("status");
  }

  private static io.restassured.response.Response withdraw(String token, String problemId) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"误录\"}")
        .post("/api/v1/problems/" + problemId + "/withdraw");
  }

  @Test
  void aProblemWithATicketInWorkIsNotWithdrawn() {
    String id = problem(source("撤销有任务"), List.of(), "有任务的问题");
    String t = UUID.randomUUID().toString();
    ticketsOf(id, 0, ticket(t, "T-2024-0701", id, "IN_PROGRESS"));
    withdraw(Tokens.admin(), id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", Matchers.equalTo("/problems/problem-has-tickets"))
        .body("detail", Matchers.containsString("T-2024-0701"))
        .body("openTickets[0].id", Matchers.equalTo(t));
    assertEquals("OPEN", status(id));
    ticketsOf(id, 0, ticket(t, "T-2024-0701", id, "CANCELLED"));
    withdraw(Tokens.admin(), id)
        .then()
        .statusCode(200)
        .body("status", Matchers.equalTo("WITHDRAWN"));
  }

  @Test
  void onlyAnAdminWithdrawsProblems() {
    String id = problem(source("撤销越权"), List.of(), "别的单位的问题");
    for (String token :
        List.of(Tokens.reporter("赵六", "纪检组"), Tokens.reporter("王五", null), Tokens.verifier("李四"))) {
      withdraw(token, id).then().statusCode(403).contentType("application/problem+json");
    }
    assertEquals("OPEN", status(id));
    rectification.verify(
        0,
        getRequestedFor(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(id)));
    withdraw(Tokens.admin(), id).then().statusCode(200);
  }

  @Test
  void aTicketLearntDuringTheWithdrawalStopsIt() throws Exception {
    String id = problem(source("撤销竞争"), List.of(), "撤销时新建任务");
    ticketsOf(id, 1500);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<Integer> answer = pool.submit(() -> withdraw(Tokens.admin(), id).statusCode());
    Thread.sleep(500);
    feedApplies(ticket(UUID.randomUUID().toString(), "T-2024-0702", id, "ASSIGNED"));
    assertEquals(409, answer.get());
    pool.shutdown();
    assertEquals("RECTIFYING", status(id));
  }

  @Test
  void aWithdrawalIsMarkedOnTheProblemWhileItAsksForTicketsAndUnmarkedWhenRefused()
      throws Exception {
    String id = problem(source("撤销标记"), List.of(), "撤销时标记");
    assertEquals(null, mark(id));
    String t = UUID.randomUUID().toString();
    ticketsOf(id, 1500, ticket(t, "T-2024-0703", id, "IN_PROGRESS"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<Integer> first = pool.submit(() -> withdraw(Tokens.admin(), id).statusCode());
    Thread.sleep(700);
    // While the rectification service is asked, the problem carries the mark that makes it
    // refuse new tickets, and a second withdrawal waits its turn.
    assertTrue(mark(id) != null, "marked while asking");
    assertEquals("OPEN", status(id));
    withdraw(Tokens.admin(), id)
        .then()
        .statusCode(409)
        .body("type", Matchers.equalTo("/problems/withdrawal-under-way"));
    assertEquals(409, first.get());
    assertEquals(null, mark(id), "a refused withdrawal leaves no mark");
    ticketsOf(id, 0, ticket(t, "T-2024-0703", id, "CANCELLED"));
    withdraw(Tokens.admin(), id)
        .then()
        .statusCode(200)
        .body("withdrawalStartedAt", Matchers.nullValue());
    pool.shutdown();
    assertEquals("WITHDRAWN", status(id));
  }

  private static String mark(String problemId) {
    return asViewer()
        .get("/api/v1/problems/" + problemId)
        .then()
        .statusCode(200)
        .extract()
        .path("withdrawalStartedAt");
  }

  @Test
  void aTicketAppearingWhileTheCloseIsCheckedKeepsTheProblemOpen() throws Exception {
    String id = problem(source("销号竞争"), List.of(), "销号时新建任务");
    String verified = ticket(UUID.randomUUID().toString(), "T-2024-0711", id, "VERIFIED");
    feedApplies(verified);
    assertEquals("RECTIFYING", status(id));
    // The rectification service answers "all verified" slowly; meanwhile a new ticket's event
    // is applied.
    ticketsOf(id, 1500, verified);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<io.restassured.response.Response> close =
        pool.submit(() -> asAdmin().post("/api/v1/problems/" + id + "/close"));
    Thread.sleep(500);
    feedApplies(ticket(UUID.randomUUID().toString(), "T-2024-0712", id, "ASSIGNED"));
    close
        .get()
        .then()
        .statusCode(409)
        .body("type", Matchers.equalTo("/problems/tickets-not-verified"))
        .body("openTickets[0].number", Matchers.equalTo("T-2024-0712"));
    pool.shutdown();
    assertEquals("RECTIFYING", status(id));
  }

  @Test
  void closesRacingNewTicketsNeverEndClosed() throws Exception {
    Random random = new Random(11);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> outcomes = new ArrayList<>();
    for (int r = 0; r < 8; r++) {
      int round = r;
      String id = problem(source("竞争" + round), List.of(), "竞争轮次" + round);
      String verified = ticket(UUID.randomUUID().toString(), "T-2024-08" + round, id, "VERIFIED");
      feedApplies(verified);
      ticketsOf(id, random.nextInt(300), verified);
      int lag = random.nextInt(300);
      CountDownLatch go = new CountDownLatch(1);
      Future<Integer> close =
          pool.submit(
              () -> {
                go.await();
                return asAdmin().post("/api/v1/problems/" + id + "/close").statusCode();
              });
      Future<?> fresh =
          pool.submit(
              () -> {
                go.await();
                Thread.sleep(lag);
                feedApplies(
                    ticket(UUID.randomUUID().toString(), "T-2024-09" + round, id, "IN_PROGRESS"));
                return null;
              });
      go.countDown();
      int code = close.get();
      fresh.get();
      outcomes.add(code + "→" + status(id));
      assertEquals("RECTIFYING", status(id), "round " + round + ": " + outcomes);
    }
    pool.shutdown();
    assertTrue(outcomes.size() == 8, outcomes.toString());
  }
}
