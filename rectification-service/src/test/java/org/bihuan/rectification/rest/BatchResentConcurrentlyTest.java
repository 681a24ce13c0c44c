package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An OA system that gave up waiting sends its batch again, each time with a new Idempotency-Key,
 * before the first has committed: every copy is answered with the same tickets — one 201, the
 * others 200 — and none with a bare 409 (docs/decisions/0353).
 */
@QuarkusTest
class BatchResentConcurrentlyTest {

  private static final int COPIES = 6;

  @Test
  void copiesOfOneBatchSentAtOnceAreAllAnsweredWithTheSameTickets() throws Exception {
    for (int round = 0; round < 3; round++) {
      String body = batch(UUID.randomUUID().toString().substring(0, 8));
      ExecutorService pool = Executors.newFixedThreadPool(COPIES);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < COPIES; i++) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return given()
                      .auth()
                      .oauth2(Tokens.admin())
                      .header("Idempotency-Key", UUID.randomUUID().toString())
                      .contentType(ContentType.JSON)
                      .body(body)
                      .post("/api/v1/tickets/batch");
                }));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      Set<List<String>> ticketIds = new HashSet<>();
      for (Future<Response> f : answers) {
        Response r = f.get();
        statuses.add(r.statusCode());
        if (r.statusCode() < 300) {
          ticketIds.add(r.jsonPath().getList("tickets.id", String.class));
        }
      }
      pool.shutdown();
      assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
      assertEquals(
          COPIES - 1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
      assertEquals(1, ticketIds.size(), "every copy names the same tickets: " + ticketIds);
      assertEquals(3, ticketIds.iterator().next().size());
    }
  }

  private static String batch(String tag) {
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      items.append(i == 0 ? "" : ",");
      items.append(
          """
          {"problemIds": ["%s"], "measure": "并发重发措施%d", "responsibleUnits": [{"name": "并发科-%s"}],
           "timing": "LONG_TERM", "externalRef": "RESEND-%s-%d"}
          """
              .formatted(problem, i, tag, tag, i));
    }
    return "{\"tickets\": [" + items + "]}";
  }
}
