package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The range of a trend is refused with one 400 problem naming {@code from}: a range that ends
 * before it starts (to defaults to today) and one of more than 400 intervals; it is judged only
 * once the interval and dates it is made of are valid, so that a 400 names what is wrong first.
 */
@QuarkusTest
class TrendRangeTest {

  private static ValidatableResponse get(String path) {
    return given().auth().oauth2(Tokens.viewer()).get(path).then();
  }

  @Test
  void aRangeEndingBeforeItStartsNamesFrom() {
    get("/api/v1/reports/trend?interval=week&from=2999-01-01")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("detail", equalTo("from: must not be after to (default today)"))
        .body("errors.field", contains("from"))
        .body("errors.message", contains("must not be after to (default today)"));
  }

  @Test
  void aRangeOfMoreThan400IntervalsNamesFrom() {
    get("/api/v1/reports/trend?interval=day&from=2023-01-01&to=2024-06-15")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("from: the range holds more than 400 intervals"))
        .body("errors.field", contains("from"))
        .body("errors.message", contains("the range holds more than 400 intervals"));
  }

  @Test
  void theRangeIsJudgedOnlyOnceItsPartsAreValid() {
    get("/api/v1/reports/trend?interval=year&from=2999-01-01")
        .statusCode(400)
        .body("errors.field", contains("interval"));
    get("/api/v1/reports/trend?interval=day&from=2024-06-15&to=2024-06-01")
        .statusCode(400)
        .body("errors.field", contains("to"));
  }
}
