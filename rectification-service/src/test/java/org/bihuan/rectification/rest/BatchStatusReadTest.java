package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /tickets?ids=a,b,…}: the status of many tickets in one request, as an OA system polls
 * them (docs/integration.md). Up to 500 ids; unknown ids are simply absent; more is a 400 naming
 * the limit; a URI of 500 ids with percent-encoded commas reaches the service.
 */
@QuarkusTest
class BatchStatusReadTest {

  private static io.restassured.response.Response read(String ids) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .urlEncodingEnabled(false)
        .get("/api/v1/tickets?ids=" + ids);
  }

  @Test
  void namedTicketsInCreationOrderUnknownIdsAbsent() {
    String unit = unit("组织部");
    String a = create(deadlineTicket(unit, today().plusDays(20))).getString("id");
    String b = create(deadlineTicket(unit, today().minusDays(1))).getString("id");
    act(Tokens.admin(), a, "start", null).then().statusCode(200);
    String unknown = UUID.randomUUID().toString();
    read(b + "," + unknown + "," + a + "," + b)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(a, b)))
        .body("items.status", equalTo(List.of("IN_PROGRESS", "ASSIGNED")))
        .body("items.overdue", equalTo(List.of(false, true)))
        .body("nextCursor", equalTo(null));
    // Filters combine with ids; an empty answer is a page without items, not a 404.
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("ids", a + "," + b)
        .queryParam("status", "ASSIGNED")
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(b)));
    read(unknown).then().statusCode(200).body("items", equalTo(List.of()));
  }

  @Test
  void fiveHundredIdsFitInTheUriAndFiveHundredAndOneAreRefused() {
    String unit = unit("宣传部");
    String known = create(deadlineTicket(unit, today().plusDays(5))).getString("id");
    List<String> ids = new ArrayList<>();
    ids.add(known);
    while (ids.size() < 500) {
      ids.add(UUID.randomUUID().toString());
    }
    String encoded = String.join("%2C", ids);
    assertTrue(encoded.length() > 19_000, "the longest form of a 500-id URI");
    read(encoded).then().statusCode(200).body("items.id", equalTo(List.of(known)));

    ids.add(UUID.randomUUID().toString());
    read(String.join(",", ids))
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("detail", containsString("at most 500"))
        .body("maxIds", equalTo(500))
        .body("errors[0].field", equalTo("ids"));
  }

  @Test
  void anIdThatIsNoUuidIsA400NamingIt() {
    read(UUID.randomUUID() + ",T-2024-0001")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo("ids[1]"));
  }
}
