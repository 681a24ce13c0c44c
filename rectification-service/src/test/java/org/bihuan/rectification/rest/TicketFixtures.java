package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;

/** Builds ticket inputs and calls the API the way a client would. */
public final class TicketFixtures {

  static final ZoneId ORG = ZoneId.of("Asia/Shanghai");

  private TicketFixtures() {}

  public static LocalDate today() {
    return LocalDate.now(ORG);
  }

  /**
   * A person's name no other test gives anyone: {@code prefix} and four random characters. A count
   * of a caller's directory reads depends on whether earlier tests left a directory person of his
   * name; under such a name it does not.
   */
  static String uniqueName(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 4; i++) {
      b.append((char) (0x4E00 + java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 6000)));
    }
    return b.toString();
  }

  /** A unique unit name, so each test filters out the tickets of the others. */
  static String unit(String base) {
    return base + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A ticket's JSON input: {@code person} responsible, 李书记 in charge. */
  static String ticketJson(
      UUID problemId,
      String unit,
      String person,
      String timing,
      LocalDate deadline,
      String reportEvery,
      String externalRef) {
    return ticketJson(problemId, unit, person, "李书记", timing, deadline, reportEvery, externalRef);
  }

  /** The same, with {@code leader} in charge. */
  static String ticketJson(
      UUID problemId,
      String unit,
      String person,
      String leader,
      String timing,
      LocalDate deadline,
      String reportEvery,
      String externalRef) {
    return """
        {"problemIds": ["%s"], "measure": "组织专题学习，建立学习台账。",
         "responsibleUnits": [{"name": "%s", "externalId": "OA-U-1"}],
         "responsiblePerson": "%s", "leaderInCharge": "%s", "timing": "%s"%s%s%s}
        """
        .formatted(
            problemId,
            unit,
            person,
            leader,
            timing,
            deadline == null ? "" : ", \"deadline\": \"" + deadline + "\"",
            reportEvery == null ? "" : ", \"reportEvery\": \"" + reportEvery + "\"",
            externalRef == null ? "" : ", \"externalRef\": \"" + externalRef + "\"");
  }

  /** An ASSIGNED ticket of {@code unit} for a new problem, due {@code deadline}; its JSON input. */
  public static String deadlineTicket(String unit, LocalDate deadline) {
    return ticketJson(
        ProblemServiceStub.problem(UUID.randomUUID()),
        unit,
        "张三",
        "DEADLINE",
        deadline,
        null,
        null);
  }

  /** Creates a ticket as an admin (201); the answer. */
  public static JsonPath create(String body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/tickets")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static Response act(String token, String ticketId, String action, String comment) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(comment == null ? "{}" : "{\"comment\": \"" + comment + "\"}")
        .post("/api/v1/tickets/" + ticketId + "/" + action);
  }

  static Response progress(String token, String ticketId, LocalDate date, String note) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"date\": \"" + date + "\", \"note\": \"" + note + "\", \"percent\": 40}")
        .post("/api/v1/tickets/" + ticketId + "/progress");
  }

  static JsonPath listByUnit(String unit) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("unit", unit)
        .queryParam("limit", 500)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The statuses of the tickets of a problem, as a reader lists them. */
  static java.util.List<String> ticketStatusesOf(java.util.UUID problem) {
    return io.restassured.RestAssured.given()
        .auth()
        .oauth2(org.bihuan.testing.Tokens.viewer())
        .queryParam("problemId", problem.toString())
        .queryParam("limit", 500)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.status", String.class);
  }
}
