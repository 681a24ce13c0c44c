package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every caller (no token, viewer, reporter of the ticket's unit, reporter of
 * another unit, verifier, admin, and a verifier and an admin bound to the ticket's or another
 * unit), each cell on a fresh ticket in the state the endpoint needs, and the two-step routes
 * around separation of duties. Every cell is asserted; the test fails on any difference and reports
 * how many refusals the service let through (unexpected allows).
 */
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

  /** A ticket (and extension) of a fresh unit: 张三 answers for it, 王五 reports for the unit. */
  record Fixture(String unit, UUID problem, String ticket, String extension, String evidence) {}

  private static final String PERSON = "张三";

  /**
   * The deadline every fixture's ticket is created with, and that the edits meant to change
   * something else (its measure, its problems) send again unchanged: taken once, in the product's
   * zone, so that a run crossing midnight there (16:00 UTC) does not make those edits deadline
   * changes, which most callers may not make.
   */
  private static final LocalDate DEADLINE = today().plusDays(20);

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

  /** The two-step routes of separation of duties; each step is a cell with its expected status. */
  @Test
  void twoStepRoutesToVerifyingOnesOwnTicketAreClosed() {
    Map<String, Integer> steps = new LinkedHashMap<>();
    Map<String, Integer> got = new LinkedHashMap<>();
    String zhao = Tokens.verifier("赵验收");

    // 1. The responsible person, a verifier, hands a SUBMITTED ticket to someone else, then
    // verifies.
    Fixture a = fixtureFor("submitted", "赵验收");
    step(
        got,
        steps,
        "change responsible person while SUBMITTED",
        409,
        SeparationOfDutiesTest.put(zhao, a.ticket(), json(a, "钱七")));
    step(got, steps, "then verify", 403, act(zhao, a.ticket(), "verify", "验收"));

    // 2. The same, earlier in the round (IN_PROGRESS), then submitted by the unit.
    Fixture b = fixtureFor("in_progress", "赵验收");
    step(
        got,
        steps,
        "change responsible person while IN_PROGRESS",
        200,
        SeparationOfDutiesTest.put(zhao, b.ticket(), json(b, "钱七")));
    step(
        got,
        steps,
        "the unit submits",
        200,
        act(Tokens.reporter("王五", b.unit()), b.ticket(), "submit", null));
    step(
        got,
        steps,
        "then the former responsible person verifies",
        403,
        act(zhao, b.ticket(), "verify", "验收"));
    step(
        got,
        steps,
        "and under another spelling",
        403,
        act(Tokens.verifier("趙驗收"), b.ticket(), "verify", "验收"));

    // 3. The submitter, holding reporter and verifier roles, verifies.
    Fixture c = fixtureFor("in_progress", PERSON);
    String both = Tokens.token("sun-qi", "孙七", c.unit(), "reporter", "verifier");
    step(got, steps, "submit as reporter+verifier", 200, act(both, c.ticket(), "submit", null));
    step(got, steps, "verify what one submitted", 403, act(both, c.ticket(), "verify", "验收"));

    // 4. An extension requested by 趙驗收 and approved by 赵 验收 / 赵验收+U+200B.
    Fixture d = fixtureFor("assigned", PERSON);
    String requester = Tokens.token("zhao-a", "趙驗收", d.unit(), "reporter", "verifier");
    Response requested =
        given()
            .auth()
            .oauth2(requester)
            .contentType(ContentType.JSON)
            .body("{\"newDeadline\": \"" + today().plusDays(90) + "\", \"reason\": \"协调\"}")
            .post("/api/v1/tickets/" + d.ticket() + "/extensions");
    step(got, steps, "request an extension", 201, requested);
    String ext = requested.path("id");
    step(got, steps, "approve it as the requester", 403, decide(requester, ext));
    step(
        got,
        steps,
        "approve it as 赵 验收",
        403,
        decide(Tokens.token("zhao-b", "赵 验收", null, "verifier"), ext));
    step(
        got,
        steps,
        "approve it as 赵验收+U+200B",
        403,
        decide(Tokens.token("zhao-c", "赵验收\u200B", null, "verifier"), ext));
    step(got, steps, "approve it as another verifier", 200, decide(Tokens.verifier("李四"), ext));

    // 5. Whoever answers for a SUBMITTED ticket cancels it (to create it again, unverified).
    Fixture e = fixtureFor("submitted", "赵验收");
    step(
        got,
        steps,
        "cancel one's own SUBMITTED ticket",
        403,
        act(zhao, e.ticket(), "cancel", "重建"));
    step(
        got,
        steps,
        "and under another spelling",
        403,
        act(Tokens.verifier("趙 驗收"), e.ticket(), "cancel", "重建"));
    Fixture g = fixtureFor("in_progress", PERSON);
    String submitter = Tokens.token("sun-ba", "孙八", g.unit(), "reporter", "verifier");
    step(
        got,
        steps,
        "another reporter+verifier submits",
        200,
        act(submitter, g.ticket(), "submit", null));
    step(got, steps, "cancel what one submitted", 403, act(submitter, g.ticket(), "cancel", "重建"));
    step(
        got,
        steps,
        "a verifier who is no party cancels",
        200,
        act(zhao, g.ticket(), "cancel", "误建"));

    // 6. A reporter moves a live ticket away from its problem (which could then be closed).
    Fixture h = fixtureFor("in_progress", PERSON);
    String moved =
        json(h, PERSON)
            .replace(
                h.problem().toString(), ProblemServiceStub.problem(UUID.randomUUID()).toString());
    step(
        got,
        steps,
        "move an IN_PROGRESS ticket to another problem as its unit's reporter",
        403,
        SeparationOfDutiesTest.put(Tokens.reporter("王五", h.unit()), h.ticket(), moved));
    step(
        got,
        steps,
        "and as a verifier",
        403,
        SeparationOfDutiesTest.put(Tokens.verifier("李四"), h.ticket(), moved));

    System.out.printf("two-step routes: %d steps%n", steps.size());
    assertEquals(steps, got);
  }

  /**
   * The two-step routes through the directory and the token's login claims (0229): a login written
   * in another case, width, with blanks or an @domain is the same person; a login-type claim is a
   * name; a reporter does not choose who supervises his ticket.
   */
  @Test
  void twoStepRoutesByLoginsLoginClaimsAndTheLeaderInCharge() {
    Map<String, Integer> steps = new LinkedHashMap<>();
    Map<String, Integer> got = new LinkedHashMap<>();
    String org = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(org, "矩阵目录单位");
    String pz = DirectoryFixtures.id("PZ");
    String login = "ZhaoYS-" + pz.substring(3);
    DirectoryFixtures.person(pz, "赵识别", org, login);

    // 7. The responsible person named only by his directory id; his login written otherwise.
    Fixture a = byDirectoryId("submitted", "\"responsiblePersonExternalId\": \"" + pz + "\"");
    for (String sub :
        List.of(
            login.toLowerCase(java.util.Locale.ROOT),
            login.toUpperCase(java.util.Locale.ROOT),
            " " + login,
            login + " ",
            login + "@corp",
            fullWidth(login),
            login)) {
      step(
          got,
          steps,
          "reject as his login '" + sub + "' named 老赵",
          403,
          act(Tokens.token(sub, "老赵", null, "verifier"), a.ticket(), "reject", "退回"));
    }
    // The leader in charge, by id, likewise.
    Fixture b = byDirectoryId("submitted", "\"leaderInChargeExternalId\": \"" + pz + "\"");
    step(
        got,
        steps,
        "verify as the leader in charge's login in lower case",
        403,
        act(
            Tokens.token(login.toLowerCase(java.util.Locale.ROOT), "老赵", null, "verifier"),
            b.ticket(),
            "verify",
            "验收"));
    // After his login changed, the old login in another case.
    Fixture c = byDirectoryId("submitted", "\"responsiblePersonExternalId\": \"" + pz + "\"");
    step(
        got,
        steps,
        "the directory changes his login",
        200,
        DirectoryFixtures.putPerson(
            Tokens.admin(),
            pz,
            "{\"name\": \"赵识别\", \"unitExternalId\": \"%s\", \"login\": \"zys-new-%s\"}"
                .formatted(org, pz)));
    step(
        got,
        steps,
        "verify as the old login in lower case",
        403,
        act(
            Tokens.token(login.toLowerCase(java.util.Locale.ROOT), "老赵", null, "verifier"),
            c.ticket(),
            "verify",
            "验收"));
    step(
        got,
        steps,
        "another verifier verifies",
        200,
        act(Tokens.verifier("李四"), c.ticket(), "verify", "验收"));

    // 8. Login-type claims are names: 赵验收@corp or 赵验收01 is 赵验收.
    for (Map<String, Object> claims :
        List.<Map<String, Object>>of(
            Map.of("name", "老赵", "upn", "赵验收@corp"),
            Map.of("name", "老赵", "preferred_username", "赵验收@corp"),
            Map.of("name", "老赵", "email", "赵验收@corp.example"),
            Map.of("name", "老赵", "unique_name", "赵验收"))) {
      Fixture d = fixtureFor("submitted", "赵验收");
      step(
          got,
          steps,
          "verify with " + claims.keySet().stream().filter(k -> !k.equals("name")).toList(),
          403,
          act(Tokens.withClaims("u-zys", claims, "verifier"), d.ticket(), "verify", "验收"));
    }
    for (String sub : List.of("赵验收@corp", "赵验收01")) {
      Fixture d = fixtureFor("submitted", "赵验收");
      step(
          got,
          steps,
          "verify with sub " + sub,
          403,
          act(Tokens.token(sub, "老赵", null, "verifier"), d.ticket(), "verify", "验收"));
    }

    // 8b. The submitter's login with an @domain, as subject or login claim, is the submitter.
    Map<String, String> submitterAgain =
        Map.of(
            "sub subm-x@corp",
            Tokens.token("subm-x@corp", "老钱", null, "verifier"),
            "sub SUBM-X@corp.example",
            Tokens.token("SUBM-X@corp.example", "老钱", null, "verifier"),
            "upn subm-x@corp",
            Tokens.withClaims(
                "opaque-7f3a", Map.of("name", "老钱", "upn", "subm-x@corp"), "verifier"));
    submitterAgain.forEach(
        (how, verifierToken) -> {
          Fixture d = fixtureFor("in_progress", PERSON);
          String submitter = Tokens.token("subm-x", "钱提交", d.unit(), "reporter");
          step(
              got,
              steps,
              "subm-x submits (" + how + ")",
              200,
              act(submitter, d.ticket(), "submit", null));
          step(
              got,
              steps,
              "then verifies with " + how,
              403,
              act(verifierToken, d.ticket(), "verify", "验收"));
        });

    // 9. A reporter does not choose who supervises his ticket.
    Fixture e = fixtureFor("in_progress", PERSON);
    String reporter = Tokens.reporter("王五", e.unit());
    step(
        got,
        steps,
        "the unit's reporter clears the leader in charge",
        403,
        SeparationOfDutiesTest.put(
            reporter, e.ticket(), json(e, PERSON).replace(", \"leaderInCharge\": \"李书记\"", "")));
    step(
        got,
        steps,
        "the unit's reporter changes the leader in charge",
        403,
        SeparationOfDutiesTest.put(reporter, e.ticket(), json(e, PERSON).replace("李书记", "王书记")));
    // The same people written otherwise change no one: the stored spelling stays (0234).
    step(
        got,
        steps,
        "the unit's reporter writes the leader in charge with an inner blank",
        200,
        SeparationOfDutiesTest.put(
            reporter, e.ticket(), json(e, "张 三").replace("\"李书记\"", "\" 李　书记 \"")));
    assertEquals("李书记", SeparationOfDutiesTest.ticket(e.ticket()).getString("leaderInCharge"));
    assertEquals("张三", SeparationOfDutiesTest.ticket(e.ticket()).getString("responsiblePerson"));
    step(
        got,
        steps,
        "the unit's reporter edits the measure, the leader unchanged",
        200,
        SeparationOfDutiesTest.put(
            reporter, e.ticket(), json(e, PERSON).replace("建立学习台账", "每月通报")));
    step(
        got,
        steps,
        "a verifier changes the leader in charge",
        200,
        SeparationOfDutiesTest.put(
            Tokens.verifier("李四"),
            e.ticket(),
            json(e, PERSON).replace("建立学习台账", "每月通报").replace("李书记", "王书记")));

    System.out.printf("two-step routes by logins: %d steps%n", steps.size());
    assertEquals(steps, got);
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
    return b.toString();
  }

  /** A ticket whose responsible person or leader in charge is named by his directory id only. */
  private static Fixture byDirectoryId(String state, String idField) {
    String unit = unit("矩阵单位");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String body = ticketJson(problem, unit, PERSON, "DEADLINE", DEADLINE, null, null);
    body =
        idField.startsWith("\"responsible")
            ? body.replace("\"responsiblePerson\": \"" + PERSON + "\"", idField)
            : body.replace("\"leaderInCharge\": \"李书记\"", idField);
    String id = create(body).getString("id");
    String reporter = Tokens.reporter("王五", unit);
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "完成").then().statusCode(201);
    if (state.equals("submitted")) {
      act(reporter, id, "submit", null).then().statusCode(200);
    }
    return new Fixture(unit, problem, id, null, null);
  }

  private static void step(
      Map<String, Integer> got, Map<String, Integer> want, String name, int expected, Response r) {
    want.put(name, expected);
    got.put(name, r.statusCode());
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

  private static Fixture fixtureFor(String state, String person) {
    String unit = unit("矩阵单位");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    if (state.equals("none")) {
      return new Fixture(unit, problem, null, null, null);
    }
    String reporter = Tokens.reporter("王五", unit);
    String id =
        create(ticketJson(problem, unit, person, "DEADLINE", DEADLINE, null, null)).getString("id");
    String extension = null;
    String evidence = null;
    List<String> path =
        switch (state) {
          case "assigned", "extension" -> List.of();
          case "in_progress" -> List.of("start", "progress");
          case "evidence" -> List.of("start", "evidence");
          case "submitted" -> List.of("start", "progress", "submit");
          case "verified" -> List.of("start", "progress", "submit", "verify");
          default -> throw new IllegalArgumentException(state);
        };
    for (String step : path) {
      switch (step) {
        case "progress" -> progress(reporter, id, today(), "完成").then().statusCode(201);
        case "evidence" ->
            evidence =
                given()
                    .auth()
                    .oauth2(reporter)
                    .multiPart("file", "x.txt", "佐证".getBytes(StandardCharsets.UTF_8), "text/plain")
                    .post("/api/v1/tickets/" + id + "/evidence")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        case "verify" -> act(Tokens.verifier("李四"), id, "verify", "通过").then().statusCode(200);
        default -> act(reporter, id, step, null).then().statusCode(200);
      }
    }
    if (state.equals("extension")) {
      extension =
          given()
              .auth()
              .oauth2(reporter)
              .contentType(ContentType.JSON)
              .body("{\"newDeadline\": \"" + today().plusDays(60) + "\", \"reason\": \"矩阵\"}")
              .post("/api/v1/tickets/" + id + "/extensions")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
    }
    return new Fixture(unit, problem, id, extension, evidence);
  }

  private static String json(Fixture f, String person) {
    return ticketJson(f.problem(), f.unit(), person, "DEADLINE", DEADLINE, null, null);
  }

  private static Response decide(String token, String ext) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"同意\"}")
        .post("/api/v1/extensions/" + ext + "/approve");
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
