package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.IntegrationGuide;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The answers an integrator relies on that the first round of fixes left open (integrator findings
 * 4 and 12): a ticket sent back is no longer submitted, every role refusal names the role, the
 * token leeway is what the guide says, and a Location is absolute whichever answer carries it.
 */
@QuarkusTest
class IntegratorAnswersTest {

  @Test
  void aRejectedOrReopenedTicketNoLongerCarriesSubmittedAt() {
    String unit = TicketFixtures.unit("组织部");
    String id =
        TicketFixtures.create(
                TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusDays(30)))
            .getString("id");
    String reporter = Tokens.reporter("王五", unit);
    String verifier = Tokens.verifier("赵验收");
    TicketFixtures.act(reporter, id, "start", null).then().statusCode(200);
    TicketFixtures.progress(reporter, id, TicketFixtures.today(), "已完成自查").then().statusCode(201);
    TicketFixtures.act(reporter, id, "submit", "申请销号")
        .then()
        .statusCode(200)
        .body("submittedAt", notNullValue());
    TicketFixtures.act(verifier, id, "reject", "材料不全")
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"))
        .body("submittedAt", nullValue());
    TicketFixtures.act(reporter, id, "submit", "补充后再次申请")
        .then()
        .statusCode(200)
        .body("submittedAt", notNullValue());
    TicketFixtures.act(verifier, id, "verify", "验收通过")
        .then()
        .statusCode(200)
        .body("submittedAt", notNullValue());
    TicketFixtures.act(verifier, id, "reopen", "回头看发现反弹")
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"))
        .body("verifiedAt", nullValue())
        .body("submittedAt", nullValue());
    // The history keeps both submissions.
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.findAll { it.action == 'submit' }.size()", equalTo(2));
  }

  @Test
  void everyRefusalForARoleNamesTheRolesTheOperationNeeds() {
    String unit = TicketFixtures.unit("宣传部");
    String id =
        TicketFixtures.create(
                TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusDays(30)))
            .getString("id");
    String reporter = Tokens.reporter("王五", unit);
    TicketFixtures.act(reporter, id, "start", null).then().statusCode(200);
    TicketFixtures.progress(reporter, id, TicketFixtures.today(), "已完成自查").then().statusCode(201);
    TicketFixtures.act(reporter, id, "submit", "申请销号").then().statusCode(200);
    // The workflow's table refuses a reporter who rejects: the same words as @RolesAllowed.
    TicketFixtures.act(reporter, id, "reject", "退回")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("需要 verifier 角色（或 admin）"))
        .body("requiredRoles", contains("verifier", "admin"));
    // @RolesAllowed refuses a viewer who reports progress.
    TicketFixtures.progress(Tokens.viewer(), id, TicketFixtures.today(), "查看")
        .then()
        .statusCode(403)
        .body("detail", containsString("需要 reporter 角色（或 admin）"))
        .body("requiredRoles", contains("reporter", "admin"));
    given()
        .auth()
        .oauth2(Tokens.verifier("李四"))
        .contentType(ContentType.JSON)
        .body("{\"url\": \"https://oa.example.org/hook\", \"events\": [\"ticket.*\"]}")
        .post("/api/v1/webhooks")
        .then()
        .statusCode(403)
        .body("detail", containsString("需要 admin 角色；"))
        .body("requiredRoles", contains("admin"));
  }

  @Test
  void aTransitionRefusedForTheRoleNamesThatActionsRolesWhateverTheState() {
    String unit = TicketFixtures.unit("档案室");
    io.restassured.path.json.JsonPath created =
        TicketFixtures.create(
            TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusDays(30)));
    String id = created.getString("id");
    int version = created.getInt("version");
    String reporter = Tokens.reporter("钱七", unit);
    // A viewer hears the roles of the action asked for, not of every transition.
    Map<String, List<String>> needs =
        Map.of(
            "start", List.of("reporter", "admin"),
            "submit", List.of("reporter", "admin"),
            "verify", List.of("verifier", "admin"),
            "reject", List.of("verifier", "admin"),
            "reopen", List.of("verifier", "admin"),
            "cancel", List.of("admin", "verifier"));
    needs.forEach(
        (action, roles) ->
            TicketFixtures.act(Tokens.viewer(), id, action, "看看")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("requiredRoles", contains(roles.toArray())));
    // The ticket is ASSIGNED: a reporter who verifies or cancels hears 403 (never allowed to),
    // not 409 (not now), and so does a verifier who starts it with a stale If-Match.
    for (String action : List.of("verify", "cancel", "reopen")) {
      TicketFixtures.act(reporter, id, action, "自己来")
          .then()
          .statusCode(403)
          .body("requiredRoles", hasItem("verifier"));
    }
    given()
        .auth()
        .oauth2(Tokens.verifier("李四"))
        .header("If-Match", "\"999\"")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/tickets/" + id + "/start")
        .then()
        .statusCode(403)
        .body("requiredRoles", contains("reporter", "admin"));
    // Nothing changed.
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ASSIGNED"))
        .body("version", equalTo(version));
  }

  @Test
  void anotherUnitsReporterHears403BeforeTheVersionOrTheState() {
    String unit = TicketFixtures.unit("党委办公室");
    String id =
        TicketFixtures.create(
                TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusDays(30)))
            .getString("id");
    String stranger = Tokens.reporter("孙八", TicketFixtures.unit("财务处"));
    // ASSIGNED: submit is not allowed now (409 for the unit), but never for another unit (403).
    for (String action : List.of("submit", "start")) {
      given()
          .auth()
          .oauth2(stranger)
          .header("If-Match", "\"999\"")
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/v1/tickets/" + id + "/" + action)
          .then()
          .statusCode(403)
          .body("detail", containsString("is not responsible for this ticket"));
    }
    given()
        .auth()
        .oauth2(stranger)
        .header("If-Match", "\"999\"")
        .contentType(ContentType.JSON)
        .body("{\"date\": \"" + TicketFixtures.today() + "\", \"note\": \"越权\"}")
        .post("/api/v1/tickets/" + id + "/progress")
        .then()
        .statusCode(403);
  }

  @Test
  void anExternalRefSentWithBlanksIsKeptAsItIsLookedUp() {
    String ref = "OA-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        TicketFixtures.ticketJson(
            ProblemServiceStub.problem(UUID.randomUUID()),
            TicketFixtures.unit("办公室"),
            "张三",
            "DEADLINE",
            TicketFixtures.today().plusDays(9),
            null,
            "  " + ref + "\\t");
    String id = TicketFixtures.create(body).getString("id");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("externalRef", ref)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .body("items.id", contains(id))
        .body("items[0].externalRef", equalTo(ref));
  }

  @Test
  void anExpiredTokenIsAcceptedForTheLeewayTheGuideStatesAndNotLonger() throws Exception {
    Matcher m =
        Pattern.compile("still accepted for up to (\\d+) seconds after its `exp`")
            .matcher(IntegrationGuide.text().replaceAll("\\s+", " "));
    assertTrue(m.find(), "docs/integration.md states the clock-skew leeway");
    int leeway = Integer.parseInt(m.group(1));
    given()
        .auth()
        .oauth2(Tokens.viewerExpiredSince(leeway - 20))
        .get("/api/v1/tickets?limit=1")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.viewerExpiredSince(leeway + 20))
        .get("/api/v1/tickets?limit=1")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  private static io.restassured.response.Response createTicket(String body, String key) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/tickets");
  }

  @Test
  void aLocationIsAbsoluteOnACreationItsReplayAndTheDuplicatesConflict() {
    String ref = "OA-LOC-" + UUID.randomUUID();
    String body =
        TicketFixtures.ticketJson(
            ProblemServiceStub.problem(UUID.randomUUID()),
            TicketFixtures.unit("纪委"),
            "张三",
            "DEADLINE",
            TicketFixtures.today().plusDays(30),
            null,
            ref);
    String key = "loc-" + UUID.randomUUID();
    String created =
        createTicket(body, key)
            .then()
            .statusCode(201)
            .header("Location", startsWith("http"))
            .extract()
            .header("Location");
    createTicket(body, key)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", equalTo(created));
    String conflict =
        createTicket(body.replace("组织专题学习", "另一项措施"), "loc-" + UUID.randomUUID())
            .then()
            .statusCode(409)
            .extract()
            .header("Location");
    assertEquals(created, conflict, "the 409 names the existing ticket as the 201 did");
  }
}
