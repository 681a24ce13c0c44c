package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Under one Idempotency-Key, an empty member written as [] or {} is the same body as one left out,
 * as one written null is (0336, 0351): an OA serializer writing empty lists as [] is replayed.
 */
@io.quarkus.test.junit.QuarkusTest
class EmptyMembersUnderOneKeyTest {

  private static Response batch(String key, String body, String extra) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body.formatted(extra))
        .post("/api/v1/tickets/batch");
  }

  @Test
  void anEmptyListOrObjectIsAMemberLeftOut() {
    String ref = "IK-EMPTY-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        """
        {"tickets": [{"problemIds": ["%s"], "measure": "建立台账。",
          "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "空成员",
          "timing": "DEADLINE", "deadline": "%s", "externalRef": "%s"%%s}]}
        """
            .formatted(
                ProblemServiceStub.problem(UUID.randomUUID()),
                TicketFixtures.unit("空成员科"),
                today().plusDays(30),
                ref);
    String key = "ik-empty-" + UUID.randomUUID();
    batch(key, body, "").then().statusCode(201);
    batch(key, body, ", \"coResponsibleUnits\": []")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"));
    batch(key, body, ", \"coResponsibleUnits\": [], \"reportEvery\": null")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"));
    // another content is still another request
    batch(key, body, ", \"coResponsibleUnits\": [{\"name\": \"另一科\"}]").then().statusCode(422);
  }
}
