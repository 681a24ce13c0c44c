package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A request body with a content coding other than identity is refused, 415 problem+json naming
 * Content-Encoding, and nothing is written (docs/decisions/0268): no service decodes request
 * bodies.
 */
@QuarkusTest
class ContentCodingTest {

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void aCodedBodyIsRefusedAndNothingIsWritten() throws IOException {
    String unit = unit("压缩正文");
    String json = deadlineTicket(unit, today().plusDays(30));
    Object[][] bodies = {
      {"gzip", json.getBytes(StandardCharsets.UTF_8)},
      {"gzip", gzip(json)},
      {"deflate", json.getBytes(StandardCharsets.UTF_8)},
      {"identity, br", json.getBytes(StandardCharsets.UTF_8)},
    };
    for (Object[] body : bodies) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .header("Content-Encoding", body[0])
          .body((byte[]) body[1])
          .post("/api/v1/tickets")
          .then()
          .statusCode(415)
          .contentType("application/problem+json")
          .body("type", endsWith("/unsupported-media-type"))
          .body("detail", containsString("Content-Encoding"));
    }
    org.hamcrest.MatcherAssert.assertThat(
        TicketFixtures.listByUnit(unit).getList("items"), empty());
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("Content-Encoding", "identity")
        .body(json.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/tickets")
        .then()
        .statusCode(201);
  }
}
