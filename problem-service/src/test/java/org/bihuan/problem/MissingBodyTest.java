package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asAdmin;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A write sent without its JSON body, or with the body {@code null}, is a 400 whose {@code errors}
 * name the body — not the resource method's parameter ({@code input}), a name no contract knows —
 * and nothing changes.
 */
@QuarkusTest
class MissingBodyTest {

  @Test
  void aSourceWithoutABodyNamesTheBody() {
    for (String body : new String[] {null, "null"}) {
      var request = asAdmin();
      if (body != null) {
        request = request.body(body);
      }
      request
          .post("/api/v1/sources")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", contains("body"))
          .body("errors[0].message", containsString("请求体"));
    }
  }

  @Test
  void aWithdrawalWithoutABodyNamesTheBodyAndLeavesTheProblemOpen() {
    String id = problem(source("缺少请求体"), List.of(), "缺少请求体的撤销");
    asAdmin()
        .post("/api/v1/problems/" + id + "/withdraw")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("body"));
    asAdmin().get("/api/v1/problems/" + id).then().body("status", equalTo("OPEN"));
  }

  @Test
  void aFieldMissingInsideTheBodyIsStillNamedByItsPath() {
    asAdmin()
        .body("{\"kind\": \"MEETING\"}")
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("title"));
  }
}
