package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.bihuan.problem.support.Api;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A write names only the query parameters its route declares: an import takes dryRun, replace and
 * createTickets, and anything else is 400 naming it before the document is read; a problem's PUT
 * takes none (docs/decisions/0237).
 */
@QuarkusTest
class UndeclaredQueryParametersTest {

  private static final String DOCUMENT = "一、存在的问题\n（一）作风方面\n1. 调研不够深入。\n";

  @Test
  void anImportTakesItsOwnParametersAndRefusesOthers() {
    String source = Api.source("参数来源");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("text/plain; charset=UTF-8")
        .body(DOCUMENT)
        .queryParam("dryrun", "true")
        .post("/api/v1/sources/" + source + "/import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("dryrun"))
        .body("errors.message", hasItem(containsString("dryRun")));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("text/plain; charset=UTF-8")
        .body(DOCUMENT)
        .queryParam("dryRun", "true")
        .post("/api/v1/sources/" + source + "/import")
        .then()
        .statusCode(200);
    // Nothing was imported by the refused request: the real import is the first.
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("text/plain; charset=UTF-8")
        .body(DOCUMENT)
        .post("/api/v1/sources/" + source + "/import")
        .then()
        .statusCode(201);
  }
}
