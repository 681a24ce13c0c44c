package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A ticket answered from memory is the answer read from the database, byte for byte: status, every
 * header and the body, for a 200 and a 304 (docs/decisions/0293). A hit's body is the kept JSON,
 * whose writer Quarkus REST chose when the route was built, not for each answer.
 */
@QuarkusTest
class HitAnswerBytesTest {

  /** One GET with a probe: the answer, whether it came from memory, and its writer. */
  private record Answer(Response response, boolean hit, String writer) {

    /** Status and headers in the order sent (the probe's own header is not answered). */
    List<String> head() {
      return response.headers().asList().stream()
          .map(h -> h.getName().toLowerCase() + ": " + h.getValue())
          .toList();
    }
  }

  private static Answer get(String path, String... headers) {
    String probe = UUID.randomUUID().toString();
    var r = given().auth().oauth2(Tokens.viewer()).header(ThreadProbe.HEADER, probe);
    for (int i = 0; i < headers.length; i += 2) {
      r = r.header(headers[i], headers[i + 1]);
    }
    Response response = r.get(path);
    response.asByteArray();
    Boolean io = ThreadProbe.ON_IO_THREAD.remove(probe);
    assertTrue(io != null, "the probe saw no answer of " + path);
    return new Answer(response, io, ThreadProbe.ENTITY_WRITER.remove(probe));
  }

  /** Reads until an answer comes from memory (the I/O thread); fails when none is within 5 s. */
  private static Answer awaitHit(String path, String... headers) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5_000;
    Answer a = get(path, headers);
    while (!a.hit()) {
      assertTrue(System.currentTimeMillis() < deadline, path + ": no answer from memory");
      Thread.sleep(50);
      a = get(path, headers);
    }
    return a;
  }

  private static void assertSame(Answer miss, Answer hit) {
    assertEquals(miss.response().statusCode(), hit.response().statusCode(), "status");
    assertEquals(miss.head(), hit.head(), "headers");
    assertArrayEquals(miss.response().asByteArray(), hit.response().asByteArray(), "body");
  }

  @Test
  void aTicketFromMemoryIsTheAnswerReadFromTheDatabaseByteForByte() throws Exception {
    String id = create(deadlineTicket(unit("原样回答"), today().plusDays(5))).getString("id");
    String path = "/api/v1/tickets/" + id;

    awaitHit(path);
    Answer miss = get(path, "Cache-Control", "no-cache"); // read from the database, and kept
    Answer hit = get(path);
    assertEquals(200, hit.response().statusCode());
    assertSame(miss, hit);
    assertTrue(
        hit.head().contains("content-type: application/json;charset=UTF-8"), hit.head()::toString);
    assertEquals("FixedEntityWriter", hit.writer(), "a hit's writer is chosen with the route");
    assertEquals("FixedEntityWriter", miss.writer(), "and a miss's");

    String tag = hit.response().header("ETag");
    Answer notModified = awaitHit(path, "If-None-Match", tag);
    Answer notModifiedRead = get(path, "If-None-Match", tag, "Cache-Control", "no-cache");
    assertEquals(304, notModified.response().statusCode());
    assertSame(notModifiedRead, notModified);
  }
}
