package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A withdrawal's list of a problem's tickets ({@code waitForCreations=true}) reads its problemId as
 * every other query parameter is read (platform {@code QueryParams}): a value that is no UUID, or a
 * blank one, is a 400 naming problemId; a padded one is the id.
 */
@QuarkusTest
class WithdrawalListParametersTest {

  static io.restassured.response.Response list(String problemId) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("problemId", problemId)
        .queryParam("waitForCreations", true)
        .get("/api/v1/tickets");
  }

  @Test
  void aProblemIdThatIsNoUuidIsRefusedByName() {
    for (String bad : new String[] {"nope", "12345", " ", "0000-0000"}) {
      list(bad)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("problemId"));
    }
  }

  @Test
  void aPaddedIdIsTheId() {
    list("  9b2f3f4e-1111-4a5b-8c9d-0123456789ab ")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }
}
