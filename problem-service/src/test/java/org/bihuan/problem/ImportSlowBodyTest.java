package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bihuan.problem.support.Api;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An import body trickled a byte at a time is refused once {@code bihuan.http.body-timeout} has
 * passed, 408 problem+json, and the caller's import permit is free again (docs/decisions/0268):
 * before, the permit was held for as long as the client kept trickling.
 */
@QuarkusTest
@TestProfile(ImportSlowBodyTest.ShortBodyTimeout.class)
class ImportSlowBodyTest {

  public static class ShortBodyTimeout implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.http.body-timeout", "2s");
    }
  }

  @Test
  void aTrickledBodyIsRefusedAndThePermitIsFreeAgain() throws Exception {
    String token = Tokens.reporter("慢传人", null);
    String source = Api.source("慢速上传");
    String answer;
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/sources/"
                  + source
                  + "/import?dryRun=true HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 100000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      answer = trickleUntilAnswered(socket, out);
    }
    assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
    assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
    assertTrue(answer.contains("body-too-slow"), answer);
    // the same caller's next import is not refused as one already under way (429)
    RestAssured.given()
        .auth()
        .oauth2(token)
        .contentType("text/plain; charset=utf-8")
        .body("一、存在的问题\n1.制度执行不到位。\n".getBytes(StandardCharsets.UTF_8))
        .queryParam("dryRun", true)
        .post("/api/v1/sources/" + source + "/import")
        .then()
        .statusCode(200);
  }

  /**
   * A body that stops after its first bytes is answered 408 at the deadline by itself (a timer,
   * docs/decisions/0271), not 400 "cut off" when the idle timeout ends the connection.
   */
  @Test
  void aBodyThatStopsIsAnsweredAtTheDeadline() throws Exception {
    String token = Tokens.reporter("慢传人", null);
    String source = Api.source("中断上传");
    long started = System.nanoTime();
    String answer;
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/sources/"
                  + source
                  + "/import?dryRun=true HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 100000\r\n\r\n"
                  + "一、存在的问题\n")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
    assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
    assertTrue(answer.contains("body-too-slow"), answer);
    assertTrue(seconds <= 6, "answered after " + seconds + " s, the deadline is 2 s");
  }

  /** Sends a byte every 200 ms until an answer starts (at most 100 bytes), then reads it. */
  private static String trickleUntilAnswered(Socket socket, OutputStream out) throws IOException {
    InputStream in = socket.getInputStream();
    for (int i = 0; i < 100 && in.available() == 0; i++) {
      try {
        out.write('x');
        out.flush();
      } catch (IOException closed) {
        break;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    byte[] all = in.readAllBytes();
    return new String(all, StandardCharsets.UTF_8);
  }
}
