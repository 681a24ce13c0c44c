package org.bihuan.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceBasicsTest {

  @Test
  void readyOnItsOwnDatabaseAndContractPublished() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/events"));
    given().get("/q/metrics").then().statusCode(200);
  }

  @Test
  void feedNeedsATokenAndAnswersWithOne() {
    given().get("/api/v1/events").then().statusCode(401).contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("next", greaterThanOrEqualTo(0));
  }
}
