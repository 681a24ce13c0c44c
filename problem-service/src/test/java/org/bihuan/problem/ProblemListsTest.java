package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asAdmin;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The problem list: search in Chinese, filters and pages. */
@QuarkusTest
class ProblemListsTest {

  @Test
  void searchFindsChineseSubstringsOfTwoCharactersAndMore() {
    String source = source("搜索");
    String dues = problem(source, List.of(), "党费收缴不及时");
    String other = problem(source, List.of(), "理论学习不深入");
    asViewer()
        .queryParam("q", "党费")
        .queryParam("sourceId", source)
        .get("/api/v1/problems")
        .then()
        .statusCode(200)
        .body("items.id", contains(dues));
    asViewer()
        .queryParam("q", "收缴不及")
        .queryParam("sourceId", source)
        .get("/api/v1/problems")
        .then()
        .body("items.id", contains(dues));
    asViewer()
        .queryParam("q", "详细说明")
        .queryParam("sourceId", source)
        .get("/api/v1/problems")
        .then()
        .body("items.id", contains(dues, other));
    asViewer()
        .queryParam("q", "学")
        .queryParam("sourceId", source)
        .get("/api/v1/problems")
        .then()
        .body("items.id", contains(other));
    // LIKE wildcards in the query are plain characters
    asViewer()
        .queryParam("q", "%")
        .queryParam("sourceId", source)
        .get("/api/v1/problems")
        .then()
        .body("items", empty());
  }

  @Test
  void filtersBySourceStatusAndCategoryIncludingSubCategories() {
    String source = source("筛选");
    String a = problem(source, List.of("（一）政治建设", "理论学习"), "甲");
    String b = problem(source, List.of("（一）政治建设"), "乙");
    String c = problem(source, List.of("（二）作风建设"), "丙");
    String elsewhere = problem(source("别的来源"), List.of("（一）政治建设"), "丁");
    asAdmin()
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"重复记录\"}")
        .post("/api/v1/problems/" + c + "/withdraw")
        .then()
        .statusCode(200);

    var tree =
        asViewer()
            .queryParam("sourceId", source)
            .get("/api/v1/categories")
            .then()
            .statusCode(200)
            .body("categories.name", containsInAnyOrder("（一）政治建设", "（二）作风建设"))
            .extract()
            .jsonPath();
    String politics = tree.getString("categories.find { it.name == '（一）政治建设' }.id");
    assertEquals(
        List.of("理论学习"), tree.getList("categories.find { it.name == '（一）政治建设' }.children.name"));
    assertEquals(
        List.of("（一）政治建设", "理论学习"),
        tree.getList("categories.find { it.name == '（一）政治建设' }.children[0].path"));

    asViewer()
        .queryParam("category", politics)
        .get("/api/v1/problems")
        .then()
        .body("items.id", contains(a, b))
        .body("items.id", not(hasItem(elsewhere)));
    asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", "WITHDRAWN")
        .get("/api/v1/problems")
        .then()
        .body("items.id", contains(c));
    asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", "open")
        .get("/api/v1/problems")
        .then()
        .body("items.id", contains(a, b));
    // several states separated by commas, as the operation says
    asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", "OPEN,withdrawn")
        .get("/api/v1/problems")
        .then()
        .body("items.id", contains(a, b, c));
    asViewer()
        .queryParam("category", "00000000-0000-0000-0000-000000000000")
        .get("/api/v1/problems")
        .then()
        .statusCode(404);
  }

  @Test
  void pagesSeeEveryProblemOnceWhileProblemsAreAdded() {
    String source = source("分页");
    for (int i = 0; i < 5; i++) {
      problem(source, List.of(), "分页问题" + i);
    }
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      var page =
          asViewer()
              .queryParam("sourceId", source)
              .queryParam("limit", 2)
              .queryParam("cursor", cursor == null ? "" : cursor)
              .get("/api/v1/problems")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      for (String id : page.<String>getList("items.id")) {
        if (!seen.add(id)) {
          throw new AssertionError("seen twice: " + id);
        }
      }
      if (pages == 0) {
        problem(source, List.of(), "翻页时新增");
      }
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertEquals(6, seen.size());
    assertEquals(3, pages);
  }
}
