package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A single-valued query parameter given twice is refused as on the feed, a page limit that is no
 * whole number is told the page's range, and a body number too large for its type is told the
 * field's range (docs/decisions/0280).
 */
@QuarkusTest
class RepeatedAndOutOfRangeParametersTest {

  @Test
  void aSingleValuedParameterGivenTwiceIsRefused() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/todos?status=OPEN&status=DONE")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("status"))
        .body("errors[0].message", equalTo("is given 2 times; give it once"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/todos?status=OPEN,DONE")
        .then()
        .statusCode(200);
  }

  @Test
  void aPageLimitThatIsNoWholeNumberIsToldThePageRange() {
    for (String limit : new String[] {"1.5", "9223372036854775808"}) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .queryParam("limit", limit)
          .get("/api/v1/todos")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("limit"))
          .body("errors[0].message", equalTo("must be a whole number from 1 to 500"));
    }
  }

  @Test
  void anOversizedPercentIsToldItsRange() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"note\": \"进展\", \"percent\": 9223372036854775808}")
        .post("/api/v1/tickets/" + UUID.randomUUID() + "/progress")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("percent"))
        .body("errors[0].message", equalTo("must be a whole number from 0 to 100"));
  }
}
