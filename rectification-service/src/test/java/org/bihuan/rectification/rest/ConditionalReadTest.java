package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A conditional GET of a ticket is decided on its version alone (docs/decisions/0167): 304 while
 * the tag names the current version and date, the whole ticket with its new tag as soon as a write
 * changed it, 404 for a ticket that does not exist, and 412 for an If-Match of another version even
 * when If-None-Match names the current one.
 */
@QuarkusTest
class ConditionalReadTest {

  private static Response read(String id, String header, String value) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .header(header, value)
        .get("/api/v1/tickets/" + id);
  }

  @Test
  void aPollerGets304UntilAWriteThenTheNewTicketAndItsTag() {
    String id = create(deadlineTicket(unit("办公室"), today().plusDays(5))).getString("id");
    String tag = given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + id).header("ETag");
    assertEquals("\"0@" + today() + "\"", tag);
    read(id, "If-None-Match", tag).then().statusCode(304).header("ETag", tag).body(emptyString());
    read(id, "If-None-Match", "W/" + tag).then().statusCode(304);

    act(Tokens.admin(), id, "start", null).then().statusCode(200);
    Response changed = read(id, "If-None-Match", tag);
    changed.then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
    String newTag = changed.header("ETag");
    assertEquals("\"1@" + today() + "\"", newTag);
    read(id, "If-None-Match", newTag).then().statusCode(304).header("ETag", newTag);
    // A list naming an old and the current tag is unchanged too.
    read(id, "If-None-Match", tag + ", " + newTag).then().statusCode(304);
  }

  @Test
  void aListIsTaggedWithTheDigestOfTheBytesItSendsAndAnswers304ForThem() throws Exception {
    String unit = unit("纪检组");
    String id = create(deadlineTicket(unit, today().plusDays(5))).getString("id");
    create(deadlineTicket(unit, today().plusDays(6)));
    Response page =
        given().auth().oauth2(Tokens.viewer()).queryParam("unit", unit).get("/api/v1/tickets");
    page.then().statusCode(200).contentType("application/json").body("items.size()", equalTo(2));
    byte[] sha = MessageDigest.getInstance("SHA-256").digest(page.asByteArray());
    String digest = Base64.getUrlEncoder().withoutPadding().encodeToString(sha).substring(0, 27);
    assertEquals("W/\"" + digest + "\"", page.header("ETag"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("unit", unit)
        .header("If-None-Match", page.header("ETag"))
        .get("/api/v1/tickets")
        .then()
        .statusCode(304)
        .body(emptyString());
    act(Tokens.admin(), id, "start", null).then().statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("unit", unit)
        .header("If-None-Match", page.header("ETag"))
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .body("items[0].status", equalTo("IN_PROGRESS"));
  }

  @Test
  void anUnknownTicketIs404AndAWrongIfMatchIs412() {
    read(UUID.randomUUID().toString(), "If-None-Match", "\"0@" + today() + "\"")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    String id = create(deadlineTicket(unit("督查室"), today().plusDays(5))).getString("id");
    String tag = "\"0@" + today() + "\"";
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("If-None-Match", tag)
        .header("If-Match", "\"7\"")
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(412)
        .body("currentVersion", equalTo(0));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("If-None-Match", tag)
        .header("If-Match", "\"0\"")
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(304);
  }
}
