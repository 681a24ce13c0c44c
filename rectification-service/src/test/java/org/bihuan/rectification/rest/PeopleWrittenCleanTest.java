package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * People's names on tickets are stored clean on every write route (docs/decisions/0240): create,
 * batch (the route an import's tickets take) and PUT drop zero-width, tag, variation-selector,
 * bidi, soft-hyphen, filler and braille-blank characters; a name of nothing else is refused like
 * any blank text; and {@code ?person=} / {@code ?leader=} find one person however he is written.
 */
@QuarkusTest
class PeopleWrittenCleanTest {

  private static String json(String unit, String person, String leader) {
    return """
        {"problemIds": ["%s"], "measure": "建立学习台账。", "responsibleUnits": [{"name": "%s"}],
         "responsiblePerson": "%s", "leaderInCharge": "%s", "timing": "LONG_TERM"}
        """
        .formatted(ProblemServiceStub.problem(UUID.randomUUID()), unit, person, leader);
  }

  private static JsonPath batch(String... items) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"tickets\": [" + String.join(",", items) + "]}")
        .post("/api/v1/tickets/batch")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** The numbers of {@code unit}'s tickets, filtered by {@code filter} (unit itself: none more). */
  private static List<String> numbers(String filter, String value, String unit) {
    RequestSpecification asked = given().auth().oauth2(Tokens.viewer()).queryParam("unit", unit);
    if (!"unit".equals(filter)) { // a parameter is given once (docs/decisions/0280)
      asked = asked.queryParam(filter, value);
    }
    return asked
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.number", String.class);
  }

  @Test
  void createBatchAndPutStorePeoplesNamesWithoutInvisibleCharacters() {
    String unit = unit("组织部");
    JsonPath created = create(json(unit, "赵验收\u200B", "李\uDB40\uDC41书记\uFE0F"));
    assertEquals("赵验收", created.getString("responsiblePerson"));
    assertEquals("李书记", created.getString("leaderInCharge"));

    JsonPath batched =
        batch(json(unit, "赵\u2800验收", "\u200F李书记\u061C\u200E"), json(unit, "王\u00AD五", "\u3164周一"));
    assertEquals(List.of("赵验收", "王五"), batched.getList("tickets.responsiblePerson"));
    assertEquals(List.of("李书记", "周一"), batched.getList("tickets.leaderInCharge"));

    String id = created.getString("id");
    String body =
        """
        {"problemIds": ["%s"], "measure": "建立学习台账。", "responsibleUnits": [{"name": "%s"}],
         "responsiblePerson": "王\u2800五\uDB40\uDC7F", "leaderInCharge": "李书记\u2060",
         "timing": "LONG_TERM"}
        """
            .formatted(created.getList("problemIds").get(0), unit);
    DutySteps.put(Tokens.admin(), id, body).then().statusCode(200);
    JsonPath after = DutySteps.ticket(id);
    assertEquals("王五", after.getString("responsiblePerson"));
    assertEquals("李书记", after.getString("leaderInCharge"));
  }

  @Test
  void aNameOfInvisibleCharactersOnlyIsRefusedLikeABlankOne() {
    String unit = unit("宣传部");
    for (String blank :
        List.of("\u2800", "\u2800\u3000\u2800", "\u200B", "\uDB40\uDC41", "\u3164")) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body(json(unit, blank, "李书记"))
          .post("/api/v1/tickets")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("responsiblePerson"));
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body("{\"tickets\": [" + json(unit, "张三", blank) + "]}")
          .post("/api/v1/tickets/batch")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("tickets[0].leaderInCharge"));
    }
    assertEquals(List.of(), numbers("unit", unit, unit));
  }

  @Test
  void theListFindsOnePersonHoweverHeIsWritten() {
    String unit = unit("纪检监察室");
    String a = create(json(unit, "赵验收", "钱 领导")).getString("number");
    String b = create(json(unit, "趙驗收", "钱领导\u200B")).getString("number");
    String c = create(json(unit, "赵 验收", "錢領導")).getString("number");
    String other = create(json(unit, "赵验", "钱领")).getString("number");
    for (String spelling : List.of("赵验收", "趙驗收", "赵 验收", "赵验收\u200B", "\u2800赵验收")) {
      assertEquals(List.of(a, b, c), numbers("person", spelling, unit), "?person=" + spelling);
    }
    for (String spelling : List.of("钱领导", "錢領導", "钱 领导", "钱领导\uFE0F")) {
      assertEquals(List.of(a, b, c), numbers("leader", spelling, unit), "?leader=" + spelling);
    }
    assertEquals(List.of(other), numbers("person", "赵验", unit));
  }
}
