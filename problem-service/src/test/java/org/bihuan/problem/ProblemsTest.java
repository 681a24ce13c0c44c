package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.bihuan.problem.support.Api.asAdmin;
import static org.bihuan.problem.support.Api.asReporter;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.problemJson;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemsTest {

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

  @Test
  void etagGivesNotModifiedAndStaleIfMatchChangesNothing() {
    String source = source("条件请求");
    String id = problem(source, List.of("作风建设"), "会议多文件多");
    String etag =
        asViewer().get("/api/v1/problems/" + id).then().statusCode(200).extract().header("ETag");
    asViewer().header("If-None-Match", etag).get("/api/v1/problems/" + id).then().statusCode(304);
    asReporter()
        .header("If-Match", etag)
        .body(problemJson(source, List.of("作风建设", "文风会风"), "会议多、文件多", null))
        .put("/api/v1/problems/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("categoryPath", contains("作风建设", "文风会风"));
    asReporter()
        .header("If-Match", etag)
        .body(problemJson(source, List.of(), "过时的修改", null))
        .put("/api/v1/problems/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("currentVersion", equalTo(1));
    asAdmin()
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"过时\"}")
        .post("/api/v1/problems/" + id + "/withdraw")
        .then()
        .statusCode(412);
    asViewer()
        .get("/api/v1/problems/" + id)
        .then()
        .body("title", equalTo("会议多、文件多"))
        .body("status", equalTo("OPEN"))
        .body("version", equalTo(1));
  }

  @Test
  void theSourceOfAProblemCannotChange() {
    String source = source("来源一");
    String other = source("来源二");
    String id = problem(source, List.of(), "不能换来源");
    asReporter()
        .body(problemJson(other, List.of(), "不能换来源", null))
        .put("/api/v1/problems/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sourceId"));
  }

  @Test
  void duplicateExternalRefAnswers409WithTheExistingProblem() {
    String source = source("OA对接");
    String id =
        asReporter()
            .body(problemJson(source, List.of(), "OA问题", "OA-P-1"))
            .post("/api/v1/problems")
            .then()
            .statusCode(201)
            .body("externalRef", equalTo("OA-P-1"))
            .extract()
            .path("id");
    asReporter()
        .body(problemJson(source, List.of(), "OA问题再次", "OA-P-1"))
        .post("/api/v1/problems")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        // absolute, like a 201's Location
        .header(
            "Location",
            equalTo(
                io.restassured.RestAssured.baseURI
                    + ":"
                    + io.restassured.RestAssured.port
                    + "/api/v1/problems/"
                    + id))
        .body("existingId", equalTo(id));
    asViewer()
        .queryParam("externalRef", "OA-P-1")
        .get("/api/v1/problems")
        .then()
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(id));
    String second = problem(source, List.of(), "另一个");
    asReporter()
        .body(problemJson(source, List.of(), "另一个", "OA-P-1"))
        .put("/api/v1/problems/" + second)
        .then()
        .statusCode(409)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/problems/" + id))
        .header("Location", org.hamcrest.Matchers.startsWith("http"));
  }

  @Test
  void invalidInputIsRefusedWithTheFieldsAndNothingIsWritten() {
    String source = source("坏输入");
    asReporter()
        .body("{\"sourceId\": \"" + source + "\", \"title\": \"\"}")
        .post("/api/v1/problems")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("title"));
    asReporter()
        .body(problemJson("00000000-0000-0000-0000-000000000000", List.of(), "无来源", null))
        .post("/api/v1/problems")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sourceId"));
    asReporter()
        .body(
            "{\"sourceId\": \"%s\", \"title\": \"t\", \"causeIds\": [\"%s\"]}"
                .formatted(source, "00000000-0000-0000-0000-000000000001"))
        .post("/api/v1/problems")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("causeIds"));
    asReporter()
        .body(problemJson(source, List.of("一", " "), "空类别", null))
        .post("/api/v1/problems")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(containsString("categoryPath")));
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
    asViewer()
        .queryParam("status", "DONE")
        .get("/api/v1/problems")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    asViewer()
        .queryParam("sourceId", "nope")
        .get("/api/v1/problems")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sourceId"));
  }

  @Test
  void viewersReadButDoNotWrite() {
    String source = source("权限");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .contentType(ContentType.JSON)
        .body(problemJson(source, List.of(), "查看人不能记", null))
        .post("/api/v1/problems")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().get("/api/v1/problems").then().statusCode(401);
  }

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

  @Test
  void withdrawNeedsAReasonAndIsFinal() {
    String source = source("撤销");
    String id = problem(source, List.of(), "误录的问题");
    asAdmin()
        .body("{}")
        .post("/api/v1/problems/" + id + "/withdraw")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    asAdmin()
        .body("{\"reason\": \"  \"}")
        .post("/api/v1/problems/" + id + "/withdraw")
        .then()
        .statusCode(400);
    asAdmin()
        .body("{\"reason\": \"与P-2024-0001重复\"}")
        .post("/api/v1/problems/" + id + "/withdraw")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("withdrawReason", equalTo("与P-2024-0001重复"))
        .body("withdrawnAt", notNullValue());
    asAdmin()
        .body("{\"reason\": \"再撤一次\"}")
        .post("/api/v1/problems/" + id + "/withdraw")
        .then()
        .statusCode(409)
        .body("currentState", equalTo("WITHDRAWN"))
        .body("allowedActions", empty());
    asReporter()
        .body(problemJson(source, List.of(), "撤销后修改", null))
        .put("/api/v1/problems/" + id)
        .then()
        .statusCode(409);
    asAdmin().post("/api/v1/problems/" + id + "/close").then().statusCode(409);
  }

  @Test
  void causesBelongToASourceAndLinkToItsProblems() {
    String source = source("原因");
    String other = source("另一来源");
    String cause =
        asReporter()
            .body(
                "{\"sourceId\": \"%s\", \"title\": \"理论学习不够深入\", \"description\": \"学用脱节\"}"
                    .formatted(source))
            .post("/api/v1/causes")
            .then()
            .statusCode(201)
            .body("title", equalTo("理论学习不够深入"))
            .body("sourceId", equalTo(source))
            .extract()
            .path("id");
    asViewer()
        .queryParam("sourceId", source)
        .get("/api/v1/causes")
        .then()
        .body("items.id", contains(cause))
        .body("nextCursor", nullValue());
    asViewer()
        .get("/api/v1/causes/" + cause)
        .then()
        .statusCode(200)
        .body("description", equalTo("学用脱节"));
    asReporter()
        .body(
            "{\"sourceId\": \"%s\", \"title\": \"有原因\", \"causeIds\": [\"%s\"]}"
                .formatted(source, cause))
        .post("/api/v1/problems")
        .then()
        .statusCode(201)
        .body("causeIds", contains(cause));
    asReporter()
        .body(
            "{\"sourceId\": \"%s\", \"title\": \"别人的原因\", \"causeIds\": [\"%s\"]}"
                .formatted(other, cause))
        .post("/api/v1/problems")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("causeIds"));
    asReporter()
        .body("{\"sourceId\": \"%s\", \"title\": \"\"}".formatted(source))
        .post("/api/v1/causes")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .contentType(ContentType.JSON)
        .body("{\"sourceId\": \"%s\", \"title\": \"x\"}".formatted(source))
        .post("/api/v1/causes")
        .then()
        .statusCode(403);
  }

  @Test
  void everyChangeIsAFeedEventCarryingTheProblemView() {
    String source = source("变更流");
    String id = problem(source, List.of("类别"), "进入变更流");
    asReporter()
        .body(problemJson(source, List.of("类别"), "改过", null))
        .put("/api/v1/problems/" + id)
        .then()
        .statusCode(200);
    // The same PUT again changes nothing: no event, no new version.
    for (int i = 0; i < 2; i++) {
      asReporter()
          .body(problemJson(source, List.of("类别"), "改过", null))
          .put("/api/v1/problems/" + id)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"");
    }
    asAdmin()
        .body("{\"reason\": \"误录\"}")
        .post("/api/v1/problems/" + id + "/withdraw")
        .then()
        .statusCode(200);
    var events = org.bihuan.problem.support.Api.feedAbout(id);
    List<String> types = events.getList("events.findAll { it.resourceId == '" + id + "' }.type");
    assertEquals(List.of("problem.created", "problem.updated", "problem.withdrawn"), types);
    var last = events.getMap("events.findAll { it.resourceId == '" + id + "' }[2].data");
    assertEquals("WITHDRAWN", last.get("status"));
    assertEquals(2, last.get("version"));
    assertEquals(List.of("类别"), last.get("categoryPath"));
    assertNotEquals(null, last.get("number"));
  }
}
