package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Tickets naming units and people by their directory ids (docs/decisions/0204): the directory's
 * names are used, unknown ids without a name and sealed entries newly assigned are refused, the
 * to-do carries the person's OA login, and separation of duties compares directory identities.
 */
@QuarkusTest
class DirectoryTicketTest {

  private static String ticket(String units, String people) {
    return """
        {"problemIds": ["%s"], "measure": "建立干部谈心谈话制度。",
         "responsibleUnits": %s, %s "timing": "DEADLINE", "deadline": "%s"}
        """
        .formatted(
            ProblemServiceStub.problem(UUID.randomUUID()),
            units,
            people.isEmpty() ? "" : people + ",",
            today().plusDays(30));
  }

  private static Response post(String body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/tickets");
  }

  private static String[] directory() {
    String unit = DirectoryFixtures.id("ORG");
    String person = DirectoryFixtures.id("P");
    String leader = DirectoryFixtures.id("P");
    DirectoryFixtures.unit(unit, "纪检监察室");
    DirectoryFixtures.person(person, "王五", unit, "wangwu-" + person);
    DirectoryFixtures.person(leader, "李书记", unit, "lishuji-" + leader);
    return new String[] {unit, person, leader};
  }

  @Test
  void aTicketNamesItsUnitsAndPeopleByTheirDirectoryIds() {
    String[] d = directory();
    String other = DirectoryFixtures.id("OA-U");
    JsonPath t =
        post(ticket(
                "[{\"externalId\": \"%s\"}, {\"name\": \"宣传部\", \"externalId\": \"%s\"}]"
                    .formatted(d[0], other),
                "\"responsiblePerson\": \"王 五\", \"responsiblePersonExternalId\": \"%s\","
                        .formatted(d[1])
                    + " \"leaderInChargeExternalId\": \"%s\"".formatted(d[2])))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertEquals("纪检监察室", t.getString("responsibleUnits[0].name"));
    assertEquals(d[0], t.getString("responsibleUnits[0].externalId"));
    // Not in the directory: kept as given, as before the directory.
    assertEquals("宣传部", t.getString("responsibleUnits[1].name"));
    assertEquals(other, t.getString("responsibleUnits[1].externalId"));
    assertEquals("王五", t.getString("responsiblePerson"), "the directory's name");
    assertEquals(d[1], t.getString("responsiblePersonExternalId"));
    assertEquals("李书记", t.getString("leaderInCharge"));
    assertEquals(d[2], t.getString("leaderInChargeExternalId"));
    // Read back as an OA system reads it: the single GET and the batch read answer what the
    // create answered, ids included.
    Object created = t.get("$");
    assertEquals(
        created,
        given()
            .auth()
            .oauth2(Tokens.admin())
            .get("/api/v1/tickets/" + t.getString("id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .get("$"));
    assertEquals(
        created,
        given()
            .auth()
            .oauth2(Tokens.admin())
            .queryParam("ids", t.getString("id"))
            .get("/api/v1/tickets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .get("items[0]"));

    post(ticket("[{\"externalId\": \"NO-SUCH-UNIT\"}]", ""))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("responsibleUnits[0].externalId"));
    post(ticket(
            "[{\"externalId\": \"%s\"}]".formatted(d[0]),
            "\"responsiblePersonExternalId\": \"NO-SUCH-PERSON\""))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("responsiblePersonExternalId"));
    post(ticket(
            "[{\"externalId\": \"%s\"}]".formatted(d[0]), "\"leaderInChargeExternalId\": \"a b\""))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("leaderInChargeExternalId"));
    post(ticket("[{}]", ""))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("responsibleUnits[0].name"));
  }

  @Test
  void aToDoOfAPersonInTheDirectoryCarriesHisOaLogin() {
    String[] d = directory();
    String id =
        post(ticket(
                "[{\"externalId\": \"%s\"}]".formatted(d[0]),
                "\"responsiblePersonExternalId\": \"%s\"".formatted(d[1])))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("ticketId", id)
        .get("/api/v1/todos")
        .then()
        .statusCode(200)
        .body("items[0].kind", equalTo("START"))
        .body("items[0].assignee.type", equalTo("PERSON"))
        .body("items[0].assignee.name", equalTo("王五"))
        .body("items[0].assignee.externalId", equalTo(d[1]))
        .body("items[0].assignee.login", equalTo("wangwu-" + d[1]));
    // An OA asks for a person's to-dos by his login.
    given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("assignee", "wangwu-" + d[1])
        .get("/api/v1/todos")
        .then()
        .statusCode(200)
        .body("items.ticketId", hasItem(id));
  }

  @Test
  void aSealedUnitOrPersonIsNotNewlyAssignedButExistingTicketsKeepThem() {
    String[] d = directory();
    String units = "[{\"externalId\": \"%s\"}]".formatted(d[0]);
    String people = "\"responsiblePersonExternalId\": \"%s\"".formatted(d[1]);
    String body = ticket(units, people);
    JsonPath t = post(body).then().statusCode(201).extract().jsonPath();
    String id = t.getString("id");
    DirectoryFixtures.putPerson(
            Tokens.admin(),
            d[1],
            "{\"name\": \"王五\", \"unitExternalId\": \"%s\", \"sealed\": true}".formatted(d[0]))
        .then()
        .statusCode(200);
    DirectoryFixtures.putUnit(Tokens.admin(), d[0], "{\"name\": \"纪检监察室\", \"sealed\": true}")
        .then()
        .statusCode(200);
    post(ticket(units, ""))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("responsibleUnits[0].externalId"));
    post(ticket("[{\"name\": \"办公室\"}]", people))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("responsiblePersonExternalId"));
    // The existing ticket still shows them and can still be edited with them.
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("responsibleUnits[0].name", equalTo("纪检监察室"))
        .body("responsiblePerson", equalTo("王五"));
    String edited =
        """
        {"problemIds": %s, "measure": "建立干部谈心谈话制度，每季度一次。",
         "responsibleUnits": %s, %s, "timing": "DEADLINE", "deadline": "%s"}
        """
            .formatted(
                "[\"" + t.getString("problemIds[0]") + "\"]", units, people, t.get("deadline"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(edited)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("responsiblePersonExternalId", equalTo(d[1]));
  }

  @Test
  void separationOfDutiesComparesDirectoryIdentitiesWhereBothAreKnown() {
    String[] d = directory();
    String namesake = DirectoryFixtures.id("P");
    DirectoryFixtures.person(namesake, "王五", d[0], "wangwu-" + namesake);
    String id =
        post(ticket(
                "[{\"externalId\": \"%s\"}]".formatted(d[0]),
                "\"responsiblePersonExternalId\": \"%s\"".formatted(d[1])))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    act(Tokens.admin(), id, "start", null).then().statusCode(200);
    progress(Tokens.admin(), id, today(), "已谈话").then().statusCode(201);
    act(Tokens.admin(), id, "submit", null).then().statusCode(200);
    // The responsible person himself, under another display name: his login is his identity.
    act(Tokens.token("wangwu-" + d[1], "王老五", null, "verifier"), id, "verify", "本人")
        .then()
        .statusCode(403);
    // A namesake known to the directory as another person may verify.
    act(Tokens.token("wangwu-" + namesake, "王五", null, "verifier"), id, "verify", "同名的另一人")
        .then()
        .statusCode(200);
  }
}
