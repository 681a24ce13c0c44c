package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * After the directory renames a unit and a person, a PUT that sends back the unit and the person
 * the ticket stores — by id alone, or with the name the ticket stores — keeps the ticket's names:
 * the unit's reporter (whose token carries the unit's name now, 0348) may still edit, act and see
 * its to-dos, and the person's to-do stays the one it was. Only a PUT that sends the new name or
 * names another person changes it (decisions 0351, 0354).
 */
@io.quarkus.test.junit.QuarkusTest
class RenamedEntriesSentBackTest {

  private static String name(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 3; i++) {
      b.append((char) (0x4E00 + ThreadLocalRandom.current().nextInt(0, 6000)));
    }
    return b.toString();
  }

  private static String body(
      String problem, String unit, String person, String personName, String measure) {
    return """
        {"problemIds": ["%s"], "measure": "%s", "responsibleUnits": [%s],
         %s"responsiblePersonExternalId": "%s", "timing": "DEADLINE", "deadline": "%s"}
        """
        .formatted(
            problem,
            measure,
            unit,
            personName == null ? "" : "\"responsiblePerson\": \"" + personName + "\", ",
            person,
            today().plusDays(60));
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

  @Test
  void aTicketSentBackAsStoredKeepsItsNamesAfterTheDirectoryRenamedThem() {
    String unitId = DirectoryFixtures.id("RU");
    String unit = name("更名科");
    DirectoryFixtures.unit(unitId, unit);
    String personId = DirectoryFixtures.id("RP");
    String person = name("原");
    String login = "rn" + UUID.randomUUID().toString().substring(0, 8);
    DirectoryFixtures.person(personId, person, unitId, login);
    String problem = ProblemServiceStub.problem(UUID.randomUUID()).toString();
    String byId = "{\"externalId\": \"" + unitId + "\"}";
    String id = create(body(problem, byId, personId, null, "建立台账。")).getString("id");
    String start = (String) ConnectorFixtures.todo(id, "START").get("id");

    String newUnit = unit + "新";
    DirectoryFixtures.putUnit(Tokens.admin(), unitId, "{\"name\": \"" + newUnit + "\"}")
        .then()
        .statusCode(200);
    DirectoryFixtures.renamePerson(personId, person + "一", unitId, login);

    // the GET body's unit and person, names and ids, sent back with another measure
    String stored = "{\"name\": \"" + unit + "\", \"externalId\": \"" + unitId + "\"}";
    put(Tokens.admin(), id, body(problem, stored, personId, person, "建立台账，每月对账。"))
        .then()
        .statusCode(200)
        .body("responsibleUnits[0].name", equalTo(unit))
        .body("responsibleUnits[0].externalId", equalTo(unitId))
        .body("responsiblePerson", equalTo(person))
        .body("responsiblePersonExternalId", equalTo(personId));
    List<Map<String, Object>> todos = ConnectorFixtures.todos(id);
    assertEquals(1, todos.size(), "one to-do, not closed and opened again: " + todos);
    assertEquals(start, todos.get(0).get("id"));
    assertEquals("OPEN", todos.get(0).get("status"));

    // the unit's reporter — his token carries the unit's name now (0348) — sends it back by ids
    // alone, and as GET shows it; the ticket keeps its names and he still acts on it
    String reporter = Tokens.reporter(name("报"), newUnit);
    put(reporter, id, body(problem, byId, personId, null, "建立台账，每月对账并公示。"))
        .then()
        .statusCode(200)
        .body("responsibleUnits[0].name", equalTo(unit))
        .body("responsiblePerson", equalTo(person));
    put(reporter, id, body(problem, stored, personId, person, "建立台账，每月对账、公示。"))
        .then()
        .statusCode(200)
        .body("responsibleUnits[0].name", equalTo(unit));
    TicketFixtures.progress(reporter, id, today(), "已建立台账").then().statusCode(201);
    assertEquals(
        List.of(start),
        given()
            .auth()
            .oauth2(reporter)
            .get("/api/v1/todos?ticketId=" + id + "&status=OPEN")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", String.class),
        "the unit's reporter sees the ticket's to-do under its stored name");
    // a token still carrying the unit's earlier name no longer writes to it
    put(Tokens.reporter(name("报"), unit), id, body(problem, byId, personId, null, "改。"))
        .then()
        .statusCode(403);
    // the directory's new name sent beside the id is a change, his own unit's
    String renamed = "{\"name\": \"" + newUnit + "\", \"externalId\": \"" + unitId + "\"}";
    put(reporter, id, body(problem, renamed, personId, person, "建立台账，每月对账并公示。"))
        .then()
        .statusCode(200)
        .body("responsibleUnits[0].name", equalTo(newUnit));

    // another person named by his id is a change
    String otherId = DirectoryFixtures.id("RP");
    String other = name("另");
    DirectoryFixtures.person(
        otherId, other, unitId, "ro" + UUID.randomUUID().toString().substring(0, 8));
    put(Tokens.admin(), id, body(problem, renamed, otherId, null, "建立台账，每月对账并公示。"))
        .then()
        .statusCode(200)
        .body("responsiblePerson", equalTo(other))
        .body("responsibleUnits[0].name", equalTo(newUnit));
  }
}
