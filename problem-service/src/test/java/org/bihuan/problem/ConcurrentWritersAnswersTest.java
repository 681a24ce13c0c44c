package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asAdmin;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.problemJson;
import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Concurrent writers of one problem or source get the contract's answers: of several edits with the
 * same If-Match one succeeds and the others 412; of several creates with the same externalRef one
 * is created and the others 409 with the existing problem's Location. None is a 503 (a commit whose
 * flush collided was answered as a transaction that outlived its timeout).
 */
@QuarkusTest
class ConcurrentWritersAnswersTest {

  private static final int WRITERS = 8;

  /** Runs {@code call} for 0..WRITERS-1 at once: the statuses counted, and the answers. */
  private static List<Response> atOnce(IntFunction<Response> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        int n = i;
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return call.apply(n);
                }));
      }
      go.countDown();
      List<Response> out = new ArrayList<>();
      for (Future<Response> f : answers) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<Integer, Integer> statuses(List<Response> answers) {
    Map<Integer, Integer> out = new TreeMap<>();
    answers.forEach(r -> out.merge(r.statusCode(), 1, Integer::sum));
    return out;
  }

  @Test
  void editsOfAProblemWithTheSameIfMatchAreOneSuccessAndPreconditionsFailed() throws Exception {
    String sourceId = source("并发编辑问题");
    String id = problem(sourceId, List.of("作风建设"), "并发编辑的问题");
    long version =
        asViewer().get("/api/v1/problems/" + id).then().extract().jsonPath().getLong("version");
    List<Response> answers =
        atOnce(
            n ->
                asAdmin()
                    .header("If-Match", "\"" + version + "\"")
                    .body(problemJson(sourceId, List.of("作风建设"), "并发编辑的问题 " + n, null))
                    .put("/api/v1/problems/" + id));
    assertEquals(Map.of(200, 1, 412, WRITERS - 1), statuses(answers), "PUT /problems/{id}");
    answers.stream()
        .filter(r -> r.statusCode() == 412)
        .forEach(r -> assertEquals("application/problem+json", r.contentType()));
    long after =
        asViewer().get("/api/v1/problems/" + id).then().extract().jsonPath().getLong("version");
    assertEquals(version + 1, after);
  }

  @Test
  void editsOfASourceWithTheSameIfMatchAreOneSuccessAndPreconditionsFailed() throws Exception {
    String sourceId = source("并发编辑来源");
    long version =
        asViewer()
            .get("/api/v1/sources/" + sourceId)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    List<Response> answers =
        atOnce(
            n ->
                asAdmin()
                    .header("If-Match", "\"" + version + "\"")
                    .body(
                        """
                        {"title": "并发编辑来源 %d", "kind": "MEETING", "organization": "党委", "heldOn": "2024-01-15"}
                        """
                            .formatted(n))
                    .put("/api/v1/sources/" + sourceId));
    assertEquals(Map.of(200, 1, 412, WRITERS - 1), statuses(answers), "PUT /sources/{id}");
  }

  @Test
  void createsWithTheSameExternalRefAreOneProblemAndConflictsNamingIt() throws Exception {
    String sourceId = source("并发外部编号");
    String ref = "OA-" + UUID.randomUUID();
    List<Response> answers =
        atOnce(
            n ->
                asAdmin()
                    .body(problemJson(sourceId, List.of("作风建设"), "同一外部编号 " + n, ref))
                    .post("/api/v1/problems"));
    assertEquals(Map.of(201, 1, 409, WRITERS - 1), statuses(answers), "POST /problems");
    String created =
        answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().path("id");
    answers.stream()
        .filter(r -> r.statusCode() == 409)
        .forEach(
            r -> {
              assertEquals(
                  "/api/v1/problems/" + created,
                  r.header("Location").replaceFirst("^https?://[^/]+", ""));
              assertEquals(created, r.path("existingId"));
            });
  }
}
