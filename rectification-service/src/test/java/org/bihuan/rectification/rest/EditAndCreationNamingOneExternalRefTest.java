package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An edit that gives a ticket an externalRef takes that externalRef's lock as creations do (0353,
 * 0357): of a POST creating OA-X and PUTs giving other tickets OA-X at the same moment, one wins
 * and every other is answered 409 duplicate-external-ref with the winner's Location — never a bare
 * 409 or a 500, never two tickets with OA-X.
 */
@QuarkusTest
class EditAndCreationNamingOneExternalRefTest {

  private static final int EDITS = 3;

  private static String body(UUID problem, String unit, String measure, String externalRef) {
    return """
        {"problemIds": ["%s"], "measure": "%s", "responsibleUnits": [{"name": "%s"}],
         "timing": "LONG_TERM"%s}
        """
        .formatted(
            problem,
            measure,
            unit,
            externalRef == null ? "" : ", \"externalRef\": \"" + externalRef + "\"");
  }

  @Test
  void oneWinsAndTheOthersHearWhoHasIt() throws Exception {
    for (int round = 0; round < 5; round++) {
      UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
      String unit = TicketFixtures.unit("并发科");
      String ref = "OA-X-" + UUID.randomUUID().toString().substring(0, 8);
      List<String> edited = new ArrayList<>();
      for (int i = 0; i < EDITS; i++) {
        edited.add(TicketFixtures.create(body(problem, unit, "措施" + i, null)).getString("id"));
      }
      List<Callable<Response>> calls = new ArrayList<>();
      calls.add(
          () ->
              given()
                  .auth()
                  .oauth2(Tokens.admin())
                  .contentType(ContentType.JSON)
                  .body(body(problem, unit, "新建措施", ref))
                  .post("/api/v1/tickets"));
      for (int i = 0; i < EDITS; i++) {
        String id = edited.get(i);
        String measure = "措施" + i;
        calls.add(() -> DutySteps.put(Tokens.admin(), id, body(problem, unit, measure, ref)));
      }
      ExecutorService pool = Executors.newFixedThreadPool(calls.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> answers = new ArrayList<>();
      for (Callable<Response> call : calls) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return call.call();
                }));
      }
      go.countDown();
      List<Response> done = new ArrayList<>();
      for (Future<Response> f : answers) {
        done.add(f.get());
      }
      pool.shutdown();

      List<String> holders =
          given()
              .auth()
              .oauth2(Tokens.viewer())
              .queryParam("externalRef", ref)
              .get("/api/v1/tickets")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.id", String.class);
      List<String> statuses = done.stream().map(r -> r.statusCode() + " " + r.asString()).toList();
      assertEquals(1, holders.size(), "one ticket has " + ref + ": " + holders + " " + statuses);
      String winner = holders.get(0);
      assertEquals(
          1, done.stream().filter(r -> r.statusCode() < 300).count(), "one wins: " + statuses);
      for (Response r : done) {
        if (r.statusCode() < 300) {
          assertEquals(winner, r.jsonPath().getString("id"), "the winner holds it: " + statuses);
          continue;
        }
        assertEquals(409, r.statusCode(), "the others conflict: " + statuses);
        assertEquals(
            "/problems/duplicate-external-ref",
            r.jsonPath().getString("type"),
            statuses.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), statuses.toString());
        String location = r.header("Location");
        assertTrue(
            location != null && location.endsWith("/api/v1/tickets/" + winner),
            "the Location names the ticket that has it: " + location + " " + statuses);
      }
    }
  }
}
