package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A report parameter given twice is refused, as on the feed, rather than read as its first value
 * (docs/decisions/0280).
 */
@QuarkusTest
class RepeatedReportParametersTest {

  @Test
  void aBreakdownByTwoDimensionsIsRefused() {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/breakdown?by=unit&by=leader")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("by"))
        .body("errors[0].message", equalTo("is given 2 times; give it once"));
  }
}
