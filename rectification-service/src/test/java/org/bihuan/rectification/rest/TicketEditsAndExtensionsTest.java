package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.rectification.rest.TicketSteps.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Extensions, edits with If-Match, deadlines corrected by an admin, and readers of another unit.
 */
@QuarkusTest
class TicketEditsAndExtensionsTest {

  @Test
  void aReporterOfAnotherUnitMayReadButNotWrite() {
    String unit = unit("宣传部");
    String id =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    "张三",
                    "IMMEDIATE",
                    null,
                    null,
                    null))
            .getString("id");
    String stranger = Tokens.reporter("赵六", unit("纪检组"));
    given().auth().oauth2(stranger).get("/api/v1/tickets/" + id).then().statusCode(200);
    act(stranger, id, "start", null).then().statusCode(403).contentType("application/problem+json");
    progress(stranger, id, today(), "越权填报").then().statusCode(403);
    given()
        .auth()
        .oauth2(stranger)
        .multiPart("file", "x.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain")
        .post("/api/v1/tickets/" + id + "/evidence")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(stranger)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + today().plusDays(90) + "\", \"reason\": \"越权\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .body("status", equalTo("ASSIGNED"))
        .body("version", equalTo(0));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .body("items", hasSize(1));
  }

  @Test
  void anExtensionMovesTheEffectiveDeadlineAndKeepsTheOriginal() {
    String unit = unit("后勤处");
    String reporter = Tokens.reporter("王五", unit);
    String verifier = Tokens.verifier("李四");
    String id = create(TicketFixtures.deadlineTicket(unit, today().plusDays(3))).getString("id");
    assertEquals(true, get(id).getBoolean("dueSoon"));
    // Not after the current effective deadline → 400.
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + today().plusDays(3) + "\", \"reason\": \"太忙\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("newDeadline"));
    String first = requestExtension(reporter, id, today().plusDays(40));
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + today().plusDays(50) + "\", \"reason\": \"再等等\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(409)
        .header("Location", containsString(first));
    decide(reporter, first, "approve", "").then().statusCode(403);
    decide(verifier, first, "refuse", null).then().statusCode(400);
    decide(verifier, first, "refuse", "理由不充分")
        .then()
        .statusCode(200)
        .body("status", equalTo("REFUSED"));
    assertEquals(today().plusDays(3).toString(), get(id).getString("effectiveDeadline"));
    assertEquals(false, get(id).getBoolean("extensionApproved"));
    decide(verifier, first, "approve", "改主意了").then().statusCode(409);

    String second = requestExtension(reporter, id, today().plusDays(60));
    decide(verifier, second, "approve", "同意延期")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    JsonPath t = get(id);
    assertEquals(today().plusDays(3).toString(), t.getString("deadline"));
    assertEquals(today().plusDays(60).toString(), t.getString("effectiveDeadline"));
    assertEquals(true, t.getBoolean("extensionApproved"));
    assertEquals(false, t.getBoolean("dueSoon"));
    assertEquals("GREEN", t.getString("light"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .body(
            "items.action",
            equalTo(
                List.of(
                    "create",
                    "extension_requested",
                    "extension_refused",
                    "extension_requested",
                    "extension_approved")));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/extensions")
        .then()
        .body("items.status", equalTo(List.of("REFUSED", "APPROVED")));
  }

  @Test
  void editingHonoursIfMatchAndOnlyAnAdminCorrectsADeadline() {
    String unit = unit("团委");
    String reporter = Tokens.reporter("王五", unit);
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    JsonPath t =
        create(ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(10), null, null));
    String id = t.getString("id");
    String edited =
        ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(10), "MONTH", null)
            .replace("组织专题学习，建立学习台账。", "组织专题学习，建立学习台账并每月通报。");
    given()
        .auth()
        .oauth2(reporter)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(edited)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .header("ETag", containsString("1"))
        .body("measure", equalTo("组织专题学习，建立学习台账并每月通报。"))
        .body("reportEvery", equalTo("MONTH"));
    given()
        .auth()
        .oauth2(reporter)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(edited)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(412);
    String later = ticketJson(problem, unit, "张三", "DEADLINE", today().plusDays(99), "MONTH", null);
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body(later)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.verifier("李四"))
        .contentType(ContentType.JSON)
        .body(later)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(403);
    // An admin corrects the deadline of a ticket not started and not overdue (decision 0051).
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(later)
        .put("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("deadline", equalTo(today().plusDays(99).toString()));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .body("items.action", equalTo(List.of("create", "update", "update")))
        .body("items[1].comment", containsString("measure"));
  }

  private static String requestExtension(String token, String id, java.time.LocalDate date) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + date + "\", \"reason\": \"涉及多部门协调\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(201)
        .body("status", equalTo("REQUESTED"))
        .extract()
        .path("id");
  }

  private static Response decide(String token, String extensionId, String verb, String comment) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(comment == null ? "{}" : "{\"comment\": \"" + comment + "\"}")
        .post("/api/v1/extensions/" + extensionId + "/" + verb);
  }
}
