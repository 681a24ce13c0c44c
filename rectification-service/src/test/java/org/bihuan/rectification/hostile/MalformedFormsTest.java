package org.bihuan.rectification.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Multipart bodies that are not well formed, sent by a caller who may upload (issue 10, second
 * hostile test): each is a 400 problem+json and stores nothing (they answered 500). And uploads are
 * taken a few at a time: one more is refused at once with 503 before its body is read, and a client
 * that hangs up mid-upload gives its place back.
 */
@QuarkusTest
class MalformedFormsTest {

  private static final String UNIT = "机关党委";
  private String ticketId;

  @BeforeEach
  void aTicket() {
    ticketId = HostileFixtures.ticket(UNIT);
  }

  private HttpResponse<String> upload(String contentType, String body) throws Exception {
    return upload(contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> upload(String contentType, byte[] body) throws Exception {
    return HostileFixtures.uploadEvidence(ticketId, UNIT, contentType, body, null);
  }

  private void nothingStored() {
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a part without Content-Disposition
        "--XX\r\n\r\nhello\r\n--XX--\r\n",
        // a file part without a name
        "--XX\r\nContent-Disposition: form-data; filename=\"a.txt\"\r\n\r\nhello\r\n--XX--\r\n",
        // a part header line without a colon
        "--XX\r\nContent-Disposition form-data; name=\"file\"\r\n\r\nhello\r\n--XX--\r\n",
        // a base64 part that is not base64
        "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n%%%%!!!\r\n--XX--\r\n",
      })
  void aMalformedPartIsA400(String body) throws Exception {
    HttpResponse<String> answer = upload("multipart/form-data; boundary=XX", body);
    assertEquals(400, answer.statusCode(), answer.body());
    assertEquals(
        "application/problem+json",
        answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    nothingStored();
  }

  @Test
  void anEmptyBoundaryIsA400() throws Exception {
    HttpResponse<String> answer =
        upload("multipart/form-data; boundary=", "--\r\n\r\nhello\r\n----\r\n");
    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(answer.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    nothingStored();
  }

  @Test
  void aFilenameThatIsNotUtf8IsRefusedNotStoredAsSomethingElse() throws Exception {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.write(
        "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            .getBytes(StandardCharsets.UTF_8));
    body.write(new byte[] {(byte) 0xFF, (byte) 0xFE, '.', 't', 'x', 't'});
    body.write("\"\r\n\r\nhello\r\n--XX--\r\n".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer = upload("multipart/form-data; boundary=XX", body.toByteArray());
    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("UTF-8"), answer.body());
    nothingStored();
  }

  @Test
  void aPartContentTypeWithAControlCharacterIsRefusedNamingTheFile() throws Exception {
    String body =
        "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
            + "Content-Type: image/png; x=a\u0000b\r\n\r\nhello\r\n--XX--\r\n";
    HttpResponse<String> answer = upload("multipart/form-data; boundary=XX", body);
    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("\"field\":\"file\""), answer.body());
    assertTrue(answer.body().contains("Content-Type"), answer.body());
    nothingStored();
  }

  /** bihuan.uploads.max-concurrent is 4 (the default). */
  @Test
  void uploadsBeyondTheLimitAreRefusedBeforeTheirBodyAndAHangUpGivesItsPlaceBack()
      throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        slow.add(heldUpload());
      }
      HttpResponse<String> busy = null;
      // until the four are being received (up to 20 s: on a loaded machine the server may take
      // seconds to start reading four new connections). A probe can reach the server before the
      // last held upload and take its place; that upload is then refused, so it is held anew.
      for (int attempt = 0; attempt < 200; attempt++) {
        busy = upload("multipart/form-data; boundary=XX", "--XX--\r\n");
        if (busy.statusCode() == 503) {
          break;
        }
        for (int i = 0; i < slow.size(); i++) {
          if (slow.get(i).getInputStream().available() > 0) {
            slow.get(i).close();
            slow.set(i, heldUpload());
          }
        }
        Thread.sleep(100);
      }
      assertEquals(503, busy.statusCode(), busy.body() + "; the held uploads: " + answers(slow));
      assertTrue(busy.body().contains("uploads-busy"), busy.body());
      assertEquals("5", busy.headers().firstValue("Retry-After").orElse(null));
    } finally {
      for (Socket s : slow) {
        s.setSoLinger(true, 0);
        s.close();
      }
    }
    HttpResponse<String> after = null;
    for (int attempt = 0; attempt < 50; attempt++) {
      after = upload("multipart/form-data; boundary=XX", "--XX--\r\n");
      if (after.statusCode() != 503) {
        break;
      }
      Thread.sleep(100);
    }
    assertEquals(400, after.statusCode(), after.body()); // read again: no file part
    nothingStored();
  }

  /** An upload that sends its headers and the first boundary, and then nothing more. */
  private Socket heldUpload() throws IOException {
    Socket s = new Socket("localhost", RestAssured.port);
    OutputStream out = s.getOutputStream();
    out.write(
        ("POST /api/v1/tickets/"
                + ticketId
                + "/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.reporter("王五", UNIT)
                + "\r\nContent-Type: multipart/form-data; boundary=XX\r\n"
                + "Content-Length: 10000000\r\n\r\n--XX\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.flush(); // the rest of the body never comes
    return s;
  }

  /** What the server has answered on each held upload so far (nothing, while it waits). */
  private static List<String> answers(List<Socket> held) throws IOException {
    List<String> answers = new ArrayList<>();
    for (Socket s : held) {
      s.setSoTimeout(1_000);
      byte[] head = new byte[200];
      try {
        int n = s.getInputStream().read(head);
        answers.add(n <= 0 ? "closed" : new String(head, 0, n, StandardCharsets.UTF_8));
      } catch (java.net.SocketTimeoutException waiting) {
        answers.add("nothing yet");
      }
    }
    return answers;
  }
}
