package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The answers of POSTs under an Idempotency-Key are kept byte for byte and replayed, on this
 * service's own endpoints (the capture is put on write methods only, docs/decisions/0167), and a
 * GET is answered as before.
 */
@QuarkusTest
class IdempotentWritesTest {

  private static Response post(String path, String body, String key) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post(path);
  }

  @Test
  void aRetriedCreateAndARetriedTransitionReplayTheFirstAnswers() {
    String body = deadlineTicket(unit("办公室"), today().plusDays(10));
    String key = "create-" + UUID.randomUUID();
    Response first = post("/api/v1/tickets", body, key);
    first.then().statusCode(201);
    assertNull(first.header("Idempotent-Replayed"));
    Response second = post("/api/v1/tickets", body, key);
    second.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertArrayEquals(first.asByteArray(), second.asByteArray());
    assertEquals(first.header("ETag"), second.header("ETag"));
    assertEquals(first.header("Location"), second.header("Location"));

    String id = first.jsonPath().getString("id");
    String startKey = "start-" + UUID.randomUUID();
    Response started = post("/api/v1/tickets/" + id + "/start", "{}", startKey);
    started.then().statusCode(200);
    Response again = post("/api/v1/tickets/" + id + "/start", "{}", startKey);
    again.then().statusCode(200).header("Idempotent-Replayed", "true");
    assertArrayEquals(started.asByteArray(), again.asByteArray());
    assertEquals(started.header("ETag"), again.header("ETag"));

    // Without the key a second start is a new request: the ticket is already in progress.
    TicketFixtures.act(Tokens.admin(), id, "start", null).then().statusCode(409);
  }

  private static Response progress(String id, String report, String key, String ifMatch) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .header("If-Match", ifMatch)
        .body(report)
        .post("/api/v1/tickets/" + id + "/progress");
  }

  @Test
  void aRetriedProgressReportReplaysTheTicketsNewTag() {
    String body = deadlineTicket(unit("办公室"), today().plusDays(10));
    String id = post("/api/v1/tickets", body, "c-" + UUID.randomUUID()).jsonPath().getString("id");
    String started =
        post("/api/v1/tickets/" + id + "/start", "{}", "s-" + UUID.randomUUID()).header("ETag");
    String key = "progress-" + UUID.randomUUID();
    String report = "{\"date\": \"" + today() + "\", \"note\": \"已完成自查\"}";
    Response first = progress(id, report, key, started);
    first.then().statusCode(201);
    Response again = progress(id, report, key, started);
    again.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertEquals(first.header("Ticket-ETag"), again.header("Ticket-ETag"));
    assertEquals(
        given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id).header("ETag"),
        again.header("Ticket-ETag"));
  }

  @Test
  void aReadIsAnsweredInFullWithItsEtag() {
    String id = create(deadlineTicket(unit("督查室"), today().plusDays(3))).getString("id");
    Response read = given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id);
    read.then().statusCode(200).contentType(ContentType.JSON);
    assertEquals(id, read.jsonPath().getString("id"));
    assertEquals("\"0@" + today() + "\"", read.header("ETag"));
    assertEquals("DEADLINE", read.jsonPath().getString("timing"));
  }
}
