package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The problems, the responsible and the co-responsible units of a ticket are sets: an item sent
 * again with them in another order (an OA system that builds its lists from a hash map) is the same
 * content, answered 200 with its ticket; another set under the externalRef is still a 409 (0357).
 */
@QuarkusTest
class BatchResentInAnotherOrderTest {

  private static Response send(String item) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"tickets\": [" + item + "]}")
        .post("/api/v1/tickets/batch");
  }

  private static String item(
      String ref, UUID p1, UUID p2, String u1, String u2, String c1, String c2) {
    return """
        {"problemIds": ["%s", "%s"], "measure": "建立谈心谈话制度。", "externalRef": "%s",
         "responsibleUnits": [{"name": "%s"}, {"name": "%s", "externalId": "ORG-%s"}],
         "coResponsibleUnits": [{"name": "%s"}, {"name": "%s"}],
         "responsiblePerson": "张三", "timing": "LONG_TERM"}
        """
        .formatted(p1, p2, ref, u1, u2, ref, c1, c2);
  }

  @Test
  void anItemSentAgainWithItsListsInAnotherOrderIsItsTicket() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID p1 = ProblemServiceStub.problem(UUID.randomUUID());
    UUID p2 = ProblemServiceStub.problem(UUID.randomUUID());
    String u1 = "组织部-" + tag;
    String u2 = "宣传部-" + tag;
    String c1 = "办公室-" + tag;
    String c2 = "财务科-" + tag;
    String ref = "OA-ORDER-" + tag;
    String id =
        send(item(ref, p1, p2, u1, u2, c1, c2))
            .then()
            .statusCode(201)
            .extract()
            .path("tickets[0].id");

    send(item(ref, p2, p1, u1, u2, c1, c2))
        .then()
        .statusCode(200)
        .body("tickets[0].id", equalTo(id));
    send(item(ref, p1, p2, u1, u2, c2, c1))
        .then()
        .statusCode(200)
        .body("tickets[0].id", equalTo(id));
    // the units' order swapped: each keeps its own externalId
    String swapped =
        """
        {"problemIds": ["%s", "%s"], "measure": "建立谈心谈话制度。", "externalRef": "%s",
         "responsibleUnits": [{"name": "%s", "externalId": "ORG-%s"}, {"name": "%s"}],
         "coResponsibleUnits": [{"name": "%s"}, {"name": "%s"}],
         "responsiblePerson": "张三", "timing": "LONG_TERM"}
        """
            .formatted(p2, p1, ref, u2, ref, u1, c2, c1);
    send(swapped)
        .then()
        .statusCode(200)
        .body("tickets[0].id", equalTo(id))
        .body("tickets[0].responsibleUnits[0].name", equalTo(u1));

    // another set of units under the same externalRef is other content
    send(item(ref, p1, p2, u1, "纪检室-" + tag, c1, c2))
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/duplicate-external-ref"));
    // the externalId moved to the other unit is other content too
    String moved =
        """
        {"problemIds": ["%s", "%s"], "measure": "建立谈心谈话制度。", "externalRef": "%s",
         "responsibleUnits": [{"name": "%s", "externalId": "ORG-%s"}, {"name": "%s"}],
         "coResponsibleUnits": [{"name": "%s"}, {"name": "%s"}],
         "responsiblePerson": "张三", "timing": "LONG_TERM"}
        """
            .formatted(p1, p2, ref, u1, ref, u2, c1, c2);
    send(moved).then().statusCode(409).body("type", equalTo("/problems/duplicate-external-ref"));
  }
}
