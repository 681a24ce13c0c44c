package org.bihuan.rectification.directory;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.bihuan.testing.Tokens;

/** Calls the directory the way an OA org sync job does. */
public final class DirectoryFixtures {

  private DirectoryFixtures() {}

  /** The service token of the OA sync job, a trusted caller of rectification-service. */
  public static String syncJob() {
    return Tokens.service("oa-sync", "rectification-service");
  }

  /** A fresh externalId, so each test's entries are its own. */
  public static String id(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * PUTs a unit. Tests share one database and name their units alike (督查室 in several classes); a
   * unit in use of another test that has the name (409 unit-name-taken, 0234) is sealed first, as
   * the OA would seal a unit it replaces, and the PUT sent again.
   */
  public static Response putUnit(String token, String externalId, String body) {
    Response r = rawPutUnit(token, externalId, body);
    if (r.statusCode() == 409 && r.jsonPath().getString("heldBy") != null) {
      String holder = r.jsonPath().getString("heldBy");
      String name =
          given()
              .auth()
              .oauth2(Tokens.admin())
              .get("/api/v1/directory/units/" + holder)
              .jsonPath()
              .getString("name");
      rawPutUnit(Tokens.admin(), holder, "{\"name\": \"" + name + "\", \"sealed\": true}")
          .then()
          .statusCode(200);
      r = rawPutUnit(token, externalId, body);
    }
    return r;
  }

  /** PUTs a unit as it is, a 409 included. */
  public static Response rawPutUnit(String token, String externalId, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/directory/units/" + externalId);
  }

  public static Response putPerson(String token, String externalId, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/directory/people/" + externalId);
  }

  public static void unit(String externalId, String name) {
    putUnit(Tokens.admin(), externalId, "{\"name\": \"" + name + "\"}").then().statusCode(201);
  }

  public static void person(String externalId, String name, String unit, String login) {
    putPerson(
            Tokens.admin(),
            externalId,
            """
            {"name": "%s", "unitExternalId": "%s", "login": "%s", "mobile": "13800138000"}
            """
                .formatted(name, unit, login))
        .then()
        .statusCode(201);
  }

  /** Renames a person the directory has (200), keeping his unit and login. */
  public static void renamePerson(String externalId, String name, String unit, String login) {
    putPerson(
            Tokens.admin(),
            externalId,
            "{\"name\": \"%s\", \"unitExternalId\": \"%s\", \"login\": \"%s\"}"
                .formatted(name, unit, login))
        .then()
        .statusCode(200);
  }

  public static Response sync(String token, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/directory:sync");
  }
}
