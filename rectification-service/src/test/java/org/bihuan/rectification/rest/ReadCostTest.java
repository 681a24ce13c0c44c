package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import java.util.function.Function;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A read costs one SQL statement, however many problems, units and co-responsible units its tickets
 * have and however many tickets a page shows: no lazy collection, no per-row query.
 */
@QuarkusTest
class ReadCostTest {

  @Inject EntityManagerFactory emf;

  /**
   * The statements one request prepares, the fewest of three tries (background work of the service
   * only ever adds to a count).
   */
  private long statements(
      Function<RequestSpecification, io.restassured.response.Response> call, int status) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = stats.getPrepareStatementCount();
      call.apply(given().auth().oauth2(Tokens.viewer())).then().statusCode(status);
      fewest = Math.min(fewest, stats.getPrepareStatementCount() - before);
    }
    return fewest;
  }

  private static String richTicket(String unit) {
    UUID source = UUID.randomUUID();
    return """
        {"problemIds": ["%s", "%s"], "measure": "建立台账，逐项销号。",
         "responsibleUnits": [{"name": "%s"}, {"name": "%s-二", "externalId": "OA-U-2"}],
         "coResponsibleUnits": [{"name": "%s-配合"}],
         "responsiblePerson": "张三", "leaderInCharge": "李书记", "timing": "DEADLINE",
         "deadline": "%s", "reportEvery": "MONTH"}
        """
        .formatted(
            ProblemServiceStub.problem(source),
            ProblemServiceStub.problem(source),
            unit,
            unit,
            unit,
            today().plusDays(3));
  }

  @Test
  void oneTicketAndAPageOfFiftyCostOneStatementEach() {
    String unit = unit("办公室");
    java.util.Map<String, Object> created =
        new java.util.HashMap<>(create(richTicket(unit)).getMap(""));
    String id = (String) created.get("id");
    for (int i = 0; i < 49; i++) {
      create(
          i % 2 == 0
              ? richTicket(unit)
              : ticketJson(
                  ProblemServiceStub.problem(UUID.randomUUID()),
                  unit,
                  "王五",
                  "LONG_TERM",
                  null,
                  "WEEK",
                  null));
    }
    java.util.Map<String, Object> read =
        new java.util.HashMap<>(
            given()
                .auth()
                .oauth2(Tokens.viewer())
                .get("/api/v1/tickets/" + id)
                .jsonPath()
                .getMap(""));
    for (String instant : java.util.List.of("createdAt", "updatedAt")) {
      created.remove(instant);
      read.remove(instant);
    }
    assertEquals(created, read, "the read shows what the write answered");
    // Since 0174 a ticket's answer is kept in memory: a read while it is unchanged costs nothing.
    assertEquals(
        0, statements(r -> r.get("/api/v1/tickets/" + id), 200), "GET one ticket, unchanged");
    String tag = given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id).header("ETag");
    assertEquals(
        0,
        statements(r -> r.header("If-None-Match", tag).get("/api/v1/tickets/" + id), 304),
        "a 304");
    assertEquals(
        1,
        statements(
            r -> r.header("If-None-Match", "\"99@" + today() + "\"").get("/api/v1/tickets/" + id),
            200),
        "an If-None-Match of a newer version: read from the database, in one statement");
    // A page is read in one statement (asked for from the database with no-cache) and, since 0179,
    // answered from memory while no ticket changed.
    assertEquals(
        1,
        statements(
            r ->
                r.header("Cache-Control", "no-cache")
                    .queryParam("unit", unit)
                    .queryParam("limit", 50)
                    .get("/api/v1/tickets"),
            200),
        "a page of 50 tickets");
    assertEquals(
        1,
        statements(
            r ->
                r.header("Cache-Control", "no-cache")
                    .queryParam("limit", 50)
                    .get("/api/v1/tickets"),
            200),
        "a page of 50 tickets without filters");
    String ids =
        String.join(
            ",",
            given()
                .auth()
                .oauth2(Tokens.viewer())
                .queryParam("unit", unit)
                .get("/api/v1/tickets")
                .jsonPath()
                .getList("items.id", String.class));
    assertEquals(
        1,
        statements(
            r ->
                r.header("Cache-Control", "no-cache").queryParam("ids", ids).get("/api/v1/tickets"),
            200),
        "the batch status read of 50 tickets");
    assertEquals(
        0,
        statements(
            r -> r.queryParam("unit", unit).queryParam("limit", 50).get("/api/v1/tickets"), 200),
        "a page of 50 tickets, none changed");
    assertEquals(
        0,
        statements(r -> r.queryParam("ids", ids).get("/api/v1/tickets"), 200),
        "the batch status read, none changed");
  }
}
