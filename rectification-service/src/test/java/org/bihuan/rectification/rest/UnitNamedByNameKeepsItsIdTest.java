package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An edit sending the ticket back as an OA system wrote it, its unit by name alone, keeps the
 * unit's directory id, as it keeps the person's: no unlink, and no second version by the
 * directory's background link after the answer (decision 0344).
 */
@io.quarkus.test.junit.QuarkusTest
class UnitNamedByNameKeepsItsIdTest {

  private static String name(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 3; i++) {
      b.append((char) (0x4E00 + ThreadLocalRandom.current().nextInt(0, 6000)));
    }
    return b.toString();
  }

  private static String body(UUID problem, String unit, String person, String measure) {
    return """
        {"problemIds": ["%s"], "measure": "%s",
         "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
         "timing": "DEADLINE", "deadline": "%s"}
        """
        .formatted(problem, measure, unit, person, today().plusDays(60));
  }

  @Test
  void anEditNamingTheStoredUnitByNameKeepsItsIdAndMakesOneVersion() throws Exception {
    String unitId = DirectoryFixtures.id("ORG");
    String unit = name("测科");
    DirectoryFixtures.unit(unitId, unit);
    String personId = DirectoryFixtures.id("P");
    String person = name("测");
    DirectoryFixtures.person(
        personId, person, unitId, "k" + UUID.randomUUID().toString().substring(0, 8));
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id = create(body(problem, unit, person, "建立台账。")).getString("id");

    String etag = given().auth().oauth2(Tokens.admin()).get("/api/v1/tickets/" + id).header("ETag");
    Response put =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .header("If-Match", etag)
            .contentType(ContentType.JSON)
            .body(body(problem, unit, person, "建立台账，每月对账。"))
            .put("/api/v1/tickets/" + id);
    put.then().statusCode(200);
    assertEquals(unitId, put.jsonPath().getString("responsibleUnits[0].externalId"));
    assertEquals(personId, put.jsonPath().getString("responsiblePersonExternalId"));
    String answered = put.header("ETag");

    // the background link runs every few seconds: nothing is left for it to write
    Thread.sleep(6_500);
    Response now = given().auth().oauth2(Tokens.admin()).get("/api/v1/tickets/" + id);
    assertEquals(answered, now.header("ETag"));
    assertEquals(unitId, now.jsonPath().getString("responsibleUnits[0].externalId"));
  }
}
