package org.bihuan.rectification.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Only admins and the service callers named in bihuan.directory.writers (the OA sync job) write the
 * directory (docs/decisions/0216): another service's key can neither re-point a person's login —
 * the identity separation of duties trusts — nor seal the directory with an empty snapshot.
 */
@QuarkusTest
class DirectoryWritersTest {

  @Test
  void anotherServicesTokenWritesNothing() {
    String unit = DirectoryFixtures.id("ORG");
    String person = DirectoryFixtures.id("P");
    DirectoryFixtures.unit(unit, "党委办公室");
    DirectoryFixtures.person(person, "赵验收", unit, "zhaoys-" + person);
    for (String caller : List.of("report-service", "problem-service")) {
      String token = Tokens.service(caller, "rectification-service");
      DirectoryFixtures.putPerson(
              token,
              person,
              "{\"name\": \"赵验收\", \"unitExternalId\": \"%s\", \"login\": \"someone-else\"}"
                  .formatted(unit))
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      DirectoryFixtures.putUnit(token, DirectoryFixtures.id("ORG"), "{\"name\": \"新单位\"}")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      DirectoryFixtures.sync(token, "{\"units\": [], \"people\": []}")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      // Nor reads it: the directory's routes name the OA sync job as their service caller (0217).
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/directory/people/" + person)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/directory/people/" + person)
        .then()
        .statusCode(200)
        .body("login", equalTo("zhaoys-" + person))
        .body("sealed", equalTo(false))
        .body("version", equalTo(0));
    assertEquals(
        false,
        given()
            .auth()
            .oauth2(Tokens.admin())
            .get("/api/v1/directory/units/" + unit)
            .then()
            .statusCode(200)
            .extract()
            .path("sealed"));
    // The OA sync job named in bihuan.directory.writers still writes.
    DirectoryFixtures.putPerson(
            DirectoryFixtures.syncJob(),
            person,
            "{\"name\": \"赵验收\", \"unitExternalId\": \"%s\", \"login\": \"zhaoys2-%s\"}"
                .formatted(unit, person))
        .then()
        .statusCode(200)
        .body("login", equalTo("zhaoys2-" + person));
  }

  /**
   * An admin bound to a unit writes no directory entry — not another unit, not its people, not his
   * own unit, no sync (0231): the directory decides whose tickets a name reaches. His unit-less
   * colleague still does.
   */
  @Test
  void anAdminBoundToAUnitWritesNoDirectoryEntry() {
    String own = DirectoryFixtures.id("ORG");
    String other = DirectoryFixtures.id("ORG");
    String person = DirectoryFixtures.id("P");
    DirectoryFixtures.unit(own, "党委办公室");
    DirectoryFixtures.unit(other, "财务科");
    DirectoryFixtures.person(person, "钱出纳", other, "qcn-" + person);
    String bound = Tokens.token("unit-admin", "孙管理", "党委办公室", "admin");
    DirectoryFixtures.putUnit(bound, other, "{\"name\": \"党委办公室\"}")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("党委办公室"));
    DirectoryFixtures.putUnit(bound, own, "{\"name\": \"党委办公室\", \"sealed\": true}")
        .then()
        .statusCode(403);
    DirectoryFixtures.putPerson(
            bound,
            person,
            "{\"name\": \"钱出纳\", \"unitExternalId\": \"%s\", \"login\": \"unit-admin\"}"
                .formatted(own))
        .then()
        .statusCode(403);
    DirectoryFixtures.putPerson(
            bound,
            DirectoryFixtures.id("P"),
            "{\"name\": \"新同事\", \"unitExternalId\": \"%s\"}".formatted(own))
        .then()
        .statusCode(403);
    DirectoryFixtures.sync(bound, "{\"units\": [], \"people\": []}").then().statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/directory/units/" + other)
        .then()
        .statusCode(200)
        .body("name", equalTo("财务科"))
        .body("sealed", equalTo(false));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/directory/people/" + person)
        .then()
        .body("login", equalTo("qcn-" + person))
        .body("unitExternalId", equalTo(other));
    DirectoryFixtures.putUnit(Tokens.admin(), other, "{\"name\": \"财务处\"}").then().statusCode(200);
  }
}
