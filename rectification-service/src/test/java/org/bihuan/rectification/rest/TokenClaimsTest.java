package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Token claims read in one shape only (docs/decisions/0217): a {@code groups} claim that is a text
 * grants nothing and the token is refused, and a subject that is empty or holds control, format or
 * bidirectional characters is refused rather than recorded as who acted.
 */
@QuarkusTest
class TokenClaimsTest {

  private static io.restassured.response.Response createWith(String token, String externalRef) {
    String body =
        ticketJson(
            ProblemServiceStub.problem(UUID.randomUUID()),
            unit("办公室"),
            "张三",
            "DEADLINE",
            today().plusDays(10),
            null,
            externalRef);
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/tickets");
  }

  private static void nothingUnder(String externalRef) {
    assertEquals(
        List.of(),
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("externalRef", externalRef)
            .get("/api/v1/tickets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items"));
  }

  @Test
  void groupsGivenAsATextAreRefusedNotReadAsAList() {
    for (Object groups :
        List.<Object>of("admin", "viewer admin", "admin,viewer", 7, List.of("admin", 1))) {
      String ref = "CLAIMS-" + UUID.randomUUID();
      String token = Tokens.rawClaims(Map.of("sub", "oa-user-1", "name", "张三", "groups", groups));
      createWith(token, ref)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("status", equalTo(401));
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/tickets")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
      nothingUnder(ref);
    }
    // The same token with the roles as a list is accepted.
    String listed =
        Tokens.rawClaims(Map.of("sub", "oa-user-1", "name", "张三", "groups", List.of("admin")));
    createWith(listed, "CLAIMS-" + UUID.randomUUID()).then().statusCode(201);
  }

  @Test
  void aSubjectThatIsEmptyOrHoldsControlOrBidiCharactersIsRefusedNotRecorded() {
    for (String sub :
        List.of(
            "",
            "   ",
            "\u202Eadmin",
            "ad\u202Amin",
            "ad\u202Bmin",
            "ad\u202Cmin",
            "ad\u202Dmin",
            "ad\u2066min",
            "ad\u2067min",
            "ad\u2068min",
            "ad\u2069min",
            "ad\u200Emin",
            "ad\u200Fmin",
            "ad\u0007min",
            "ad\u0085min",
            "ad\u200Bmin",
            "admin\uFEFF")) {
      String ref = "CLAIMS-" + UUID.randomUUID();
      String token = Tokens.rawClaims(Map.of("sub", sub, "name", "张三", "groups", List.of("admin")));
      createWith(token, ref)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("status", equalTo(401));
      nothingUnder(ref);
    }
  }
}
