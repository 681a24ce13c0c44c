package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.listByUnit;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** POST /tickets/batch: all or nothing, and a retry never duplicates. */
@QuarkusTest
class TicketBatchTest {

  private static String batch(List<String> items) {
    return "{\"tickets\": [" + String.join(",", items) + "]}";
  }

  private static JsonPath post(String body, int status) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/tickets/batch")
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  @Test
  void aRetriedBatchAnswersTheExistingTicketsAndCreatesNothing() {
    String unit = unit("办公室");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      items.add(
          ticketJson(
              problem, unit, "张三", "DEADLINE", today().plusDays(10 + i), null, run + "-" + i));
    }
    JsonPath first = post(batch(items), 201);
    List<String> ids = first.getList("tickets.id");
    assertEquals(3, ids.size());
    assertEquals(List.of(run + "-0", run + "-1", run + "-2"), first.getList("tickets.externalRef"));

    JsonPath again = post(batch(items), 200);
    assertEquals(ids, again.getList("tickets.id"));
    assertEquals(3, listByUnit(unit).getList("items").size());

    // Two known items and a new one: only the new one is created, all three answered in order.
    List<String> mixed = new ArrayList<>(items.subList(0, 2));
    mixed.add(ticketJson(problem, unit, "张三", "LONG_TERM", null, "QUARTER", run + "-3"));
    JsonPath third = post(batch(mixed), 201);
    assertEquals(ids.subList(0, 2), third.getList("tickets.id").subList(0, 2));
    assertNotEquals(ids.get(2), third.getList("tickets.id").get(2));
    assertEquals(4, listByUnit(unit).getList("items").size());
  }

  @Test
  void anImportersItemWithoutPersonOrLeaderIsAccepted() {
    String unit = unit("综合办");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    // As problem-service's importer sends a measure whose plan names only the unit.
    String item =
        """
        {"problemIds": ["%s"], "measure": "健全制度", "responsibleUnits": [{"name": "%s"}],
         "timing": "LONG_TERM", "externalRef": "IMP-%s"}
        """
            .formatted(problem, unit, UUID.randomUUID());
    JsonPath t = post(batch(List.of(item)), 201);
    assertEquals(null, t.getString("tickets[0].responsiblePerson"));
    assertEquals(null, t.getString("tickets[0].leaderInCharge"));
    assertEquals(null, t.getString("tickets[0].deadline"));
    assertEquals(t.getList("tickets.id"), post(batch(List.of(item)), 200).getList("tickets.id"));
  }

  @Test
  void coResponsibleUnitsArriveApartFromTheResponsibleUnitsAndStayThroughAnEditWithoutThem() {
    String unit = unit("办公室");
    String finance = unit("财务科");
    String personnel = unit("人事科");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    // As problem-service's importer sends a measure of a table with a 配合单位 column.
    String item =
        """
        {"problemIds": ["%s"], "measure": "规范公务接待", "responsibleUnits": [{"name": "%s"}],
         "coResponsibleUnits": [{"name": "%s"}, {"name": "%s", "externalId": "ORG-7"}],
         "timing": "LONG_TERM", "externalRef": "IMP-%s"}
        """
            .formatted(problem, unit, finance, personnel, UUID.randomUUID());
    JsonPath created = post(batch(List.of(item)), 201);
    assertEquals(List.of(unit), created.getList("tickets[0].responsibleUnits.name"));
    assertEquals(
        List.of(finance, personnel), created.getList("tickets[0].coResponsibleUnits.name"));
    assertEquals(
        java.util.Arrays.asList(null, "ORG-7"),
        created.getList("tickets[0].coResponsibleUnits.externalId"));
    String id = created.getString("tickets[0].id");
    // the same content again is the same ticket; a co-operating unit is not a unit of the ticket
    assertEquals(List.of(id), post(batch(List.of(item)), 200).getList("tickets.id"));
    assertEquals(0, listByUnit(finance).getList("items").size());

    // an edit that does not name them (a client written before the field) keeps them
    String etag =
        given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id).header("ETag");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(
            """
            {"problemIds": ["%s"], "measure": "规范公务接待，建立台账", "responsibleUnits": [{"name": "%s"}],
             "timing": "LONG_TERM"}
            """
                .formatted(problem, unit))
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("measure", equalTo("规范公务接待，建立台账"))
        .body("coResponsibleUnits.name", equalTo(List.of(finance, personnel)));
  }

  @Test
  void aCoResponsibleUnitThatIsAlsoResponsibleOrListedTwiceIsRefused() {
    String unit = unit("办公室");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String item =
        """
        {"problemIds": ["%s"], "measure": "规范公务接待", "responsibleUnits": [{"name": "%s"}],
         "coResponsibleUnits": [{"name": "%s"}, {"name": "财务科"}, {"name": "财务科"}],
         "timing": "LONG_TERM"}
        """
            .formatted(problem, unit, unit);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(batch(List.of(item)))
        .post("/api/v1/tickets/batch")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            equalTo(
                List.of(
                    "tickets[0].coResponsibleUnits[0].name",
                    "tickets[0].coResponsibleUnits[2].name")))
        .body("errors.message[0]", containsString("already a responsible unit"))
        .body("errors.message[1]", containsString("twice"));
    assertEquals(0, listByUnit(unit).getList("items").size());
  }

  @Test
  void aKnownExternalRefWithOtherContentRefusesTheWholeBatch() {
    String unit = unit("纪委");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String ref = "OA-" + UUID.randomUUID();
    post(batch(List.of(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, ref))), 201);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(
            batch(
                List.of(
                    ticketJson(problem, unit, "李四", "IMMEDIATE", null, null, null),
                    ticketJson(problem, unit, "王五", "IMMEDIATE", null, null, ref))))
        .post("/api/v1/tickets/batch")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .header("Location", containsString("/api/v1/tickets/"))
        .body("index", equalTo(1))
        .body("errors.field", hasItem("tickets[1].externalRef"));
    assertEquals(1, listByUnit(unit).getList("items").size());
  }

  @Test
  void anUnknownProblemInOneItemRefusesTheBatchNamingIt() {
    String unit = unit("工会");
    UUID known = ProblemServiceStub.problem(UUID.randomUUID());
    UUID unknown = UUID.randomUUID();
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(
            batch(
                List.of(
                    ticketJson(known, unit, "张三", "IMMEDIATE", null, null, null),
                    ticketJson(unknown, unit, "张三", "IMMEDIATE", null, null, null))))
        .post("/api/v1/tickets/batch")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("tickets[1].problemIds[0]"))
        .body("detail", containsString(unknown.toString()));
    assertEquals(List.of(), listByUnit(unit).getList("items"));
  }

  @Test
  void aBatchOf501IsRefusedAndNothingIsWritten() {
    String unit = unit("信息中心");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String one = ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      items.add(one);
    }
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(batch(items))
        .post("/api/v1/tickets/batch")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("tickets"));
    assertEquals(List.of(), listByUnit(unit).getList("items"));
    // The same content in a batch of 500 goes through, with 500 distinct numbers (given the time
    // 500 inserts take on a loaded machine, not the 30 s of a single read).
    JsonPath ok =
        given()
            .config(
                io.restassured.RestAssured.config()
                    .httpClient(
                        io.restassured.config.HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 180_000)))
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(batch(items.subList(0, 500)))
            .post("/api/v1/tickets/batch")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    List<String> numbers = ok.getList("tickets.number");
    assertEquals(500, numbers.stream().distinct().count());
  }

  @Test
  void duplicateExternalRefsInsideOneBatchAreInvalid() {
    String unit = unit("保卫处");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String item =
        ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, "DUP-" + UUID.randomUUID());
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(batch(List.of(item, item)))
        .post("/api/v1/tickets/batch")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("tickets[1].externalRef"));
    assertEquals(List.of(), listByUnit(unit).getList("items"));
  }
}
