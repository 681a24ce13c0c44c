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
}
