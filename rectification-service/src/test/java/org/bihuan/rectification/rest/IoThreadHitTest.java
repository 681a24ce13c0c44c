package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A read answered from memory is answered on the I/O thread, without the hop to a worker thread
 * (docs/decisions/0279): one ticket (200 and 304) and the batch read. A read that must go to the
 * database (no-cache, a newer version named) still reads it and answers what it read.
 */
@QuarkusTest
class IoThreadHitTest {

  /** The GET with the probe's name; whether it was finished on the I/O thread. */
  private static boolean onIoThread(String path, String header, String value, int status) {
    String probe = UUID.randomUUID().toString();
    var r = given().auth().oauth2(Tokens.viewer()).header(ThreadProbe.HEADER, probe);
    if (header != null) {
      r = r.header(header, value);
    }
    r.get(path).then().statusCode(status);
    Boolean io = ThreadProbe.ON_IO_THREAD.remove(probe);
    assertTrue(io != null, "the probe saw no answer of " + path);
    return io;
  }

  /** Reads until an answer is finished on the I/O thread; fails when none is within 5 s. */
  private static void awaitIoThread(String path, String header, String value, int status)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5_000;
    while (!onIoThread(path, header, value, status)) {
      assertTrue(System.currentTimeMillis() < deadline, path + ": no answer on the I/O thread");
      Thread.sleep(50);
    }
  }

  @Test
  void aTicketFromMemoryIsAnsweredOnTheIoThreadAndAMissOnAWorker() throws Exception {
    String id = create(deadlineTicket(unit("事件线程"), today().plusDays(5))).getString("id");
    String path = "/api/v1/tickets/" + id;
    awaitIoThread(path, null, null, 200);
    Response r = given().auth().oauth2(Tokens.viewer()).get(path);
    r.then().statusCode(200).body("id", equalTo(id));
    String tag = r.header("ETag");
    assertTrue(onIoThread(path, "If-None-Match", tag, 304), "a 304 from memory hops to a worker");
    assertTrue(onIoThread(path, null, null, 200), "a 200 from memory hops to a worker");

    // What must be read from the database is read (on a worker thread, in the request's context).
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("If-None-Match", "\"7@" + today() + "\"")
        .get(path)
        .then()
        .statusCode(200)
        .header("ETag", equalTo(tag));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("Cache-Control", "no-cache")
        .get(path)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .header("ETag", equalTo(tag));
  }

  @Test
  void theBatchReadFromMemoryIsAnsweredOnTheIoThread() throws Exception {
    String a = create(deadlineTicket(unit("事件线程-批"), today().plusDays(5))).getString("id");
    String b = create(deadlineTicket(unit("事件线程-批"), today().plusDays(6))).getString("id");
    String path = "/api/v1/tickets?ids=" + a + "," + b;
    awaitIoThread(path, null, null, 200);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get(path)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(2));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("Cache-Control", "no-cache")
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(a, b)));
  }
}
