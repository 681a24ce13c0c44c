package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A write names only the query parameters its route declares; one it would ignore is 400 naming it,
 * and nothing is written (docs/decisions/0237). Reads stay lenient.
 */
@QuarkusTest
class UndeclaredQueryParametersTest {

  @Test
  void aTicketCreatedWithDryRunIsRefusedAndNotCreated() {
    String unit = TicketFixtures.unit("试运行单位");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .queryParam("dryRun", "true")
        .body(TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusDays(30)))
        .post("/api/v1/tickets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("dryRun"))
        .body("detail", containsString("dryRun"));
    assertEquals(0, TicketFixtures.listByUnit(unit).getList("items").size());
    // A read with a parameter of its own (a dashboard's cache-buster) is answered as before.
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("unit", unit)
        .queryParam("_", "1733270400000")
        .get("/api/v1/tickets")
        .then()
        .statusCode(200);
  }

  @Test
  void aDirectoryWriteWithAnUnknownParameterChangesNothing() {
    String id = DirectoryFixtures.id("DRY");
    DirectoryFixtures.unit(id, "试运行科");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .queryParam("dryRun", "true")
        .queryParam("sealed", "true")
        .body("{\"name\": \"改名科\", \"sealed\": true}")
        .put("/api/v1/directory/units/" + id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("dryRun"))
        .body("errors.field", hasItem("sealed"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/directory/units/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("试运行科"))
        .body("sealed", equalTo(false));
  }

  @io.quarkus.test.common.http.TestHTTPResource("/")
  java.net.URL root;

  /**
   * An authenticated HTTP/1.0 write without a Host header, with a parameter it does not declare and
   * an Idempotency-Key: the query is read from the connection, not from a URI built from the Host
   * (none here), so the answer is the 400 naming the parameter, not a 500.
   */
  @Test
  void anHttp10WriteWithoutHostIsAnsweredAsAnyOther() throws Exception {
    String body = TicketFixtures.deadlineTicket(TicketFixtures.unit("旧协议"), TicketFixtures.today());
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String head =
        "POST /api/v1/tickets?dryRun=true HTTP/1.0\r\n"
            + "Authorization: Bearer "
            + Tokens.admin()
            + "\r\nIdempotency-Key: http10-"
            + java.util.UUID.randomUUID()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + bytes.length
            + "\r\n\r\n";
    byte[] request = new byte[head.length() + bytes.length];
    System.arraycopy(
        head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, request, 0, head.length());
    System.arraycopy(bytes, 0, request, head.length(), bytes.length);
    org.bihuan.testing.RawHttp.problem(new org.bihuan.testing.RawHttp(root).send(request), 400);
  }
}
