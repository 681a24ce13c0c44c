package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The conventions of CONTRACT.md on credentials and errors, exercised through the sources resource.
 */
@QuarkusTest
class ConventionsOfAccessAndErrorsTest {

  @Test
  void healthAndContractNeedNoCredential() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/sources"));
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void apiWithoutTokenIsRefusedAsProblemJson() {
    given()
        .get("/api/v1/sources")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("status", equalTo(401))
        .body("title", equalTo("未认证"));
  }

  @Test
  void tokenSignedByAnotherKeyIsRefused() {
    String forged = Tokens.admin();
    String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA";
    given().auth().oauth2(tampered).get("/api/v1/sources").then().statusCode(401);
  }

  @Test
  void invalidInputListsTheFields() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"title\": \"\", \"kind\": \"PARTY\"}")
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("kind"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"title\": \"\", \"kind\": \"MEETING\"}")
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("title"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"title\": \"x\", \"kind\": \"MEETING\", \"colour\": \"red\"}")
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("colour"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"title\": \"x\", \"kind\": \"MEETING\", \"heldOn\": \"2024年1月\"}")
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("heldOn"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{not json")
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void unknownRoutesAndIdsAnswerProblemJson() {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/sources/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("errors", nullValue())
        // one title for one status, whoever answers it
        .body("title", org.hamcrest.Matchers.equalTo("未找到"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", org.hamcrest.Matchers.equalTo("未找到"));
  }
}
