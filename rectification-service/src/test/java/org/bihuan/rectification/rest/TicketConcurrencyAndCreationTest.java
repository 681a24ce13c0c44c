package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.listByUnit;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.rectification.rest.TicketSteps.assertChained;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Concurrent transitions and creations, transitions without a body, unknown problems and repeated
 * external refs.
 */
@QuarkusTest
class TicketConcurrencyAndCreationTest {

  @Test
  void tenConcurrentTransitionsWithTheSameIfMatchGiveExactlyOneSuccess() throws Exception {
    String unit = unit("办公室");
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    "张三",
                    "IMMEDIATE",
                    null,
                    null,
                    null))
            .getString("id");
    String etag =
        given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id).header("ETag");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("If-None-Match", etag)
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(304);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Callable<Integer> call =
          () -> {
            go.await();
            return given()
                .auth()
                .oauth2(reporter)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"comment\": \"开始整改\"}")
                .post("/api/v1/tickets/" + id + "/start")
                .statusCode();
          };
      answers.add(pool.submit(call));
    }
    go.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> f : answers) {
      codes.add(f.get());
    }
    pool.shutdown();
    assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
    assertEquals(9, codes.stream().filter(c -> c == 412).count(), codes.toString());
    JsonPath history =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/tickets/" + id + "/history")
            .then()
            .extract()
            .jsonPath();
    assertEquals(List.of("create", "start"), history.getList("items.action"));
    assertChained(history);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .body("version", equalTo(1))
        .body("status", equalTo("IN_PROGRESS"));
    // The stale ETag keeps failing; the fresh one works.
    given()
        .auth()
        .oauth2(Tokens.verifier("李四"))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"撤销\"}")
        .post("/api/v1/tickets/" + id + "/cancel")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
  }

  @Test
  void aTransitionNeedsNoBodyWhenNoCommentIsRequired() throws Exception {
    String unit = unit("离退休处");
    String id =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    "张三",
                    "IMMEDIATE",
                    null,
                    null,
                    null))
            .getString("id");
    // As curl -X POST or java.net.http send it: no body, no Content-Type.
    HttpResponse<String> started =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + RestAssured.port
                                + "/api/v1/tickets/"
                                + id
                                + "/start"))
                    .header("Authorization", "Bearer " + Tokens.reporter("王五", unit))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, started.statusCode(), started.body());
    assertEquals(
        "\"1@" + TicketFixtures.today() + "\"", started.headers().firstValue("ETag").orElse(""));
    assertTrue(started.body().contains("\"status\":\"IN_PROGRESS\""), started.body());
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .post("/api/v1/tickets/" + id + "/cancel")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void concurrentCreationsGetDistinctNumbers() throws Exception {
    String unit = unit("法规处");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> numbers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      numbers.add(
          pool.submit(
              () -> {
                go.await();
                return given()
                    .auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null))
                    .post("/api/v1/tickets")
                    .then()
                    .statusCode(201)
                    .extract()
                    .<String>path("number");
              }));
    }
    go.countDown();
    List<String> got = new ArrayList<>();
    for (Future<String> f : numbers) {
      got.add(f.get());
    }
    pool.shutdown();
    assertEquals(8, got.stream().distinct().count(), got.toString());
    assertEquals(8, listByUnit(unit).getList("items").size());
  }

  @Test
  void anUnknownProblemIsRefusedWith422AndNothingIsWritten() {
    String unit = unit("财务处");
    UUID unknown = UUID.randomUUID();
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(ticketJson(unknown, unit, "张三", "IMMEDIATE", null, null, null))
        .post("/api/v1/tickets")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/unknown-problem"))
        .body("detail", containsString(unknown.toString()))
        .body("errors[0].field", equalTo("problemIds[0]"));
    UUID withdrawn = ProblemServiceStub.problem(UUID.randomUUID(), UUID.randomUUID(), "WITHDRAWN");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(ticketJson(withdrawn, unit, "张三", "IMMEDIATE", null, null, null))
        .post("/api/v1/tickets")
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/withdrawn-problem"));
    assertEquals(List.of(), listByUnit(unit).getList("items"));
  }

  @Test
  void aSecondTicketWithTheSameExternalRefPointsAtTheFirst() {
    String unit = unit("人事处");
    String ref = "OA-T-" + UUID.randomUUID();
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, ref)).getString("id");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, ref))
        .post("/api/v1/tickets")
        .then()
        .statusCode(409)
        .header("Location", containsString(id));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("externalRef", ref)
        .get("/api/v1/tickets")
        .then()
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(id))
        .body("items[0].deadline", equalTo(today().plusDays(30).toString()));
  }
}
