package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.listByUnit;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** With problem-service gone, ticket creation answers 503 and writes nothing. */
@QuarkusTest
class ProblemServiceDownTest {

  @Test
  void problemServiceDownAnswers503AndNothingIsWritten() {
    String unit = unit("监察室");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String ticket = ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null);
    ProblemServiceStub.takeDown();
    try {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body(ticket)
          .post("/api/v1/tickets")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", notNullValue())
          .body("type", equalTo("/problems/dependency-unavailable"));
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body("{\"tickets\": [" + ticket + "]}")
          .post("/api/v1/tickets/batch")
          .then()
          .statusCode(503)
          .contentType("application/problem+json");
      assertEquals(List.of(), listByUnit(unit).getList("items"));
    } finally {
      ProblemServiceStub.restart();
    }
    // Back up: the same request goes through (the breaker did not stay open).
    ProblemServiceStub.problem(problem, UUID.randomUUID(), "OPEN");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(ticket)
        .post("/api/v1/tickets")
        .then()
        .statusCode(201);
    assertEquals(1, listByUnit(unit).getList("items").size());
  }
}
