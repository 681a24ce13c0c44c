package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.bihuan.rectification.rest.TicketFixtures;
import org.bihuan.testing.RawHttp;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a client writes in the headers of a write, sent byte for byte (issue 10): a Content-Type
 * that is no media type (an empty one answered 500), JSON declared in another charset than UTF-8
 * (read as UTF-8 regardless), an Idempotency-Key holding a raw byte 0x85 or U+2028 (stored as it
 * came). Each is a problem+json 4xx and stores nothing; UTF-8 keys and charset=utf-8 still work.
 */
@QuarkusTest
class ContentTypeAndKeyTest {

  private static final String UNIT = "党委办公室";
  private static final byte[] PROGRESS =
      ("{\"date\": \"" + TicketFixtures.today() + "\", \"note\": \"已召开专题会议\", \"percent\": 10}")
          .getBytes(StandardCharsets.UTF_8);

  @TestHTTPResource("/")
  URL root;

  private String ticketId;
  private String reporter;

  @BeforeEach
  void aStartedTicket() {
    reporter = Tokens.reporter("王五", UNIT);
    ticketId = HostileFixtures.ticket(UNIT);
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/tickets/" + ticketId + "/start")
        .then()
        .statusCode(200);
  }

  /** POSTs a progress report with {@code headers} (raw header lines, bytes as given). */
  private RawHttp.Answer progress(byte[]... headers) throws Exception {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    head.write(
        ("POST /api/v1/tickets/"
                + ticketId
                + "/progress HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + reporter
                + "\r\nContent-Length: "
                + PROGRESS.length
                + "\r\nConnection: close\r\n")
            .getBytes(StandardCharsets.UTF_8));
    for (byte[] h : headers) {
      head.write(h);
      head.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    head.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    head.write(PROGRESS);
    return new RawHttp(root).send(head.toByteArray());
  }

  private static byte[] line(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] line(String prefix, byte[] raw) {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[p.length + raw.length];
    System.arraycopy(p, 0, all, 0, p.length);
    System.arraycopy(raw, 0, all, p.length, raw.length);
    return all;
  }

  @Test
  void aContentTypeThatIsNoMediaTypeIs415AndStoresNothing() throws Exception {
    for (String type : new String[] {"Content-Type:", "Content-Type: ", "Content-Type: json"}) {
      JsonNode problem = RawHttp.problem(progress(line(type)), 415);
      assertTrue(problem.path("detail").asText().contains("media type"), problem.toString());
    }
    HostileFixtures.noneStored(ticketId, "progress");
  }

  @Test
  void jsonInAnotherCharsetThanUtf8Is415AndStoresNothing() throws Exception {
    for (String charset : new String[] {"GBK", "utf-16", "x-no-such-charset"}) {
      RawHttp.problem(progress(line("Content-Type: application/json; charset=" + charset)), 415);
    }
    HostileFixtures.noneStored(ticketId, "progress");
    assertEquals(
        201, progress(line("Content-Type: application/json; charset=UTF-8")).status(), "UTF-8");
  }

  @Test
  void anIdempotencyKeyWithControlOrLineSeparatorCharactersIs400AndStoresNothing()
      throws Exception {
    byte[][] keys = {
      {'k', (byte) 0x85, 'y'}, // a raw byte 0x85 (no UTF-8)
      "k\u0085y".getBytes(StandardCharsets.UTF_8),
      "k\u2028y".getBytes(StandardCharsets.UTF_8),
    };
    for (byte[] key : keys) {
      JsonNode problem =
          RawHttp.problem(
              progress(line("Content-Type: application/json"), line("Idempotency-Key: ", key)),
              400);
      assertEquals("Idempotency-Key", problem.path("errors").path(0).path("field").asText());
    }
    HostileFixtures.noneStored(ticketId, "progress");
    String chinese = "整改进度-" + UUID.randomUUID();
    RawHttp.Answer first =
        progress(
            line("Content-Type: application/json"),
            line("Idempotency-Key: ", chinese.getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, first.status(), first.toString());
    RawHttp.Answer again =
        progress(
            line("Content-Type: application/json"),
            line("Idempotency-Key: ", chinese.getBytes(StandardCharsets.UTF_8)));
    assertEquals("true", again.header("Idempotent-Replayed"), "a UTF-8 key works: " + again);
  }
}
