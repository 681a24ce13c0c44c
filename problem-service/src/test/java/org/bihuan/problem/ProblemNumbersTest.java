package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asReporter;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problemJson;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A recorded problem's number: given on creation, unique, counting up, never shared by concurrent
 * creators.
 */
@QuarkusTest
class ProblemNumbersTest {

  @Test
  void aRecordedProblemGetsANumberAndRoundTripsWithItsCategoryPath() {
    String source = source("2024年巡察反馈");
    var created =
        asReporter()
            .body(problemJson(source, List.of("（一）政治建设方面", "党费管理"), "党费收缴不及时", null))
            .post("/api/v1/problems")
            .then()
            .statusCode(201)
            .contentType(ContentType.JSON)
            .header("Location", containsString("/api/v1/problems/"))
            .header("ETag", notNullValue())
            .body("number", matchesPattern("P-\\d{4}-\\d{4,}"))
            .body("status", equalTo("OPEN"))
            .body("sourceId", equalTo(source))
            .body("categoryPath", contains("（一）政治建设方面", "党费管理"))
            .body("causeIds", empty())
            .body("version", equalTo(0))
            .body("createdAt", notNullValue())
            .body("closedAt", nullValue())
            .extract()
            .jsonPath();
    String id = created.getString("id");
    asViewer()
        .get("/api/v1/problems/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("党费收缴不及时"))
        .body("description", equalTo("党费收缴不及时的详细说明"))
        .body("number", equalTo(created.getString("number")))
        .body("categoryPath", contains("（一）政治建设方面", "党费管理"));
  }

  @Test
  void numbersAreUniqueAndCountUp() {
    String source = source("编号");
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      numbers.add(
          asReporter()
              .body(problemJson(source, List.of(), "问题" + i, null))
              .post("/api/v1/problems")
              .then()
              .statusCode(201)
              .extract()
              .path("number"));
    }
    assertEquals(3, new HashSet<>(numbers).size());
    int first = Integer.parseInt(numbers.get(0).substring(7));
    assertEquals(
        List.of(first, first + 1, first + 2),
        numbers.stream().map(n -> Integer.parseInt(n.substring(7))).toList());
  }

  @Test
  void concurrentCreatorsNeverShareANumber() throws Exception {
    String source = source("并发编号");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<String>> numbers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int n = i;
        numbers.add(
            pool.submit(
                () ->
                    asReporter()
                        .body(problemJson(source, List.of("并发"), "并发问题" + n, null))
                        .post("/api/v1/problems")
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("number")));
      }
      Set<String> distinct = new HashSet<>();
      for (var f : numbers) {
        distinct.add(f.get());
      }
      assertEquals(16, distinct.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
