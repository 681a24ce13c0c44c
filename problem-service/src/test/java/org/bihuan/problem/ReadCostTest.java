package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asReporter;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A read of one problem or a page of 50 costs one SQL statement, category path and causes included,
 * and shows exactly what the problem's write answered.
 */
@QuarkusTest
class ReadCostTest {

  @Inject EntityManagerFactory emf;

  /** The fewest statements of three tries (background work only ever adds to a count). */
  private long statements(Function<RequestSpecification, Response> call, int status) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = stats.getPrepareStatementCount();
      call.apply(asViewer()).then().statusCode(status);
      fewest = Math.min(fewest, stats.getPrepareStatementCount() - before);
    }
    return fewest;
  }

  private static String cause(String source, String title) {
    return asReporter()
        .body("{\"sourceId\": \"%s\", \"title\": \"%s\"}".formatted(source, title))
        .post("/api/v1/causes")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void oneProblemAndAPageOfFiftyCostOneStatementEach() {
    String source = source("读取成本");
    String c1 = cause(source, "学用脱节");
    String c2 = cause(source, "制度落实不到位");
    Map<String, Object> created = null;
    for (int i = 0; i < 50; i++) {
      String body =
          i % 3 == 0
              ? "{\"sourceId\": \"%s\", \"title\": \"问题%d\", \"causeIds\": [\"%s\", \"%s\"],"
                      .formatted(source, i, c1, c2)
                  + " \"categoryPath\": [\"理论学习方面\", \"学习不深入\"]}"
              : "{\"sourceId\": \"%s\", \"title\": \"问题%d\"}".formatted(source, i);
      Map<String, Object> answer =
          asReporter()
              .body(body)
              .post("/api/v1/problems")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getMap("");
      if (i == 0) {
        created = answer;
      }
    }
    String id = (String) created.get("id");
    Map<String, Object> read =
        new HashMap<>(
            asViewer().get("/api/v1/problems/" + id).then().extract().jsonPath().getMap(""));
    Map<String, Object> expected = new HashMap<>(created);
    expected.remove("createdAt");
    assertEquals(List.of("理论学习方面", "学习不深入"), read.get("categoryPath"));
    read.remove("createdAt");
    assertEquals(expected, read, "the read shows what the write answered");

    // Since 0174 a problem's answer is kept in memory: a read while it is unchanged costs nothing.
    assertEquals(
        0, statements(r -> r.get("/api/v1/problems/" + id), 200), "GET one problem, unchanged");
    String tag = asViewer().get("/api/v1/problems/" + id).header("ETag");
    assertEquals(
        0,
        statements(r -> r.header("If-None-Match", tag).get("/api/v1/problems/" + id), 304),
        "a 304");
    assertEquals(
        1,
        statements(r -> r.header("If-None-Match", "\"99\"").get("/api/v1/problems/" + id), 200),
        "an If-None-Match of a newer version: read from the database, in one statement");
    // A page is read in one statement (asked for from the database with no-cache) and, since 0179,
    // answered from memory while no problem changed.
    assertEquals(
        1,
        statements(
            r ->
                r.header("Cache-Control", "no-cache")
                    .queryParam("sourceId", source)
                    .queryParam("limit", 50)
                    .get("/api/v1/problems"),
            200),
        "a page of 50 problems");
    assertEquals(
        50,
        asViewer()
            .queryParam("sourceId", source)
            .queryParam("limit", 50)
            .get("/api/v1/problems")
            .jsonPath()
            .getList("items")
            .size());
    assertEquals(
        1,
        statements(
            r ->
                r.header("Cache-Control", "no-cache")
                    .queryParam("limit", 50)
                    .get("/api/v1/problems"),
            200),
        "a page of 50 problems without filters");
    assertEquals(
        0,
        statements(
            r -> r.queryParam("sourceId", source).queryParam("limit", 50).get("/api/v1/problems"),
            200),
        "a page of 50 problems, none changed");
  }
}
