package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * GET /todos for a caller bound to a unit applies every filter asked, the assignee's too, and reads
 * his unit claim as the write guards do: ＡＢ科 is ab科, 黨委 is 党委 (decision 0351).
 */
@io.quarkus.test.junit.QuarkusTest
class UnitCallersTodoFiltersTest {

  private static String cjk(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) (0x4E00 + ThreadLocalRandom.current().nextInt(0, 6000)));
    }
    return b.toString();
  }

  private static String ticket(String unit, String person) {
    return create(
            """
            {"problemIds": ["%s"], "measure": "建立待办台账。", "responsibleUnits": [{"name": "%s"}],
             %s"timing": "DEADLINE", "deadline": "%s"}
            """
                .formatted(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    person == null ? "" : "\"responsiblePerson\": \"" + person + "\", ",
                    today().plusDays(60)))
        .getString("id");
  }

  private static List<String> todos(String token, String... query) {
    var request = given().auth().oauth2(token);
    for (int i = 0; i < query.length; i += 2) {
      request = request.queryParam(query[i], query[i + 1]);
    }
    return request
        .get("/api/v1/todos")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.collect { it.kind + ' ' + it.assignee.name }");
  }

  @Test
  void aUnitCallerFiltersByAssignee() {
    String tag = cjk(3);
    String unit = "筛选" + tag + "科";
    String person = "甲" + cjk(2);
    String withPerson = ticket(unit, person);
    ticket(unit, null);
    String reporter = Tokens.reporter("乙" + cjk(2), unit);

    assertEquals(
        List.of("START " + person), todos(reporter, "ticketId", withPerson, "assignee", person));
    assertEquals(List.of("START " + person), todos(reporter, "assignee", person));
    assertEquals(List.of("START " + unit), todos(reporter, "assignee", unit));
    assertEquals(List.of(), todos(reporter, "assignee", "nobody-" + UUID.randomUUID()));
    assertEquals(List.of(), todos(reporter, "ticketId", withPerson, "assignee", "verifier"));
  }

  @Test
  void aUnitClaimWrittenAnotherWayIsTheUnit() {
    String tag = cjk(3);
    String letters =
        ""
            + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
            + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
    // the unit as the tickets store it: full-width capitals, 黨 for 党
    String stored =
        letters
                .toUpperCase()
                .chars()
                .mapToObj(c -> String.valueOf((char) (c - 'A' + 'Ａ')))
                .reduce("", String::concat)
            + "黨"
            + tag
            + "科";
    String person = "丙" + cjk(2);
    String withPerson = ticket(stored, person);
    String unitOnly = ticket(stored, null);
    String claim = letters + "党" + tag + "科";
    String reporter = Tokens.reporter("丁" + cjk(2), claim);

    assertEquals(List.of("START " + person), todos(reporter, "ticketId", withPerson));
    assertEquals(List.of("START " + stored), todos(reporter, "ticketId", unitOnly));
    assertEquals(2, todos(reporter, "status", "OPEN").size());
    // as the guards let him act on the tickets
    TicketFixtures.progress(reporter, unitOnly, today(), "已建立").then().statusCode(201);
  }
}
