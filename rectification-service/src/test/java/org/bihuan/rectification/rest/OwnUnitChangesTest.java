package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A caller bound to a unit gives work to or takes it from no other unit (docs/decisions/0239): on
 * create, batch and edit, every responsible or co-responsible unit he adds or takes off is his own,
 * whatever his roles; a caller for the whole organisation makes joint tickets.
 */
@QuarkusTest
class OwnUnitChangesTest {

  private static String body(UUID problem, String units, String co) {
    return """
        {"problemIds": ["%s"], "measure": "联合整改，建立台账。", "responsibleUnits": %s,%s
         "responsiblePerson": "张三", "timing": "DEADLINE", "deadline": "%s"}
        """
        .formatted(
            problem,
            units,
            co == null ? "" : " \"coResponsibleUnits\": " + co + ",",
            today().plusDays(30));
  }

  private static String units(String... names) {
    return "["
        + String.join(
            ", ", java.util.Arrays.stream(names).map(n -> "{\"name\": \"" + n + "\"}").toList())
        + "]";
  }

  private static Response post(String token, String path, String body) {
    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
  }

  private static Response put(String token, String id, String body) {
    String etag = given().auth().oauth2(token).get("/api/v1/tickets/" + id).header("ETag");
    return given()
        .auth()
        .oauth2(token)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/tickets/" + id);
  }

  private static List<String> unitsOf(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .extract()
        .jsonPath()
        .getList("responsibleUnits.name", String.class);
  }

  @Test
  void aUnitBoundCallerCreatesNoJointTicketWithAnotherUnit() {
    String own = unit("党委办公室");
    String other = unit("纪委办公室");
    for (String token :
        List.of(
            Tokens.reporter("王填报", own),
            Tokens.token("ua", "孙管理", own, "admin"),
            Tokens.token("uv", "钱审核", own, "verifier", "reporter"))) {
      UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
      post(token, "/api/v1/tickets", body(problem, units(own, other), null))
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString(other))
          .body("fields", hasItem("responsibleUnits"));
      post(token, "/api/v1/tickets", body(problem, units(own), units(other)))
          .then()
          .statusCode(403)
          .body("fields", hasItem("coResponsibleUnits"));
      post(
              token,
              "/api/v1/tickets/batch",
              "{\"tickets\": [" + body(problem, units(own, other), null) + "]}")
          .then()
          .statusCode(403);
    }
    // His own unit written another way (blanks, traditional characters) is his unit.
    post(
            Tokens.reporter("王填报", own),
            "/api/v1/tickets",
            body(
                ProblemServiceStub.problem(UUID.randomUUID()),
                units(own.replace("党委", "黨委 ")),
                null))
        .then()
        .statusCode(201);
    // The organisation's admin makes joint tickets.
    post(
            Tokens.admin(),
            "/api/v1/tickets",
            body(
                ProblemServiceStub.problem(UUID.randomUUID()),
                units(own, other),
                units(unit("组织部"))))
        .then()
        .statusCode(201);
  }

  @Test
  void aUnitBoundCallerNeitherAddsNorTakesOffAnotherUnit() {
    String own = unit("党委办公室");
    String other = unit("纪委办公室");
    String third = unit("组织部");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String joint = create(body(problem, units(other, own), null)).getString("id");
    String reporter = Tokens.reporter("王填报", own);
    String admin = Tokens.token("ua", "孙管理", own, "admin");
    for (String token : List.of(reporter, admin)) {
      // Taking the other unit off.
      put(token, joint, body(problem, units(own), null))
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString(other));
      // Adding a third one.
      put(token, joint, body(problem, units(other, own, third), null)).then().statusCode(403);
      put(token, joint, body(problem, units(other, own), units(third))).then().statusCode(403);
    }
    assertEquals(List.of(other, own), unitsOf(joint));
    // Editing the rest of a joint ticket, its units as they are, is his to do.
    put(reporter, joint, body(problem, units(other, own), null).replace("联合整改", "联合整改并复查"))
        .then()
        .statusCode(200);
    put(Tokens.admin(), joint, body(problem, units(own), null)).then().statusCode(200);
    assertEquals(List.of(own), unitsOf(joint));
  }
}
