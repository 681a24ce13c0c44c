package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Two batches naming the same externalRefs in opposite orders, sent at once, take their locks in
 * one order (0353, 0357): neither waits for the other forever, one creates the tickets (201), the
 * other is answered with them (200), and no externalRef names two tickets.
 */
@QuarkusTest
class BatchesNamingOneRefsInOtherOrdersTest {

  private static final int ITEMS = 30;

  @Test
  void bothAreAnsweredWithTheSameTicketsAndOneCreatesThem() throws Exception {
    for (int round = 0; round < 3; round++) {
      String tag = UUID.randomUUID().toString().substring(0, 8);
      UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
      List<String> items = new ArrayList<>();
      List<String> refs = new ArrayList<>();
      for (int i = 0; i < ITEMS; i++) {
        String ref = "OA-REV-" + tag + "-" + i;
        refs.add(ref);
        items.add(
            """
            {"problemIds": ["%s"], "measure": "逆序措施%d", "responsibleUnits": [{"name": "逆序科-%s"}],
             "timing": "LONG_TERM", "externalRef": "%s"}
            """
                .formatted(problem, i, tag, ref));
      }
      List<String> reversed = new ArrayList<>(items);
      Collections.reverse(reversed);
      List<String> bodies =
          List.of(
              "{\"tickets\": [" + String.join(",", items) + "]}",
              "{\"tickets\": [" + String.join(",", reversed) + "]}");
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> answers = new ArrayList<>();
      for (String body : bodies) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return given()
                      .auth()
                      .oauth2(Tokens.admin())
                      .contentType(ContentType.JSON)
                      .body(body)
                      .post("/api/v1/tickets/batch");
                }));
      }
      go.countDown();
      Response first = answers.get(0).get();
      Response second = answers.get(1).get();
      pool.shutdown();
      List<Integer> statuses = new ArrayList<>(List.of(first.statusCode(), second.statusCode()));
      Collections.sort(statuses);
      assertEquals(
          List.of(200, 201), statuses, "answers: " + first.asString() + " " + second.asString());
      List<String> ids = first.jsonPath().getList("tickets.id", String.class);
      List<String> idsOfTheOther =
          new ArrayList<>(second.jsonPath().getList("tickets.id", String.class));
      Collections.reverse(idsOfTheOther);
      assertEquals(ids, idsOfTheOther, "both name the same ticket for each item");
      for (int i = 0; i < ITEMS; i += 7) {
        List<String> holders =
            given()
                .auth()
                .oauth2(Tokens.viewer())
                .queryParam("externalRef", refs.get(i))
                .get("/api/v1/tickets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
        assertEquals(List.of(ids.get(i)), holders, refs.get(i));
      }
    }
  }
}
