package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.listByUnit;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Text of combining marks alone is as blank as empty text, and identifiers a client chooses
 * (externalRef, a unit's externalId) hold no invisible character, so that no look-alike of an
 * existing reference can be made (docs/decisions/0217).
 */
@QuarkusTest
class LookAlikeTextTest {

  private static final String MEASURE = "组织专题学习，建立学习台账。";

  private static String valid(String unit, String ref) {
    return ticketJson(
        ProblemServiceStub.problem(UUID.randomUUID()),
        unit,
        "张三",
        "DEADLINE",
        today().plusDays(10),
        null,
        ref);
  }

  private static void refused(String method, String path, String body, String field) {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .request(method, path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItem(field));
  }

  @Test
  void textOfCombiningMarksOrInvisibleCharactersAloneIsRefusedLikeEmptyText() {
    String unit = unit("纪检组");
    String ok = valid(unit, null);
    for (String blank :
        List.of("\\u0301", "\\u0301\\u0308\\u20DD", " \\u0301 ", "\\u200B\\u0301")) {
      refused("POST", "/api/v1/tickets", ok.replace(MEASURE, blank), "measure");
      refused(
          "POST",
          "/api/v1/tickets",
          ok.replace("\"张三\"", "\"" + blank + "\""),
          "responsiblePerson");
    }
    assertEquals(List.of(), listByUnit(unit).getList("items"));
    // A mark on a character is text.
    create(ok.replace(MEASURE, "Cafe\\u0301 整改"));
    String id = listByUnit(unit).getString("items[0].id");
    refused(
        "POST",
        "/api/v1/tickets/" + id + "/progress",
        "{\"date\": \"" + today() + "\", \"note\": \"\\u0301\"}",
        "note");
    refused(
        "POST",
        "/api/v1/tickets/" + id + "/cancel",
        "{\"comment\": \"\\u0301\\u0302\"}",
        "comment");
  }

  @Test
  void externalRefsAndUnitIdsWithInvisibleCharactersAreRefused() {
    String unit = unit("督查室");
    String ref = "OA-" + UUID.randomUUID().toString().substring(0, 8);
    create(valid(unit, ref));
    for (String invisible :
        List.of(
            "\\uFEFF",
            "\\u200B",
            "\\u200C",
            "\\u200D",
            "\\u2060",
            "\\u200E",
            "\\u200F",
            "\\u061C",
            "\\uDB40\\uDC01",
            "\\uDB40\\uDC41",
            "\\uDB40\\uDC7F")) {
      refused("POST", "/api/v1/tickets", valid(unit, ref + invisible), "externalRef");
      refused("POST", "/api/v1/tickets", valid(unit, "X" + invisible + ref), "externalRef");
      refused(
          "POST",
          "/api/v1/tickets",
          valid(unit, null).replace("\"OA-U-1\"", "\"OA-U-1" + invisible + "\""),
          "responsibleUnits[0].externalId");
      refused(
          "POST",
          "/api/v1/tickets/batch",
          "{\"tickets\": [" + valid(unit, "B-" + ref + invisible) + "]}",
          "tickets[0].externalRef");
    }
    // One ticket under the reference: no look-alike was made.
    assertEquals(1, listByUnit(unit).getList("items").size());
    String id = listByUnit(unit).getString("items[0].id");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(valid(unit, ref + "\\uFEFF"))
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("externalRef"));
  }
}
