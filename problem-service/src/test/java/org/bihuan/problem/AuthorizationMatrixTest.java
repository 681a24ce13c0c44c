package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.problemJson;
import static org.bihuan.problem.support.Api.source;
import static org.bihuan.problem.support.TicketJson.page;
import static org.bihuan.problem.support.TicketJson.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every caller (no token, viewer, reporter for the whole organisation, reporter
 * bound to a unit, verifier, admin, admin bound to a unit), each cell on fresh data, with the
 * rectification service (WireMock) answering the problem's tickets as the row says. Every cell is
 * asserted; the test reports how many refusals were let through (unexpected allows).
 */
@QuarkusTest
class AuthorizationMatrixTest {

  enum Who {
    NONE,
    VIEWER,
    REPORTER_ORGANISATION,
    REPORTER_OF_A_UNIT,
    VERIFIER,
    ADMIN,
    ADMIN_OF_A_UNIT
  }

  /**
   * endpoint | the problem's tickets in the rectification service | expected status for NONE VIEWER
   * REPORTER_ORGANISATION REPORTER_OF_A_UNIT VERIFIER ADMIN ADMIN_OF_A_UNIT.
   */
  private static final String[] MATRIX = {
    "POST /sources                    | -           | 401 403 403 403 403 201 403",
    "GET /sources                     | -           | 401 200 200 200 200 200 200",
    "GET /sources/{id}                | -           | 401 200 200 200 200 200 200",
    "PUT /sources/{id}                | -           | 401 403 403 403 403 200 403",
    "POST /sources/{id}/import        | -           | 401 403 201 201 403 201 201",
    "POST /sources/{id}/import?replace | imported    | 401 403 403 403 403 201 403",
    // a caller who may not replace hears 403 before anything about the document
    "POST /sources/{id}/import?replace of no outline | - | 401 403 403 403 403 422 403",
    "POST /problems                   | -           | 401 403 201 201 403 201 201",
    "GET /problems                    | -           | 401 200 200 200 200 200 200",
    "GET /problems/{id}               | none        | 401 200 200 200 200 200 200",
    "PUT /problems/{id}               | none        | 401 403 200 403 403 200 403",
    "POST /problems/{id}/withdraw     | none        | 401 403 403 403 403 200 403",
    "POST /problems/{id}/withdraw     | cancelled   | 401 403 403 403 403 200 403",
    "POST /problems/{id}/withdraw     | in_progress | 401 403 403 403 403 409 403",
    "POST /problems/{id}/withdraw     | verified    | 401 403 403 403 403 409 403",
    "POST /problems/{id}/close        | verified    | 401 403 403 403 403 200 403",
    "POST /problems/{id}/close        | in_progress | 401 403 403 403 403 409 403",
    "POST /problems/{id}/close        | none        | 401 403 403 403 403 409 403",
    "POST /causes                     | -           | 401 403 201 201 403 201 201",
    "GET /causes                      | -           | 401 200 200 200 200 200 200",
    "GET /categories                  | -           | 401 200 200 200 200 200 200",
    "GET /events                      | -           | 401 200 200 200 200 200 200",
    "GET /webhooks                    | -           | 401 403 403 403 403 200 200",
  };

  /** A document imported once; importing it again with replace=true withdraws its problems. */
  private static final String IMPORTED = "一、存在的问题\n（一）作风方面\n1. 调研不够深入。\n";

  @RectificationStub.Stub WireMockServer rectification;

  record Fixture(String source, String problem) {}

  @Test
  void everyEndpointAnswersEveryCallerAsTheMatrixSays() {
    List<String> differences = new ArrayList<>();
    int cells = 0;
    int unexpectedAllows = 0;
    java.util.Map<String, java.util.Set<Who>> allowed = new java.util.HashMap<>();
    for (String row : MATRIX) {
      String[] parts = row.split("\\|");
      String[] expected = parts[2].strip().split("\\s+");
      for (Who who : Who.values()) {
        if (Integer.parseInt(expected[who.ordinal()]) < 400) {
          // by operation: import and import?replace are one operation of one role set
          allowed.computeIfAbsent(operation(parts[0]), k -> new java.util.HashSet<>()).add(who);
        }
      }
    }
    for (String row : MATRIX) {
      String[] parts = row.split("\\|");
      String endpoint = parts[0].strip();
      String tickets = parts[1].strip();
      String[] expected = parts[2].strip().split("\\s+");
      for (Who who : Who.values()) {
        Fixture f = fixture(tickets);
        int want = Integer.parseInt(expected[who.ordinal()]);
        io.restassured.response.Response answer = CALLS.get(endpoint).apply(f, caller(who));
        int got = answer.statusCode();
        cells++;
        // A refusal for a role names the roles the operation needs (0169); one for the caller's
        // unit says so instead.
        if (got == 403
            && answer.jsonPath().getList("requiredRoles") == null
            && !answer.jsonPath().getString("detail").contains("unit")) {
          differences.add(
              endpoint + " as " + who + ": 403 names no role: " + answer.jsonPath().get("detail"));
        }
        // A refusal of a variant (import?replace) names the variant the caller asked for, not
        // the action it implies (a reporter was told "The action 'withdraw'" on an import).
        if (got == 403
            && endpoint.contains("?replace")
            && List.of("admin").equals(answer.jsonPath().getList("requiredRoles"))
            && !answer.jsonPath().getString("detail").contains("?replace=true")) {
          differences.add(
              endpoint
                  + " as "
                  + who
                  + ": 403 does not name ?replace: "
                  + answer.jsonPath().get("detail"));
        }
        // A reporter bound to a unit, refused an edit of the whole organisation, hears who may.
        if (got == 403
            && answer.jsonPath().getString("detail").contains("bound to unit")
            && answer.jsonPath().getList("requiredRoles") == null) {
          differences.add(endpoint + " as " + who + ": 403 for a unit names no role");
        }
        // The roles a 403 names are roles whose holders this endpoint lets through, never one
        // that is itself refused (a unit's reporter was told "a verifier" may edit a problem).
        if (got == 403 && answer.jsonPath().getList("requiredRoles") != null) {
          for (String role : answer.jsonPath().getList("requiredRoles", String.class)) {
            boolean someHolderAllowed =
                allowed.getOrDefault(operation(endpoint), java.util.Set.of()).stream()
                    .anyMatch(w -> w.name().startsWith(role.toUpperCase()));
            if (!someHolderAllowed) {
              differences.add(
                  endpoint + " as " + who + ": 403 names " + role + ", which is refused too");
            }
          }
        }
        if (got != want) {
          differences.add(endpoint + " [" + tickets + "] as " + who + ": " + got + " not " + want);
          if (got < 300 && want >= 400) {
            unexpectedAllows++;
          }
        }
      }
    }
    System.out.printf(
        "authorization matrix (problem-service): %d cells, %d differences, %d unexpected allows%n",
        cells, differences.size(), unexpectedAllows);
    assertEquals(MATRIX.length * Who.values().length, cells);
    assertEquals(List.of(), differences);
  }

  private static String operation(String endpoint) {
    return endpoint.replaceAll("\\?.*$", "").strip();
  }

  private static RequestSpecification caller(Who who) {
    RequestSpecification r = given();
    return switch (who) {
      case NONE -> r;
      case VIEWER -> r.auth().oauth2(Tokens.viewer());
      case REPORTER_ORGANISATION -> r.auth().oauth2(Tokens.reporter("王五", null));
      case REPORTER_OF_A_UNIT -> r.auth().oauth2(Tokens.reporter("赵六", "纪检组"));
      case VERIFIER -> r.auth().oauth2(Tokens.verifier("李四"));
      case ADMIN -> r.auth().oauth2(Tokens.admin());
      case ADMIN_OF_A_UNIT -> r.auth().oauth2(Tokens.token("admin-纪检组", "孙管理", "纪检组", "admin"));
    };
  }

  private Fixture fixture(String tickets) {
    String source = source("矩阵来源-" + UUID.randomUUID());
    if (tickets.equals("-")) {
      return new Fixture(source, null);
    }
    if (tickets.equals("imported")) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType("text/plain; charset=UTF-8")
          .body(IMPORTED)
          .post("/api/v1/sources/" + source + "/import")
          .then()
          .statusCode(201);
      return new Fixture(source, null);
    }
    String id = problem(source, List.of("矩阵"), "矩阵问题");
    List<String> answer =
        tickets.equals("none")
            ? List.of()
            : List.of(
                ticket(
                    UUID.randomUUID().toString(),
                    "T-2024-0900",
                    id,
                    tickets.toUpperCase(java.util.Locale.ROOT)));
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(id))
            .willReturn(okJson(page(answer, null))));
    return new Fixture(source, id);
  }

  private static final Map<String, BiFunction<Fixture, RequestSpecification, Response>> CALLS =
      new LinkedHashMap<>();

  static {
    CALLS.put(
        "POST /sources",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body(
                    "{\"title\": \"矩阵会议\", \"kind\": \"MEETING\", \"organization\": \"党委\","
                        + " \"heldOn\": \"2024-01-15\"}")
                .post("/api/v1/sources"));
    CALLS.put("GET /sources", (f, r) -> r.get("/api/v1/sources"));
    CALLS.put("GET /sources/{id}", (f, r) -> r.get("/api/v1/sources/" + f.source()));
    CALLS.put(
        "PUT /sources/{id}",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body(
                    "{\"title\": \"改名\", \"kind\": \"MEETING\", \"organization\": \"党委\","
                        + " \"heldOn\": \"2024-01-15\"}")
                .put("/api/v1/sources/" + f.source()));
    CALLS.put(
        "POST /sources/{id}/import",
        (f, r) ->
            r.contentType("text/plain; charset=UTF-8")
                .body("一、存在的问题\n（一）理论学习方面\n1. 学习不够深入。\n")
                .post("/api/v1/sources/" + f.source() + "/import"));
    CALLS.put(
        "POST /sources/{id}/import?replace",
        (f, r) ->
            r.contentType("text/plain; charset=UTF-8")
                .queryParam("replace", "true")
                .body(IMPORTED)
                .post("/api/v1/sources/" + f.source() + "/import"));
    CALLS.put(
        "POST /sources/{id}/import?replace of no outline",
        (f, r) ->
            r.contentType("text/plain; charset=UTF-8")
                .queryParam("replace", "true")
                .body("x")
                .post("/api/v1/sources/" + f.source() + "/import"));
    CALLS.put(
        "POST /problems",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body(problemJson(f.source(), List.of("矩阵"), "新问题", null))
                .post("/api/v1/problems"));
    CALLS.put("GET /problems", (f, r) -> r.get("/api/v1/problems"));
    CALLS.put("GET /problems/{id}", (f, r) -> r.get("/api/v1/problems/" + f.problem()));
    CALLS.put(
        "PUT /problems/{id}",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body(problemJson(f.source(), List.of("矩阵"), "改过的问题", null))
                .put("/api/v1/problems/" + f.problem()));
    CALLS.put(
        "POST /problems/{id}/withdraw",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body("{\"reason\": \"误录\"}")
                .post("/api/v1/problems/" + f.problem() + "/withdraw"));
    CALLS.put(
        "POST /problems/{id}/close",
        (f, r) -> r.post("/api/v1/problems/" + f.problem() + "/close"));
    CALLS.put(
        "POST /causes",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body("{\"sourceId\": \"" + f.source() + "\", \"title\": \"学习不深入\"}")
                .post("/api/v1/causes"));
    CALLS.put("GET /causes", (f, r) -> r.queryParam("sourceId", f.source()).get("/api/v1/causes"));
    CALLS.put(
        "GET /categories",
        (f, r) -> r.queryParam("sourceId", f.source()).get("/api/v1/categories"));
    CALLS.put("GET /events", (f, r) -> r.queryParam("limit", 1).get("/api/v1/events"));
    CALLS.put("GET /webhooks", (f, r) -> r.get("/api/v1/webhooks"));
  }
}
