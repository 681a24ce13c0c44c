package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;

/** Tickets in every state for the authorization tests, their steps and the person named in them. */
final class AuthorizationFixtures {

  /** A ticket (and extension) of a fresh unit: 张三 answers for it, 王五 reports for the unit. */
  record Fixture(String unit, UUID problem, String ticket, String extension, String evidence) {}

  static final String PERSON = "张三";

  /**
   * The deadline every fixture's ticket is created with, and that the edits meant to change
   * something else (its measure, its problems) send again unchanged: taken once, in the product's
   * zone, so that a run crossing midnight there (16:00 UTC) does not make those edits deadline
   * changes, which most callers may not make.
   */
  static final LocalDate DEADLINE = today().plusDays(20);

  static void step(
      Map<String, Integer> got, Map<String, Integer> want, String name, int expected, Response r) {
    want.put(name, expected);
    got.put(name, r.statusCode());
  }

  static Fixture fixtureFor(String state, String person) {
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

  static String json(Fixture f, String person) {
    return ticketJson(f.problem(), f.unit(), person, "DEADLINE", DEADLINE, null, null);
  }
}
