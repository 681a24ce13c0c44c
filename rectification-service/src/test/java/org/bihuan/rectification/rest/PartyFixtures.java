package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;

/**
 * For the tests of who a party of a ticket is (separation of duties, docs/decisions/0216, 0223,
 * 0238): directory units and people, tickets whose people are named as a test needs — by name, by
 * directory id, both — taken to submitted, and what a party may not do: verify, reject or decide an
 * extension.
 */
final class PartyFixtures {

  /** The people of {@link TicketFixtures#ticketJson}, which {@link #body} replaces. */
  static final String PEOPLE = "\"responsiblePerson\": \"李四\", \"leaderInCharge\": \"李书记\"";

  private PartyFixtures() {}

  /** A new unit of the directory named {@code name}; its externalId. */
  static String directoryUnit(String name) {
    String unit = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unit, name);
    return unit;
  }

  /** An admin puts the directory's person {@code id} anew: his name, unit and login (200). */
  static void putPerson(String id, String name, String unit, String login) {
    DirectoryFixtures.putPerson(
            Tokens.admin(),
            id,
            "{\"name\": \"%s\", \"unitExternalId\": \"%s\", \"login\": \"%s\"}"
                .formatted(name, unit, login))
        .then()
        .statusCode(200);
  }

  /**
   * The input of a ticket of {@code unit} for a new problem, due in 30 days, whose people are
   * {@code people} (JSON members in place of {@link #PEOPLE}).
   */
  static String body(String unit, String people) {
    return ticketJson(
            ProblemServiceStub.problem(UUID.randomUUID()),
            unit,
            "李四",
            "DEADLINE",
            today().plusDays(30),
            null,
            null)
        .replace(PEOPLE, people);
  }

  /** An ASSIGNED ticket of {@code body(unit, people)}; its id. */
  static String assigned(String unit, String people) {
    return create(body(unit, people)).getString("id");
  }

  /**
   * The input of ticket {@code id} as it stands — its problem and deadline — with {@code unit} and
   * {@code people} (JSON members in place of {@link #PEOPLE}), for an edit that reassigns it.
   */
  static String reassigned(String id, String unit, String people) {
    JsonPath now = DutySteps.ticket(id);
    return ticketJson(
            UUID.fromString(now.getList("problemIds", String.class).get(0)),
            unit,
            "李四",
            "DEADLINE",
            LocalDate.parse(now.getString("deadline")),
            null,
            null)
        .replace(PEOPLE, people);
  }

  /** {@code reporter} starts the ASSIGNED ticket {@code id} and submits it. */
  static void submit(String reporter, String id) {
    act(reporter, id, "start", null).then().statusCode(200);
    submitStarted(reporter, id);
  }

  /** {@code reporter} reports progress on the started ticket {@code id} and submits it. */
  static void submitStarted(String reporter, String id) {
    progress(reporter, id, today(), "已完成").then().statusCode(201);
    act(reporter, id, "submit", "申请销号").then().statusCode(200);
  }

  /** {@code token} asks for 90 more days on ticket {@code id} (201); the extension's id. */
  static String requestExtension(String token, String id) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"newDeadline\": \"" + today().plusDays(90) + "\", \"reason\": \"需要协调\"}")
        .post("/api/v1/tickets/" + id + "/extensions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** {@code token} approves or refuses ({@code verb}) an extension. */
  static Response decide(String token, String extension, String verb) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"意见\"}")
        .post("/api/v1/extensions/" + extension + "/" + verb);
  }

  /** 403 problem+json for verify and reject of the submitted ticket {@code id}. */
  static void mayNotVerifyOrReject(String token, String id) {
    for (String action : List.of("verify", "reject")) {
      act(token, id, action, "意见").then().statusCode(403).contentType("application/problem+json");
    }
  }

  /** 403 problem+json for approve and refuse of {@code extension}. */
  static void mayNotDecide(String token, String extension) {
    for (String verb : List.of("approve", "refuse")) {
      decide(token, extension, verb).then().statusCode(403).contentType("application/problem+json");
    }
  }
}
