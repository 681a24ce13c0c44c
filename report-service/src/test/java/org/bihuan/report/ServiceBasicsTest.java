package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceBasicsTest {

  @Test
  void readyOnItsOwnDatabaseAndContractPublished() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
  }

  @Test
  void unknownApiPathsAnswerProblemJson() {
    given().get("/api/v1/nothing").then().statusCode(404).contentType("application/problem+json");
  }

  /** The contract is read without this repository's sibling files: it names none of them. */
  @Test
  void theContractRefersToNoFileOutsideTheRepository() {
    String contract = given().get("/q/openapi").then().statusCode(200).extract().asString();
    for (String outside : new String[] {"DOMAIN.md", "CONTRACT.md", "STYLE.md"}) {
      org.junit.jupiter.api.Assertions.assertFalse(contract.contains(outside), outside);
    }
  }

  /**
   * README and docs/integration.md say report-service has no change feed (it is computed from the
   * other two): it answers 404, not an empty feed.
   */
  @Test
  void thereIsNoFeedHereAsTheReadmeSays() {
    given()
        .auth()
        .oauth2(org.bihuan.testing.Tokens.viewer())
        .get("/api/v1/events")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
