package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What a new OA integrator tripped over in rectification-service (findings 2, 3, 10 and 12 of the
 * integrator's issue): each write to a ticket's parts answers the ticket's new ETag, start and
 * approve need no body, an unknown field names the expected one, 403 names the role, and a 409's
 * Location is absolute like a 201's.
 */
@QuarkusTest
class IntegratorFindingsTest {

  @Test
  void progressEvidenceAndExtensionsAnswerTheTicketsNewEtagWhichTheNextWriteCanSend()
      throws Exception {
    String unit = TicketFixtures.unit("办公室");
    JsonPath t =
        TicketFixtures.create(
            TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusDays(30)));
    String id = t.getString("id");
    String reporter = Tokens.reporter("王五", unit);
    java.net.http.HttpResponse<String> started =
        postWithoutBody(
            "/api/v1/tickets/" + id + "/start", reporter, "\"" + t.getLong("version") + "\"");
    assertEquals(200, started.statusCode(), started.body());
    String etag = started.headers().firstValue("ETag").orElseThrow();
    io.restassured.response.ExtractableResponse<io.restassured.response.Response> progress =
        given()
            .auth()
            .oauth2(reporter)
            .contentType(ContentType.JSON)
            .header("If-Match", etag)
            .body("{\"date\": \"" + TicketFixtures.today() + "\", \"note\": \"已完成自查\"}")
            .post("/api/v1/tickets/" + id + "/progress")
            .then()
            .statusCode(201)
            .extract();
    String afterProgress = progress.header("Ticket-ETag");
    assertNotNull(afterProgress, "the progress answer carries the ticket's ETag");
    // Location names the report, absolute like every 201's, and reads it back
    String location = progress.header("Location");
    assertTrue(
        location != null
            && location.startsWith("http")
            && location.endsWith(
                "/api/v1/tickets/" + id + "/progress/" + progress.jsonPath().getString("id")),
        "Location: " + location);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get(location)
        .then()
        .statusCode(200)
        .body("note", equalTo("已完成自查"))
        .body("ticketId", equalTo(id));
    // another ticket's report is not this ticket's
    String other =
        TicketFixtures.create(
                TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusDays(30)))
            .getString("id");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get(location.replace(id, other))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertEquals(currentEtag(id), afterProgress);
    String afterEvidence =
        given()
            .auth()
            .oauth2(reporter)
            .header("If-Match", afterProgress)
            .multiPart(
                "file", "整改报告.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "application/pdf")
            .post("/api/v1/tickets/" + id + "/evidence")
            .then()
            .statusCode(201)
            .extract()
            .header("Ticket-ETag");
    assertEquals(currentEtag(id), afterEvidence);
    JsonPath ext =
        given()
            .auth()
            .oauth2(reporter)
            .contentType(ContentType.JSON)
            .header("If-Match", afterEvidence)
            .body(
                "{\"newDeadline\": \""
                    + TicketFixtures.today().plusDays(60)
                    + "\", \"reason\": \"需协调上级部门\"}")
            .post("/api/v1/tickets/" + id + "/extensions")
            .then()
            .statusCode(201)
            .header("Ticket-ETag", equalTo(currentEtag(id)))
            .extract()
            .jsonPath();
    // A second request while one is open: 409 whose Location is absolute, like a 201's.
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body(
            "{\"newDeadline\": \""
                + TicketFixtures.today().plusDays(90)
                + "\", \"reason\": \"再次申请\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(409)
        .header("Location", startsWith("http"))
        .header("Location", containsString("/api/v1/extensions/" + ext.getString("id")));
    // approve without any body; its answer carries the ticket's ETag too.
    java.net.http.HttpResponse<String> approved =
        postWithoutBody(
            "/api/v1/extensions/" + ext.getString("id") + "/approve", Tokens.verifier("李四"), null);
    assertEquals(200, approved.statusCode(), approved.body());
    String afterApprove = approved.headers().firstValue("Ticket-ETag").orElse(null);
    assertEquals(currentEtag(id), afterApprove);
    java.net.http.HttpResponse<String> submitted =
        postWithoutBody("/api/v1/tickets/" + id + "/submit", reporter, afterApprove);
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertTrue(submitted.body().contains("\"status\":\"SUBMITTED\""), submitted.body());
  }

  @Test
  void anUnknownFieldNamesTheExpectedOneAndForbiddenNamesTheRole() {
    String unit = TicketFixtures.unit("财务处");
    String id =
        TicketFixtures.create(
                TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusDays(30)))
            .getString("id");
    given()
        .auth()
        .oauth2(Tokens.verifier("李四"))
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"不需要了\"}")
        .post("/api/v1/tickets/" + id + "/cancel")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("did you mean 'comment'"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"不需要了\"}")
        .post("/api/v1/tickets/" + id + "/cancel")
        .then()
        .statusCode(403)
        .body("detail", containsString("verifier"));
  }

  @Test
  void startAndApproveDeclareAnOptionalBody() {
    JsonPath openapi =
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().extract().jsonPath();
    assertEquals(
        Boolean.FALSE,
        openapi.get("paths.'/api/v1/tickets/{id}/start'.post.requestBody.required"),
        "start's body is optional");
    assertEquals(
        Boolean.FALSE,
        openapi.get("paths.'/api/v1/extensions/{id}/approve'.post.requestBody.required"),
        "approve's body is optional");
    // The actions that need a reason declare it: a generated client cannot leave it out.
    for (String path :
        List.of(
            "/api/v1/tickets/{id}/verify",
            "/api/v1/tickets/{id}/reject",
            "/api/v1/tickets/{id}/reopen",
            "/api/v1/tickets/{id}/cancel",
            "/api/v1/extensions/{id}/refuse")) {
      String body = "paths.'" + path + "'.post.requestBody";
      assertEquals(Boolean.TRUE, openapi.get(body + ".required"), path);
      String ref = openapi.get(body + ".content.'application/json'.schema.$ref");
      String schema = "components.schemas." + ref.substring(ref.lastIndexOf('/') + 1);
      assertEquals(List.of("comment"), openapi.getList(schema + ".required"), path);
      assertEquals(1, (Integer) openapi.get(schema + ".properties.comment.minLength"), path);
    }
  }

  /** What the services send is what the contract declares: Ticket-ETag, list 304s. */
  @Test
  void theContractDeclaresTicketEtagsAndConditionalLists() {
    JsonPath openapi =
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().extract().jsonPath();
    for (String answer :
        List.of(
            "'/api/v1/tickets/{id}/progress'.post.responses.'201'",
            "'/api/v1/tickets/{id}/evidence'.post.responses.'201'",
            "'/api/v1/tickets/{id}/extensions'.post.responses.'201'",
            "'/api/v1/extensions/{id}/approve'.post.responses.'200'",
            "'/api/v1/extensions/{id}/refuse'.post.responses.'200'")) {
      assertNotNull(openapi.get("paths." + answer + ".headers.'Ticket-ETag'"), answer);
    }
    for (String list :
        List.of("'/api/v1/tickets'", "'/api/v1/tickets/{id}/history'", "'/api/v1/todos'")) {
      assertNotNull(openapi.get("paths." + list + ".get.responses.'304'"), list);
      assertEquals(
          List.of("If-None-Match"),
          openapi.getList(
              "paths." + list + ".get.parameters.findAll { it.name == 'If-None-Match' }.name"),
          list);
    }
  }

  /** As curl -X POST sends it: no body and no Content-Type. */
  private static java.net.http.HttpResponse<String> postWithoutBody(
      String path, String token, String ifMatch) throws Exception {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
            .header("Authorization", "Bearer " + token)
            .POST(java.net.http.HttpRequest.BodyPublishers.noBody());
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  private static String currentEtag(String id) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }
}
