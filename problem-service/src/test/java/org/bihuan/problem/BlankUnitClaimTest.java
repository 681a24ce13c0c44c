package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A token whose unit claim is present but blank (spaces, an ideographic space, a zero-width space)
 * is refused on every route, including those whose rules never ask for the caller's unit: creating
 * a problem as a reporter and reading the problem list.
 */
@QuarkusTest
class BlankUnitClaimTest {

  @ParameterizedTest
  @ValueSource(strings = {" ", "\u3000", "\u200B"})
  void aBlankUnitClaimIsRefusedOnEveryRoute(String blank) {
    String sourceId = source("空单位令牌");
    given()
        .auth()
        .oauth2(Tokens.reporter("王五", blank))
        .contentType(ContentType.JSON)
        .body(
            org.bihuan.problem.support.Api.problemJson(
                sourceId, java.util.List.of(), "空单位令牌建的问题", null))
        .post("/api/v1/problems")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("unit claim is present but blank"));
    given()
        .auth()
        .oauth2(Tokens.token("viewer-blank", "查看员", blank, "viewer"))
        .get("/api/v1/problems")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }
}
