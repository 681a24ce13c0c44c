package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.bihuan.problem.support.Api.asAdmin;
import static org.bihuan.problem.support.Api.asReporter;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.problemJson;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A source's causes linked to its problems, and the feed event of every change of a problem. */
@QuarkusTest
class ProblemCausesAndFeedTest {

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
