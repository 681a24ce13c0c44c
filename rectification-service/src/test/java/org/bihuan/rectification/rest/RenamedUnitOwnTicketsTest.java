package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A unit renamed in the directory keeps its tickets: its reporters, whose tokens carry the new
 * name, record progress and evidence, start, submit and ask for an extension on the tickets linked
 * to it under the old name; a ticket whose unit is not linked is still its unit's by name.
 */
@QuarkusTest
class RenamedUnitOwnTicketsTest {

  private static String ticket(String unit, String unitId) {
    return create(
            """
            {"problemIds": ["%s"], "measure": "更名单位的整改措施。",
             "responsibleUnits": [{"name": "%s"%s}], "responsiblePerson": "周改名",
             "timing": "DEADLINE", "deadline": "%s"}
            """
                .formatted(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    unitId == null ? "" : ", \"externalId\": \"" + unitId + "\"",
                    today().plusDays(60)))
        .getString("id");
  }

  private static Response evidence(String token, String id) {
    return given()
        .auth()
        .oauth2(token)
        .multiPart("file", "minutes.txt", "已召开专题会议".getBytes(StandardCharsets.UTF_8), "text/plain")
        .post("/api/v1/tickets/" + id + "/evidence");
  }

  private static Response extension(String token, String id) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + today().plusDays(90) + "\", \"reason\": \"单位更名后需重新协调\"}")
        .post("/api/v1/tickets/" + id + "/extensions");
  }

  @Test
  void theRenamedUnitsReporterWritesToTheTicketsLinkedToItUnderTheOldName() {
    String unitId = DirectoryFixtures.id("REN");
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String oldName = "更名前科" + suffix;
    String newName = "更名后处" + suffix;
    DirectoryFixtures.unit(unitId, oldName);
    String id = ticket(oldName, unitId);
    String other = ticket(oldName, unitId);
    DirectoryFixtures.putUnit(Tokens.admin(), unitId, "{\"name\": \"" + newName + "\"}")
        .then()
        .statusCode(200);

    String reporter = Tokens.reporter("周改名同事", newName);
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "已召开专题会议").then().statusCode(201);
    evidence(reporter, id).then().statusCode(201);
    extension(reporter, other).then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);

    // the old name is no longer the unit's: a token still carrying it writes nothing
    String stale = Tokens.reporter("周改名同事", oldName);
    progress(stale, other, today(), "旧名").then().statusCode(403);
  }

  @Test
  void aTicketWhoseUnitIsNotLinkedIsStillItsUnitsByName() {
    String unit = "未关联科" + UUID.randomUUID().toString().substring(0, 6);
    String id = ticket(unit, null);
    progress(Tokens.reporter("吴未联", unit), id, today(), "按名称核对").then().statusCode(201);
    progress(Tokens.reporter("吴未联", unit + "外"), id, today(), "他单位")
        .then()
        .statusCode(403)
        .body("detail", org.hamcrest.Matchers.containsString("not responsible"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/progress")
        .then()
        .statusCode(200)
        .body("items.note", hasItem("按名称核对"));
  }
}
