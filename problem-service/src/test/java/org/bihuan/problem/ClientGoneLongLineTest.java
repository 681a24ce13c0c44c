package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.bihuan.problem.service.ImportPermits;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A client that hangs up while one huge line of labels is read gets its import permit back within a
 * few seconds, with the default budget of a minute (docs/decisions/0270): the request's thread sees
 * the closed connection and abandons the reading, which stops at its next look at the clock. The
 * client hangs up five seconds into the reading, when it is deep in the line: without 0270's checks
 * inside the line, the permit came back only once the line's cleaning was done, 7 s after the
 * client left (docs/decisions/0275).
 */
@QuarkusTest
class ClientGoneLongLineTest {

  @Inject ImportPermits permits;

  static long awaitPermits(ImportPermits permits, int free, long maxMillis) {
    long start = System.nanoTime();
    while (permits.available() != free && (System.nanoTime() - start) / 1_000_000 < maxMillis) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void aClientThatHangsUpMidLineGetsItsPermitBackAtOnce() throws Exception {
    String path = "/api/v1/sources/" + source("长行断开") + "/import?dryRun=true";
    byte[] text =
        ("问题表现：财务审批不规范。\n整改措施：规范审批流程。\n" + "责任领导：张三".repeat(400_000))
            .getBytes(StandardCharsets.UTF_8);
    int all = permits.available();
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
              + Tokens.reporter("导入人", null)
              + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
              + text.length
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(text);
      out.flush();
      awaitPermits(permits, all - 1, 60_000);
      assertEquals(all - 1, permits.available(), "the reading started");
      // well into the line's labels, past the reading's first looks at the connection: hung up at
      // 300 ms, the reading stopped early even without a budget held from outside (0275)
      Thread.sleep(5_000);
      assertEquals(all - 1, permits.available(), "the reading is still going on");
    } // closed mid-read
    long after = awaitPermits(permits, all, 30_000);
    assertEquals(all, permits.available());
    assertTrue(after < 3_000, "the permit came back " + after + " ms after the client left");
  }
}
