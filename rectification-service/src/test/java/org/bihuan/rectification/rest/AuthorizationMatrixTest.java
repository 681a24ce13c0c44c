package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.AuthorizationFixtures.PERSON;
import static org.bihuan.rectification.rest.AuthorizationFixtures.fixtureFor;
import static org.bihuan.rectification.rest.AuthorizationFixtures.json;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.rest.AuthorizationFixtures.Fixture;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Every endpoint answers every caller as the matrix says. */
@QuarkusTest
class AuthorizationMatrixTest {

  enum Who {
    NONE,
    VIEWER,
    REPORTER_OWN_UNIT,
    REPORTER_OTHER_UNIT,
    VERIFIER,
    ADMIN,
    VERIFIER_OWN_UNIT,
    VERIFIER_OTHER_UNIT,
    ADMIN_OTHER_UNIT
  }

  /**
   * endpoint | state the ticket is put in first | expected status for NONE VIEWER REPORTER_OWN_UNIT
   * REPORTER_OTHER_UNIT VERIFIER ADMIN VERIFIER_OWN_UNIT VERIFIER_OTHER_UNIT ADMIN_OTHER_UNIT. A
   * caller bound to a unit writes only to that unit's tickets, whatever his roles (0227).
   */
  private static final String[] MATRIX = {
    "POST /tickets                      | none        | 401 403 201 403 201 201 201 403 403",
    "POST /tickets/batch                | none        | 401 403 201 403 201 201 201 403 403",
    "GET /tickets                       | none        | 401 200 200 200 200 200 200 200 200",
    "GET /tickets/{id}                  | assigned    | 401 200 200 200 200 200 200 200 200",
    "PUT /tickets/{id} measure          | assigned    | 401 403 200 403 200 200 200 403 403",
    "PUT /tickets/{id} deadline         | assigned    | 401 403 403 403 403 200 403 403 403",
    "PUT /tickets/{id} measure          | submitted   | 401 403 409 403 409 409 409 403 403",
    "PUT /tickets/{id} deadline         | in_progress | 401 403 403 403 403 409 403 403 403",
    "PUT /tickets/{id} problemIds       | assigned    | 401 403 403 403 403 200 403 403 403",
    "PUT /tickets/{id} problemIds       | in_progress | 401 403 403 403 403 200 403 403 403",
    "PUT /tickets/{id} problemIds       | submitted   | 401 403 409 403 409 409 409 403 403",
    "GET /tickets/{id}/history          | assigned    | 401 200 200 200 200 200 200 200 200",
    "POST /tickets/{id}/start           | assigned    | 401 403 200 403 403 200 403 403 403",
    "POST /tickets/{id}/submit          | in_progress | 401 403 200 403 403 200 403 403 403",
    "POST /tickets/{id}/verify          | submitted   | 401 403 403 403 200 200 200 403 403",
    "POST /tickets/{id}/reject          | submitted   | 401 403 403 403 200 200 200 403 403",
    "POST /tickets/{id}/reopen          | verified    | 401 403 403 403 200 200 200 403 403",
    "POST /tickets/{id}/cancel          | assigned    | 401 403 403 403 200 200 200 403 403",
    "POST /tickets/{id}/cancel          | submitted   | 401 403 403 403 200 200 200 403 403",
    "POST /tickets/{id}/cancel          | verified    | 401 403 403 403 409 409 409 403 403",
    "POST /tickets/{id}/progress        | in_progress | 401 403 201 403 403 201 403 403 403",
    "GET /tickets/{id}/progress         | in_progress | 401 200 200 200 200 200 200 200 200",
    "POST /tickets/{id}/evidence        | in_progress | 401 403 201 403 403 201 403 403 403",
    "GET /tickets/{id}/evidence         | in_progress | 401 200 200 200 200 200 200 200 200",
    "GET /tickets/{id}/evidence/content | evidence    | 401 200 200 200 200 200 200 200 200",
    "POST /tickets/{id}/extensions      | assigned    | 401 403 201 403 403 201 403 403 403",
    "GET /tickets/{id}/extensions       | extension   | 401 200 200 200 200 200 200 200 200",
    "GET /extensions/{id}               | extension   | 401 200 200 200 200 200 200 200 200",
    "POST /extensions/{id}/approve      | extension   | 401 403 403 403 200 200 200 403 403",
    "POST /extensions/{id}/refuse       | extension   | 401 403 403 403 200 200 200 403 403",
    "GET /events                        | none        | 401 200 200 200 200 200 200 200 200",
    "GET /webhooks                      | none        | 401 403 403 403 403 200 403 403 200",
  };

  @Test
  void everyEndpointAnswersEveryCallerAsTheMatrixSays() {
    List<String> differences = new ArrayList<>();
    int cells = 0;
    int unexpectedAllows = 0;
    for (String row : MATRIX) {
      String[] parts = row.split("\\|");
      String endpoint = parts[0].strip();
      String state = parts[1].strip();
      String[] expected = parts[2].strip().split("\\s+");
      for (Who who : Who.values()) {
        Fixture f = fixture(state);
        int want = Integer.parseInt(expected[who.ordinal()]);
        Response answer = call(endpoint, f, caller(who, f));
        int got = answer.statusCode();
        cells++;
        // A refusal for a role names the roles needed (0169); one for the caller's unit or for a
        // party to the ticket says that instead.
        String detail = got == 403 ? answer.jsonPath().getString("detail") : "";
        if (got == 403
            && answer.jsonPath().getList("requiredRoles") == null
            && !detail.contains("unit")
            && !detail.contains("answer for")) {
          differences.add(
              endpoint + " [" + state + "] as " + who + ": 403 names no role: " + detail);
        }
        if (got != want) {
          differences.add(endpoint + " [" + state + "] as " + who + ": " + got + " not " + want);
          if (got < 300 && want >= 400) {
            unexpectedAllows++;
          }
        }
      }
    }
    System.out.printf(
        "authorization matrix (rectification-service): %d cells, %d differences, %d unexpected"
            + " allows%n",
        cells, differences.size(), unexpectedAllows);
    assertEquals(MATRIX.length * Who.values().length, cells);
    assertEquals(List.of(), differences);
  }

  // ---- the callers

  private static RequestSpecification caller(Who who, Fixture f) {
    RequestSpecification r = given();
    return switch (who) {
      case NONE -> r;
      case VIEWER -> r.auth().oauth2(Tokens.viewer());
      case REPORTER_OWN_UNIT -> r.auth().oauth2(Tokens.reporter("王五", f.unit()));
      case REPORTER_OTHER_UNIT -> r.auth().oauth2(Tokens.reporter("赵六", unit("纪检组")));
      case VERIFIER -> r.auth().oauth2(Tokens.verifier("李四"));
      case ADMIN -> r.auth().oauth2(Tokens.admin());
      case VERIFIER_OWN_UNIT ->
          r.auth().oauth2(Tokens.token("li-shen", "李审", f.unit(), "verifier"));
      case VERIFIER_OTHER_UNIT ->
          r.auth().oauth2(Tokens.token("sun-yan", "孙验", unit("纪检组"), "verifier"));
      case ADMIN_OTHER_UNIT ->
          r.auth().oauth2(Tokens.token("zhou-guan", "周管", unit("纪检组"), "admin"));
    };
  }

  // ---- the endpoints

  private static final Map<String, BiFunction<Fixture, RequestSpecification, Response>> CALLS =
      new LinkedHashMap<>();

  static {
    CALLS.put(
        "POST /tickets",
        (f, r) -> r.contentType(ContentType.JSON).body(json(f, PERSON)).post("/api/v1/tickets"));
    CALLS.put(
        "POST /tickets/batch",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body("{\"tickets\": [" + json(f, PERSON) + "]}")
                .post("/api/v1/tickets/batch"));
    CALLS.put("GET /tickets", (f, r) -> r.get("/api/v1/tickets"));
    CALLS.put("GET /tickets/{id}", (f, r) -> r.get("/api/v1/tickets/" + f.ticket()));
    CALLS.put(
        "PUT /tickets/{id} measure",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body(json(f, PERSON).replace("组织专题学习，建立学习台账。", "组织专题学习，每月通报。"))
                .put("/api/v1/tickets/" + f.ticket()));
    CALLS.put(
        "PUT /tickets/{id} deadline",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body(
                    ticketJson(
                        f.problem(),
                        f.unit(),
                        PERSON,
                        "DEADLINE",
                        today().plusYears(1),
                        null,
                        null))
                .put("/api/v1/tickets/" + f.ticket()));
    CALLS.put(
        "PUT /tickets/{id} problemIds",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body(
                    json(f, PERSON)
                        .replace(
                            f.problem().toString(),
                            ProblemServiceStub.problem(UUID.randomUUID()).toString()))
                .put("/api/v1/tickets/" + f.ticket()));
    CALLS.put(
        "GET /tickets/{id}/history", (f, r) -> r.get("/api/v1/tickets/" + f.ticket() + "/history"));
    for (String action : List.of("start", "submit", "verify", "reject", "reopen", "cancel")) {
      CALLS.put(
          "POST /tickets/{id}/" + action,
          (f, r) ->
              r.contentType(ContentType.JSON)
                  .body("{\"comment\": \"矩阵\"}")
                  .post("/api/v1/tickets/" + f.ticket() + "/" + action));
    }
    CALLS.put(
        "POST /tickets/{id}/progress",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body("{\"date\": \"" + today() + "\", \"note\": \"矩阵\"}")
                .post("/api/v1/tickets/" + f.ticket() + "/progress"));
    CALLS.put(
        "GET /tickets/{id}/progress",
        (f, r) -> r.get("/api/v1/tickets/" + f.ticket() + "/progress"));
    CALLS.put(
        "POST /tickets/{id}/evidence",
        (f, r) ->
            r.multiPart("file", "x.txt", "佐证".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/tickets/" + f.ticket() + "/evidence"));
    CALLS.put(
        "GET /tickets/{id}/evidence",
        (f, r) -> r.get("/api/v1/tickets/" + f.ticket() + "/evidence"));
    CALLS.put(
        "GET /tickets/{id}/evidence/content",
        (f, r) ->
            r.get("/api/v1/tickets/" + f.ticket() + "/evidence/" + f.evidence() + "/content"));
    CALLS.put(
        "POST /tickets/{id}/extensions",
        (f, r) ->
            r.contentType(ContentType.JSON)
                .body("{\"newDeadline\": \"" + today().plusDays(60) + "\", \"reason\": \"矩阵\"}")
                .post("/api/v1/tickets/" + f.ticket() + "/extensions"));
    CALLS.put(
        "GET /tickets/{id}/extensions",
        (f, r) -> r.get("/api/v1/tickets/" + f.ticket() + "/extensions"));
    CALLS.put("GET /extensions/{id}", (f, r) -> r.get("/api/v1/extensions/" + f.extension()));
    for (String verb : List.of("approve", "refuse")) {
      CALLS.put(
          "POST /extensions/{id}/" + verb,
          (f, r) ->
              r.contentType(ContentType.JSON)
                  .body("{\"comment\": \"矩阵\"}")
                  .post("/api/v1/extensions/" + f.extension() + "/" + verb));
    }
    CALLS.put("GET /events", (f, r) -> r.queryParam("limit", 1).get("/api/v1/events"));
    CALLS.put("GET /webhooks", (f, r) -> r.get("/api/v1/webhooks"));
  }

  private static Response call(String endpoint, Fixture f, RequestSpecification r) {
    BiFunction<Fixture, RequestSpecification, Response> c = CALLS.get(endpoint);
    if (c == null) {
      throw new IllegalArgumentException("no call for " + endpoint + " in " + CALLS.keySet());
    }
    return c.apply(f, r);
  }

  // ---- the fixtures

  private static Fixture fixture(String state) {
    return fixtureFor(state, PERSON);
  }

  static {
    // Every row names a known endpoint (a typo would otherwise only show as a failing cell).
    Arrays.stream(MATRIX)
        .map(r -> r.split("\\|")[0].strip())
        .forEach(
            e -> {
              if (!CALLS.containsKey(e)) {
                throw new IllegalStateException("matrix row without a call: " + e);
              }
            });
  }
}
