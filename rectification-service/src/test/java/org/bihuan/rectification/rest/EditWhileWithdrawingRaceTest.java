package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.service.WithdrawalRecheck;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An edit (PUT) of a ticket races the withdrawal of its problem, round after round, with real
 * threads against the real service and database (docs/decisions/0217, item 4 of 0207).
 * problem-service's side is played as it does it: mark the problem (being withdrawn), ask for its
 * tickets, withdraw when none is live (or, in half of the rounds, as if it had not seen the ticket
 * — a link not yet confirmed, 0168 — and the recheck settles it) or take the mark away. An edit
 * sent while the problem is marked loses with 409 like a creation; whatever the interleaving, no
 * ticket stays live under a withdrawn problem, a refused edit changed nothing and an accepted one
 * is in the history before any cancellation.
 */
@QuarkusTest
class EditWhileWithdrawingRaceTest {

  private static final int ROUNDS = 30;
  private static final String MEASURE = "组织专题学习，建立学习台账。";

  @Inject WithdrawalRecheck recheck;
  @Inject AgroalDataSource db;

  @Test
  void anEditRacingAWithdrawalLosesOrIsSeenAndNoTicketStaysLiveUnderAWithdrawnProblem()
      throws Exception {
    Random random = new Random(207);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    String unit = unit("编辑撤销竞争");
    try {
      for (int round = 0; round < ROUNDS; round++) {
        UUID source = UUID.randomUUID();
        UUID problem = ProblemServiceStub.problem(UUID.randomUUID(), source, "OPEN", null);
        String body = ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(30), null, null);
        String id = create(body).getString("id");
        String edited = "第" + round + "轮改写：" + MEASURE;
        // In two rounds of three the edit is sent once the problem is marked, and the withdrawal
        // waits for its answer; in the third both run at random moments.
        boolean whileMarked = round % 3 != 2;
        boolean unseen = round % 2 == 0;
        int editLag = random.nextInt(200);
        int askLag = random.nextInt(200);
        CountDownLatch marked = new CountDownLatch(1);
        CompletableFuture<Response> answered = new CompletableFuture<>();
        Future<Response> edit =
            pool.submit(
                () -> {
                  if (whileMarked) {
                    marked.await();
                  } else {
                    Thread.sleep(editLag);
                  }
                  Response r = put(unit, id, body.replace(MEASURE, edited));
                  answered.complete(r);
                  return r;
                });
        Future<Boolean> withdrawal =
            pool.submit(
                () -> {
                  ProblemServiceStub.problem(problem, source, "OPEN", Instant.now());
                  marked.countDown();
                  if (whileMarked) {
                    answered.get();
                  } else {
                    Thread.sleep(askLag);
                  }
                  boolean live =
                      !unseen
                          && TicketFixtures.ticketStatusesOf(problem).stream()
                              .anyMatch(s -> !s.equals("CANCELLED"));
                  ProblemServiceStub.problem(problem, source, live ? "OPEN" : "WITHDRAWN", null);
                  if (!live) {
                    RecheckMarks.leaveAgedMark(db, id);
                    // as the scheduler runs it: on its own thread, with a request context
                    var context = io.quarkus.arc.Arc.container().requestContext();
                    context.activate();
                    try {
                      recheck.sweep();
                    } finally {
                      context.terminate();
                    }
                  }
                  return !live;
                });
        Response answer = edit.get();
        boolean withdrawn = withdrawal.get();
        int code = answer.statusCode();
        String type = code == 200 ? "" : " " + answer.path("type");
        JsonPath t = ticket(id);
        String status = t.getString("status");
        List<String> actions = history(id).getList("items.action", String.class);
        String outcome =
            (whileMarked ? "edit while marked " : "edit ")
                + code
                + type
                + (withdrawn ? ", withdrawn" : ", withdrawal refused")
                + ", ticket "
                + status;
        outcomes.merge(outcome, 1, Integer::sum);
        String at = "round " + round + ": " + outcome;
        if (code != 200
            && !(code == 409
                && (type.endsWith("/problem-being-withdrawn")
                    || type.endsWith("/problem-withdrawn")))) {
          violations.add(at + " — neither accepted nor refused as withdrawn");
        }
        if (whileMarked && code == 200) {
          violations.add(at + " — an edit sent while the problem was being withdrawn was accepted");
        }
        if (withdrawn && !"CANCELLED".equals(status)) {
          violations.add(at + " — a ticket stays live under a withdrawn problem");
        }
        if (!withdrawn && "CANCELLED".equals(status)) {
          violations.add(at + " — cancelled though the withdrawal was refused");
        }
        if (code == 200 && !edited.equals(t.getString("measure"))) {
          violations.add(at + " — an accepted edit is not on the ticket");
        }
        if (code != 200
            && (!MEASURE.equals(t.getString("measure")) || actions.contains("update"))) {
          violations.add(at + " — a refused edit changed the ticket");
        }
        if (code == 200
            && actions.contains("cancel")
            && actions.indexOf("update") > actions.indexOf("cancel")) {
          violations.add(at + " — an edit was written after the cancellation");
        }
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf("edit vs withdrawal, %d rounds: %s%n", ROUNDS, outcomes);
    assertEquals(List.of(), violations);
  }

  private static Response put(String unit, String id, String body) {
    return given()
        .auth()
        .oauth2(Tokens.reporter("王五", unit))
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/tickets/" + id);
  }

  private static JsonPath ticket(String id) {
    return DutySteps.ticket(id);
  }

  private static JsonPath history(String id) {
    return DutySteps.history(id);
  }
}
