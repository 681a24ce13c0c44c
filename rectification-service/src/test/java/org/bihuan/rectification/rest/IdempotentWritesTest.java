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
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
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

  /**
   * A retry may write the same JSON object again with its members in another order: it is the same
   * request and replays; a different value under the key is still refused.
   */
  @Test
  void aRetryWithTheSameObjectWrittenInAnotherOrderReplays() throws Exception {
    String first = deadlineTicket(unit("办公室"), today().plusDays(10));
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.Map<String, Object> members =
        json.readValue(
            first,
            new com.fasterxml.jackson.core.type.TypeReference<
                java.util.LinkedHashMap<String, Object>>() {});
    java.util.List<String> names = new java.util.ArrayList<>(members.keySet());
    java.util.Collections.reverse(names);
    java.util.Map<String, Object> reversed = new java.util.LinkedHashMap<>();
    names.forEach(n -> reversed.put(n, members.get(n)));
    String reordered = json.writerWithDefaultPrettyPrinter().writeValueAsString(reversed);
    org.junit.jupiter.api.Assertions.assertNotEquals(first, reordered);
    String key = "reordered-" + UUID.randomUUID();
    Response created = post("/api/v1/tickets", first, key);
    created.then().statusCode(201);
    post("/api/v1/tickets", reordered, key)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", org.hamcrest.Matchers.equalTo(created.jsonPath().getString("id")));
    reversed.put("measure", "另一项措施");
    post("/api/v1/tickets", json.writeValueAsString(reversed), key)
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
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

  /**
   * A client that hangs up while its create is still running finds, when it retries with the same
   * key, the answer of the work that went on without it: the ticket it created, once, not a 409.
   */
  @Test
  void aClientThatHangsUpMidRequestIsAnsweredByItsRetry() throws Exception {
    UUID problem = ProblemServiceStub.slowProblem(UUID.randomUUID(), Duration.ofMillis(1500));
    String body = TicketFixtures.ticketJson(problem, "办公室", "张三", "DEADLINE", today(), null, null);
    String key = "hang-up-" + UUID.randomUUID();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/tickets HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: Bearer "
                  + Tokens.admin()
                  + "\r\nContent-Type: application/json\r\nIdempotency-Key: "
                  + key
                  + "\r\nContent-Length: "
                  + bytes.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
      out.flush();
      Thread.sleep(500); // the create now waits for problem-service
      socket.setSoLinger(true, 0); // hang up with a reset, as a client that gave up does
    }
    Response retry = post("/api/v1/tickets", body, key);
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (retry.statusCode() == 409 && System.nanoTime() < until) {
      assertEquals("1", retry.header("Retry-After"), retry.asString());
      Thread.sleep(250);
      retry = post("/api/v1/tickets", body, key);
    }
    retry.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertEquals(
        List.of(retry.jsonPath().getString("id")),
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("problemId", problem.toString())
            .get("/api/v1/tickets")
            .jsonPath()
            .getList("items.id"));
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
