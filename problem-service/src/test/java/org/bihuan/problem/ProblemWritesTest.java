package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.bihuan.problem.support.Api.asAdmin;
import static org.bihuan.problem.support.Api.asReporter;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.problemJson;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Writing a problem: conditional updates, a fixed source, duplicates, invalid input, viewers and
 * withdrawal.
 */
@QuarkusTest
class ProblemWritesTest {

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
}
