package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A name sent beside a directory id must be the directory's name for it, folded as names are
 * compared (docs/decisions/0223): otherwise 400 naming the name's field, on create, batch and edit.
 */
@QuarkusTest
class DirectoryNameAgreementTest {

  private static String body(String units, String people) {
    return """
        {"problemIds": ["%s"], "measure": "组织专题学习，建立学习台账。",
         "responsibleUnits": %s, %s, "timing": "DEADLINE", "deadline": "%s"}
        """
        .formatted(
            ProblemServiceStub.problem(UUID.randomUUID()), units, people, today().plusDays(30));
  }

  private static Response post(String body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/tickets");
  }

  /** [unit id, person id] of 党委办公室 and 张三丰 in the directory. */
  private static String[] directory(String unitName) {
    String unit = DirectoryFixtures.id("UU");
    DirectoryFixtures.unit(unit, unitName);
    String person = DirectoryFixtures.id("PP");
    DirectoryFixtures.person(person, "张三丰", unit, "zsf-" + person);
    return new String[] {unit, person};
  }

  @Test
  void aPersonsNameThatIsNotTheDirectorysNameForHisIdIsRefused() {
    String unitName = TicketFixtures.unit("党委办公室");
    String[] d = directory(unitName);
    String units = "[{\"externalId\": \"" + d[0] + "\"}]";
    post(body(
            units,
            "\"responsiblePerson\": \"赵验收\", \"responsiblePersonExternalId\": \"%s\""
                .formatted(d[1])))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("responsiblePerson"))
        .body("detail", containsString("张三丰"));
    post(body(
            units,
            "\"responsiblePerson\": \"张三丰\", \"leaderInCharge\": \"赵验收\","
                + " \"leaderInChargeExternalId\": \"%s\"".formatted(d[1])))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("leaderInCharge"));
    // The same name written another way (traditional characters, a space) is his name.
    assertEquals(
        "张三丰",
        create(
                body(
                    units,
                    "\"responsiblePerson\": \"張三 豐\", \"responsiblePersonExternalId\": \"%s\""
                        .formatted(d[1])))
            .getString("responsiblePerson"));
  }

  @Test
  void aUnitsNameThatIsNotTheDirectorysNameForItsIdIsRefused() {
    String[] d = directory(TicketFixtures.unit("党委办公室"));
    post(body(
            "[{\"name\": \"财务科\", \"externalId\": \"" + d[0] + "\"}]",
            "\"responsiblePerson\": \"李四\""))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("responsibleUnits[0].name"));
    // In a batch, the item and field are named.
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(
            "{\"tickets\": ["
                + body(
                    "[{\"externalId\": \"" + d[0] + "\"}]",
                    "\"responsiblePerson\": \"赵验收\", \"responsiblePersonExternalId\": \"%s\""
                        .formatted(d[1]))
                + "]}")
        .post("/api/v1/tickets/batch")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("tickets[0].responsiblePerson"));
  }

  @Test
  void anEditThatSendsAnotherNameForTheIdIsRefusedButTheTicketAsReadIsNot() {
    String unitName = TicketFixtures.unit("党委办公室");
    String[] d = directory(unitName);
    String units = "[{\"externalId\": \"" + d[0] + "\"}]";
    String id =
        create(
                body(
                    units,
                    "\"responsiblePersonExternalId\": \"%s\", \"leaderInCharge\": \"李书记\""
                        .formatted(d[1])))
            .getString("id");
    // The directory renames him; the ticket keeps the name of the day it was assigned.
    DirectoryFixtures.putPerson(
            Tokens.admin(),
            d[1],
            "{\"name\": \"张三峰\", \"unitExternalId\": \"%s\", \"login\": \"zsf-%s\"}"
                .formatted(d[0], d[1]))
        .then()
        .statusCode(200);
    String etag = given().auth().oauth2(Tokens.admin()).get("/api/v1/tickets/" + id).header("ETag");
    Response refused =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .header("If-Match", etag)
            .contentType(ContentType.JSON)
            .body(
                body(
                        units,
                        "\"responsiblePerson\": \"赵验收\", \"responsiblePersonExternalId\": \"%s\""
                            .formatted(d[1]))
                    .replaceFirst("\"problemIds\": \\[\"[^\"]+\"\\]", problems(id)))
            .put("/api/v1/tickets/" + id);
    refused.then().statusCode(400).body("errors.field", hasItem("responsiblePerson"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(
            body(
                    units,
                    "\"responsiblePerson\": \"张三丰\", \"responsiblePersonExternalId\": \"%s\""
                        .formatted(d[1]))
                .replaceFirst("\"problemIds\": \\[\"[^\"]+\"\\]", problems(id)))
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("responsiblePersonExternalId", equalTo(d[1]));
  }

  /**
   * The directory renames the leader in charge: a unit's reporter who sends the ticket back as he
   * read it, or with the new name, changes no one (0229 guards who supervises, not how the
   * directory writes him); another leader, or another name beside an id the directory does not
   * know, is still a verifier's or admin's change.
   */
  @Test
  void aReporterEditsATicketWhoseLeaderTheDirectoryRenamed() {
    String unitName = TicketFixtures.unit("党委办公室");
    String[] d = directory(unitName);
    String leader = DirectoryFixtures.id("PL");
    DirectoryFixtures.person(leader, "李书记", d[0], "lsj-" + leader);
    String units = "[{\"externalId\": \"" + d[0] + "\"}]";
    String people =
        "\"responsiblePerson\": \"张三丰\", \"responsiblePersonExternalId\": \"%s\","
            + " \"leaderInCharge\": \"%s\", \"leaderInChargeExternalId\": \"%s\"";
    String created = body(units, people.formatted(d[1], "李书记", leader));
    String id = create(created).getString("id");
    DirectoryFixtures.putPerson(
            Tokens.admin(),
            leader,
            "{\"name\": \"李副书记\", \"unitExternalId\": \"%s\", \"login\": \"lsj-%s\"}"
                .formatted(d[0], leader))
        .then()
        .statusCode(200);
    String reporter = Tokens.reporter("张三丰", unitName);
    String asRead = created.replaceFirst("\"problemIds\": \\[\"[^\"]+\"\\]", problems(id));
    String withMeasure = asRead.replace("组织专题学习", "组织专题学习并整改");
    put(reporter, id, withMeasure)
        .then()
        .statusCode(200)
        .body("leaderInCharge", equalTo("李书记"))
        .body("leaderInChargeExternalId", equalTo(leader))
        .body("measure", containsString("并整改"));
    put(reporter, id, withMeasure.replace("李书记", "李副书记").replace("并整改", "并复查"))
        .then()
        .statusCode(200);
    // Another leader, or none, is a supervision decision.
    String other = DirectoryFixtures.id("PL");
    DirectoryFixtures.person(other, "王局长", d[0], "wjz-" + other);
    put(reporter, id, withMeasure.replace("李书记", "王局长").replace(leader, other))
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("fields", hasItem("leaderInChargeExternalId"));
    put(
            reporter,
            id,
            body(units, people.formatted(d[1], "李副书记", leader))
                .replaceAll(
                    ", \"leaderInCharge\": \"李副书记\", \"leaderInChargeExternalId\": \"[^\"]+\"", "")
                .replaceFirst("\"problemIds\": \\[\"[^\"]+\"\\]", problems(id)))
        .then()
        .statusCode(403)
        .body("detail", containsString("leaving them out clears them"));
    // An id the directory does not know keeps the name as sent: a new name is a new leader.
    String unknown =
        create(body(units, people.formatted(d[1], "孙主任", "PL-not-in-directory"))).getString("id");
    put(
            reporter,
            unknown,
            body(units, people.formatted(d[1], "周主任", "PL-not-in-directory"))
                .replaceFirst("\"problemIds\": \\[\"[^\"]+\"\\]", problems(unknown)))
        .then()
        .statusCode(403)
        .body("fields", hasItem("leaderInCharge"));
  }

  /**
   * A SUBMITTED ticket is frozen under review, but the directory's renaming of its person, leader
   * or unit is no change of the ticket (0231): sending it back as read, or with the new names, is
   * accepted; another person is still refused as under review.
   */
  @Test
  void aSubmittedTicketWhosePeopleAndUnitTheDirectoryRenamedIsSentBackAsRead() {
    String unitName = TicketFixtures.unit("党委办公室");
    String[] d = directory(unitName);
    String leader = DirectoryFixtures.id("PL");
    DirectoryFixtures.person(leader, "李书记", d[0], "lsj-" + leader);
    String units = "[{\"externalId\": \"" + d[0] + "\"}]";
    String people =
        "\"responsiblePerson\": \"%s\", \"responsiblePersonExternalId\": \"%s\","
            + " \"leaderInCharge\": \"%s\", \"leaderInChargeExternalId\": \"%s\"";
    String created = body(units, people.formatted("张三丰", d[1], "李书记", leader));
    String id = create(created).getString("id");
    TicketFixtures.act(Tokens.admin(), id, "start", null).then().statusCode(200);
    TicketFixtures.progress(Tokens.admin(), id, today(), "已整改").then().statusCode(201);
    TicketFixtures.act(Tokens.admin(), id, "submit", null).then().statusCode(200);
    DirectoryFixtures.putPerson(
            Tokens.admin(),
            d[1],
            "{\"name\": \"张三峰\", \"unitExternalId\": \"%s\", \"login\": \"zsf-%s\"}"
                .formatted(d[0], d[1]))
        .then()
        .statusCode(200);
    DirectoryFixtures.putPerson(
            Tokens.admin(),
            leader,
            "{\"name\": \"李副书记\", \"unitExternalId\": \"%s\", \"login\": \"lsj-%s\"}"
                .formatted(d[0], leader))
        .then()
        .statusCode(200);
    DirectoryFixtures.putUnit(Tokens.admin(), d[0], "{\"name\": \"" + unitName + "（新）\"}")
        .then()
        .statusCode(200);
    String asRead = created.replaceFirst("\"problemIds\": \\[\"[^\"]+\"\\]", problems(id));
    // sent back as read, the ticket keeps its names (0351)
    put(Tokens.admin(), id, asRead)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("responsiblePerson", equalTo("张三丰"))
        .body("leaderInCharge", equalTo("李书记"))
        .body("responsibleUnits[0].name", equalTo(unitName));
    // with the directory's new names, it follows them (0231)
    put(Tokens.admin(), id, asRead.replace("张三丰", "张三峰").replace("\"李书记\"", "\"李副书记\""))
        .then()
        .statusCode(200)
        .body("responsiblePerson", equalTo("张三峰"))
        .body("leaderInCharge", equalTo("李副书记"));
    String other = DirectoryFixtures.id("PP");
    DirectoryFixtures.person(other, "王五", d[0], "ww-" + other);
    // The ticket now stores the new names; another person is a change under review.
    put(
            Tokens.admin(),
            id,
            asRead.replace("\"李书记\"", "\"李副书记\"").replace("张三丰", "王五").replace(d[1], other))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("ticket-under-review"));
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

  private static String problems(String ticketId) {
    String problem =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .get("/api/v1/tickets/" + ticketId)
            .then()
            .extract()
            .path("problemIds[0]");
    return "\"problemIds\": [\"" + problem + "\"]";
  }
}
