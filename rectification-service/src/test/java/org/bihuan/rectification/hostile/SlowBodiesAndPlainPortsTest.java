package org.bihuan.rectification.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bihuan.testing.HttpLayerRefusals;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every request body is under the body deadline, whoever reads it, and the deadline fires by itself
 * (docs/decisions/0271): a JSON body sent in chunks and trickled, a PUT whose chunked body stops,
 * an evidence upload whose body stops after a few bytes — each is answered 408 problem+json
 * body-too-slow about {@code bihuan.http.body-timeout} after its head, and the connection closed.
 * Before, only a document import (which reads a stream) was cut, at its next byte; these waited for
 * the idle timeout and got no answer. And the plain port does not speak cleartext HTTP/2 (h2c): a
 * stalled h2c download reset its stream only, its connection and queued bytes stayed.
 */
@QuarkusTest
@TestProfile(SlowBodiesAndPlainPortsTest.ShortBodyTimeout.class)
class SlowBodiesAndPlainPortsTest {

  public static class ShortBodyTimeout implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.http.body-timeout", "3s");
    }
  }

  private static final String UNIT = "机关党委";

  /** The request's head and the first bytes of its body, on a new connection. */
  private static Socket send(String head, String bodyStart) throws IOException {
    Socket socket = new Socket("127.0.0.1", RestAssured.port);
    socket.setSoTimeout(20_000);
    OutputStream out = socket.getOutputStream();
    out.write((head + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(bodyStart.getBytes(StandardCharsets.UTF_8));
    out.flush();
    return socket;
  }

  /** The answer, to the end of the connection; asserted to be the 408 and to come in time. */
  private static void assertBodyTooSlow(Socket socket, long started, boolean trickle)
      throws IOException {
    InputStream in = socket.getInputStream();
    if (trickle) {
      for (int i = 0; i < 100 && in.available() == 0; i++) {
        try {
          socket.getOutputStream().write("1\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
          Thread.sleep(200);
        } catch (IOException closed) {
          break;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    String answer;
    try {
      answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (SocketException reset) {
      answer = "(reset: " + reset.getMessage() + ")";
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    socket.close();
    assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
    assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
    assertTrue(answer.contains("/problems/body-too-slow"), answer);
    assertTrue(answer.contains("\"status\":408"), answer);
    assertTrue(
        seconds >= 2 && seconds <= 8, "answered after " + seconds + " s, the deadline is 3 s");
  }

  @Test
  void aTrickledChunkedJsonBodyIsCutAtTheDeadline() throws Exception {
    long started = System.nanoTime();
    Socket socket =
        send(
            "POST /api/v1/tickets HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.admin()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
            "1\r\n{\r\n");
    assertBodyTooSlow(socket, started, true);
  }

  @Test
  void aChunkedPutBodyThatStopsIsAnsweredAtTheDeadline() throws Exception {
    String ticketId = HostileFixtures.ticket(UNIT);
    long started = System.nanoTime();
    Socket socket =
        send(
            "PUT /api/v1/tickets/"
                + ticketId
                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.admin()
                + "\r\nContent-Type: application/json\r\nIf-Match: \"0\"\r\n"
                + "Transfer-Encoding: chunked\r\n",
            "5\r\n{\"tit\r\n");
    assertBodyTooSlow(socket, started, false);
  }

  @Test
  void anUploadWhoseBodyStopsIsAnsweredAtTheDeadline() throws Exception {
    String ticketId = HostileFixtures.ticket(UNIT);
    long started = System.nanoTime();
    Socket socket =
        send(
            "POST /api/v1/tickets/"
                + ticketId
                + "/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.reporter("王五", UNIT)
                + "\r\nContent-Type: multipart/form-data; boundary=AaB03x\r\n"
                + "Content-Length: 100000\r\n",
            "--AaB03x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n");
    assertBodyTooSlow(socket, started, false);
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  /** curl asks so for bodies over 1 MB: the interim 100 is not the answer, the 408 still comes. */
  @Test
  void anUploadThatAskedToContinueAndStopsIsAnsweredAtTheDeadline() throws Exception {
    String ticketId = HostileFixtures.ticket(UNIT);
    long started = System.nanoTime();
    Socket socket =
        send(
            "POST /api/v1/tickets/"
                + ticketId
                + "/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.reporter("王五", UNIT)
                + "\r\nContent-Type: multipart/form-data; boundary=AaB03x\r\n"
                + "Content-Length: 100000\r\nExpect: 100-continue\r\n",
            "");
    InputStream in = socket.getInputStream();
    StringBuilder interim = new StringBuilder();
    while (!interim.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      assertTrue(b >= 0, "closed before the 100 Continue: " + interim);
      interim.append((char) b);
    }
    assertTrue(interim.toString().startsWith("HTTP/1.1 100"), interim.toString());
    OutputStream out = socket.getOutputStream();
    out.write(
        ("--AaB03x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
            .getBytes(StandardCharsets.UTF_8));
    out.flush();
    assertBodyTooSlow(socket, started, false);
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  @Test
  void cleartextHttp2IsNotServedOnThePlainPort() throws Exception {
    HttpLayerRefusals.assertClearHttp2NotServed(new URL("http://127.0.0.1:" + RestAssured.port));
  }
}
