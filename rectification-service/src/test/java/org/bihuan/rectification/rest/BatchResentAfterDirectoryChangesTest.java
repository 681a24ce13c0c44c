package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An OA system sends a batch again, as it does after a timeout: the same items are the same tickets
 * (200, nothing created) even when the directory has meanwhile linked a name the item gave or
 * renamed a unit the item named by its id. Other content under the same externalRef is still a 409.
 */
@QuarkusTest
class BatchResentAfterDirectoryChangesTest {

  private static String name(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 4; i++) {
      b.append((char) (0x4E00 + ThreadLocalRandom.current().nextInt(0, 6000)));
    }
    return b.toString();
  }

  private static Response send(String item) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"tickets\": [" + item + "]}")
        .post("/api/v1/tickets/batch");
  }

  private static boolean within(int seconds, java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < until) {
      if (done.getAsBoolean()) {
        return true;
      }
      Thread.sleep(100);
    }
    return done.getAsBoolean();
  }

  @Test
  void theSameItemSentAgainAfterItsUnitWasLinkedIsTheSameTicket() throws Exception {
    String unit = name("测重发");
    String ref = "OA-" + UUID.randomUUID();
    String item =
        """
        {"problemIds": ["%s"], "measure": "建立谈心谈话制度。", "externalRef": "%s",
         "responsibleUnits": [{"name": "%s"}], "timing": "LONG_TERM"}
        """
            .formatted(ProblemServiceStub.problem(UUID.randomUUID()), ref, unit);
    String id = send(item).then().statusCode(201).extract().path("tickets[0].id");
    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, unit);
    assertTrue(
        within(
            20,
            () -> unitId.equals(TicketSteps.get(id).getString("responsibleUnits[0].externalId"))),
        "the unit was not linked within 20 s");

    send(item)
        .then()
        .statusCode(200)
        .body("tickets.size()", equalTo(1))
        .body("tickets[0].id", equalTo(id))
        .body("tickets[0].responsibleUnits[0].externalId", equalTo(unitId));

    Response other = send(item.replace("建立谈心谈话制度。", "建立谈心谈话制度并执行。"));
    assertEquals(409, other.statusCode(), other.asString());
    assertEquals("/problems/duplicate-external-ref", other.path("type"), other.asString());
  }

  @Test
  void theSameItemSentAgainAfterTheUnitItNamedByIdWasRenamedIsTheSameTicket() {
    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, name("测旧名"));
    String ref = "OA-" + UUID.randomUUID();
    String item =
        """
        {"problemIds": ["%s"], "measure": "完善财务审批流程。", "externalRef": "%s",
         "responsibleUnits": [{"externalId": "%s"}], "timing": "LONG_TERM"}
        """
            .formatted(ProblemServiceStub.problem(UUID.randomUUID()), ref, unitId);
    String id = send(item).then().statusCode(201).extract().path("tickets[0].id");
    String renamed = name("测新名");
    DirectoryFixtures.rawPutUnit(Tokens.admin(), unitId, "{\"name\": \"" + renamed + "\"}")
        .then()
        .statusCode(200);

    send(item)
        .then()
        .statusCode(200)
        .body("tickets.size()", equalTo(1))
        .body("tickets[0].id", equalTo(id));
  }
}
