package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Withdrawing a problem (problem-service) races creating a ticket for it (here), round after round,
 * with real threads against the real service and database. problem-service's side is played by the
 * test exactly as problem-service does it (docs/decisions/0117, 0246): mark the problem (its view
 * shows {@code withdrawalStartedAt}), ask this service for the problem's tickets once no creation
 * for it is under way ({@code waitForCreations=true}), then withdraw it if none is live, or take
 * the mark away. Whatever the interleaving, no ticket is live under a withdrawn problem — not at
 * the end of the round, and not at the moment the withdrawal is decided, while the creation may
 * still be on its way (before 0246 a ticket committed after the question was live until its own
 * recheck cancelled it, and for good if its process died first). And exactly one of the two wins,
 * with no stray ticket (0257): before, a creation that found the mark after its commit cancelled
 * its ticket and answered 409 while the withdrawal, which had waited for it and seen it live, was
 * refused too.
 */
@QuarkusTest
class WithdrawRaceTest {

  private static final int ROUNDS = 40;

  @Test
  void exactlyOneOfCreationAndWithdrawalWinsAndNoTicketStaysLiveUnderAWithdrawnProblem()
      throws Exception {
    Random random = new Random(117);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    String unit = unit("撤销竞争单位");
    try {
      for (int round = 0; round < ROUNDS; round++) {
        UUID source = UUID.randomUUID();
        UUID problem = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
        boolean batch = round % 2 == 1;
        // The withdrawal starts anywhere from before the ticket's first check to after its
        // commit, so every interleaving of the two protocols occurs over the rounds.
        int createLag = 0;
        int withdrawLag = random.nextInt(300);
        CountDownLatch go = new CountDownLatch(1);
        Future<io.restassured.response.Response> created =
            pool.submit(
                () -> {
                  go.await();
                  Thread.sleep(createLag);
                  return create(problem, unit, batch);
                });
        Future<Boolean> withdrawn =
            pool.submit(
                () -> {
                  go.await();
                  Thread.sleep(withdrawLag);
                  return withdrawAsProblemServiceDoes(problem, source);
                });
        go.countDown();
        io.restassured.response.Response answer = created.get();
        int code = answer.statusCode();
        String type = code == 201 ? "" : " " + answer.path("type");
        boolean didWithdraw = withdrawn.get();
        List<String> statuses = TicketFixtures.ticketStatusesOf(problem);
        String outcome =
            "create "
                + code
                + type
                + (didWithdraw ? ", withdrawn" : ", withdrawal refused")
                + ", tickets "
                + statuses;
        outcomes.merge(outcome, 1, Integer::sum);
        if (didWithdraw && statuses.stream().anyMatch(s -> !s.equals("CANCELLED"))) {
          violations.add("round " + round + ": " + outcome);
        }
        // Exactly one of the two wins (0257): the ticket (201, the withdrawal refused over it) or
        // the withdrawal (the creation refused before anything was written: no ticket at all,
        // not even a cancelled one, and no ticket number spent on it).
        boolean createWon = code == 201;
        if (createWon == didWithdraw) {
          violations.add("round " + round + ": not exactly one winner: " + outcome);
        }
        List<String> expected = createWon ? List.of("ASSIGNED") : List.of();
        if (!statuses.equals(expected)) {
          violations.add("round " + round + ": stray or missing ticket: " + outcome);
        }
        List<String> atWithdrawal = liveAtWithdrawal.remove(problem);
        if (atWithdrawal != null) {
          violations.add("round " + round + ": live when withdrawn " + atWithdrawal);
        }
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf("withdraw vs create, %d rounds: %s%n", ROUNDS, outcomes);
    assertEquals(List.of(), violations);
  }

  /** The tickets each withdrawn problem had live right after it was withdrawn; none expected. */
  private static final Map<UUID, List<String>> liveAtWithdrawal =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * problem-service's withdrawal: mark, ask for the tickets once no creation is under way, then
   * withdraw or unmark. Right after withdrawing, the tickets are read again.
   */
  private static boolean withdrawAsProblemServiceDoes(UUID problem, UUID source) {
    ProblemServiceStub.problem(problem, source, "OPEN", Instant.now());
    boolean live = settledStatusesOf(problem).stream().anyMatch(s -> !s.equals("CANCELLED"));
    ProblemServiceStub.problem(problem, source, live ? "OPEN" : "WITHDRAWN", null);
    if (!live) {
      List<String> now = TicketFixtures.ticketStatusesOf(problem);
      if (now.stream().anyMatch(s -> !s.equals("CANCELLED"))) {
        liveAtWithdrawal.put(problem, now);
      }
    }
    return !live;
  }

  /** The statuses of the problem's tickets as a withdrawal asks for them (0246). */
  static List<String> settledStatusesOf(UUID problem) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("problemId", problem.toString())
        .queryParam("waitForCreations", true)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.status", String.class);
  }

  private static io.restassured.response.Response create(UUID problem, String unit, boolean batch) {
    String ticket = ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(30), null, null);
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(batch ? "{\"tickets\": [" + ticket + "]}" : ticket)
        .post(batch ? "/api/v1/tickets/batch" : "/api/v1/tickets");
  }
}
