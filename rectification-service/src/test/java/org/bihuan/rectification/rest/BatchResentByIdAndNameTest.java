package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An OA system resends a batch whose item names its unit by id and by name, after the directory
 * renamed or sealed that unit: the item exactly as first sent is recognised by its digest as sent,
 * before the directory is asked about its names, and answered with its ticket (200) as before.
 */
@QuarkusTest
class BatchResentByIdAndNameTest {

  private static Response send(String item) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"tickets\": [" + item + "]}")
        .post("/api/v1/tickets/batch");
  }

  private static String item(String unitId, String unit, String ref) {
    return """
        {"problemIds": ["%s"], "measure": "落实三重一大集体决策。", "externalRef": "%s",
         "responsibleUnits": [{"externalId": "%s", "name": "%s"}], "timing": "LONG_TERM"}
        """
        .formatted(ProblemServiceStub.problem(UUID.randomUUID()), ref, unitId, unit);
  }

  private static String firstSent(String unitId, String item) {
    return send(item)
        .then()
        .statusCode(201)
        .body("tickets[0].responsibleUnits[0].externalId", equalTo(unitId))
        .extract()
        .path("tickets[0].id");
  }

  private static void answeredAsTheSame(String item, String id) {
    send(item)
        .then()
        .statusCode(200)
        .body("tickets.size()", equalTo(1))
        .body("tickets[0].id", equalTo(id));
  }

  @Test
  void anItemNamingItsUnitByIdAndNameIsTheSameTicketAfterTheUnitWasRenamed() {
    String unitId = DirectoryFixtures.id("BIN");
    String unit = "双名旧科" + UUID.randomUUID().toString().substring(0, 6);
    DirectoryFixtures.unit(unitId, unit);
    String item = item(unitId, unit, "OA-" + UUID.randomUUID());
    String id = firstSent(unitId, item);
    DirectoryFixtures.putUnit(Tokens.admin(), unitId, "{\"name\": \"双名新处" + unitId + "\"}")
        .then()
        .statusCode(200);
    answeredAsTheSame(item, id);
  }

  @Test
  void anItemNamingItsUnitByIdAndNameIsTheSameTicketAfterTheUnitWasSealed() {
    String unitId = DirectoryFixtures.id("BIS");
    String unit = "双名封存科" + UUID.randomUUID().toString().substring(0, 6);
    DirectoryFixtures.unit(unitId, unit);
    String item = item(unitId, unit, "OA-" + UUID.randomUUID());
    String id = firstSent(unitId, item);
    DirectoryFixtures.putUnit(
            Tokens.admin(), unitId, "{\"name\": \"" + unit + "\", \"sealed\": true}")
        .then()
        .statusCode(200);
    answeredAsTheSame(item, id);
    // a new item naming the sealed unit is still refused, naming the field
    send(item(unitId, unit, "OA-" + UUID.randomUUID()))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
