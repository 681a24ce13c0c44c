package org.bihuan.rectification.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bihuan.rectification.service.TicketWorkflow;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The event catalogue of rectification-service (findings 1 and 7 of the integrator's issue): the
 * types the code emits are listed and documented as webhooks, and a subscription to problem.closed
 * here is refused, saying that problem-service emits it.
 */
@QuarkusTest
class EventCatalogueTest {

  private static final Pattern EMITTED =
      Pattern.compile("\"((?:ticket|todo|unit|person)\\.[a-z_]+)\"");

  @Test
  void everyTypeTheCodeEmitsIsInTheCatalogueAndTheOpenApiDocument() throws IOException {
    Set<String> emitted = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = EMITTED.matcher(Files.readString(f));
        while (m.find()) {
          emitted.add(m.group(1));
        }
      }
    }
    for (TicketWorkflow.Action a : TicketWorkflow.Action.values()) {
      emitted.add(a.eventType());
    }
    // ExtensionService emits "ticket." + the decision.
    emitted.add("ticket.extension_approved");
    emitted.add("ticket.extension_refused");
    List<String> listed =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/webhooks/event-types")
            .then()
            .statusCode(200)
            .body("service", equalTo("rectification-service"))
            .extract()
            .jsonPath()
            .getList("types.type");
    assertTrue(emitted.size() >= 15, "types found: " + emitted);
    assertEquals(emitted, new TreeSet<>(listed));
    JsonPath openapi =
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().extract().jsonPath();
    for (String type : emitted) {
      assertNotNull(openapi.get("webhooks.'" + type + "'.post"), type + " as an OpenAPI webhook");
    }
    // Each type says where its data's schema is, as a reference a schema tool resolves.
    List<Map<String, String>> types =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/webhooks/event-types")
            .then()
            .extract()
            .jsonPath()
            .getList("types");
    for (Map<String, String> t : types) {
      String ref = t.get("payloadSchema");
      String prefix = "/q/openapi?format=json#/components/schemas/";
      assertTrue(ref != null && ref.startsWith(prefix), t.toString());
      String name = ref.substring(prefix.length());
      assertEquals(t.get("payload"), name);
      assertNotNull(openapi.get("components.schemas." + name), ref + " resolves");
      String served =
          given().accept(ContentType.JSON).get(ref.substring(0, ref.indexOf('#'))).asString();
      assertTrue(served.contains("\"" + name + "\""), ref);
    }
  }

  @Test
  void theContractsRegistrationExampleSubscribesToThisServicesOwnEvents() throws IOException {
    org.bihuan.testing.ServedExamples.postEachExpecting("/api/v1/webhooks", Tokens.admin(), 201);
  }

  @Test
  void theGuidesOldSubscriptionIsRefusedNamingTheServiceThatEmitsProblemClosed() {
    register(List.of("ticket.*", "problem.closed"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("events[1]"))
        .body("detail", containsString("problem.* events are emitted by problem-service; register"))
        // a misspelt type of the other family is not said to exist there
        .body("detail", org.hamcrest.Matchers.not(containsString("problem.closed is emitted")));
    register(List.of("TICKET.*"))
        .statusCode(400)
        .body("detail", containsString("did you mean ticket.*?"));
    // written with other case or separators: the type it was meant as, never a non-type
    for (String near : List.of("ticket.progressReported", "ticket.progress-reported")) {
      register(List.of("ticket.*", near))
          .statusCode(400)
          .body("errors[0].field", equalTo("events[1]"))
          .body("detail", containsString("did you mean ticket.progress_reported?"))
          .body("detail", org.hamcrest.Matchers.not(containsString("progressreported")));
    }
    // other separators and full-width forms are the same type
    for (String near :
        List.of("ticket_created", "ticket-created", "ticket:created", "ｔｉｃｋｅｔ.created")) {
      register(List.of(near))
          .statusCode(400)
          .body("detail", containsString("did you mean ticket.created?"));
    }
    // another service's family in capitals is sent to its owner, in lower case
    register(List.of("PROBLEM.CLOSED"))
        .statusCode(400)
        .body("detail", containsString("problem.* events are emitted by problem-service"))
        .body("detail", containsString("types are lower case: problem.closed"));
    // a pattern of no known shape: the list of this service's types
    register(List.of("ticket creatd"))
        .statusCode(400)
        .body("detail", containsString("its types are ticket.created, "));
    // an empty pattern is named by its place in the list
    register(List.of("ticket.*", "")).statusCode(400).body("errors[0].field", equalTo("events[1]"));
    register(List.of("tickets.creatd"))
        .statusCode(400)
        .body(
            "detail",
            containsString("tickets.creatd is not an event type of rectification-service"))
        .body("detail", containsString("did you mean ticket.created?"));
    register(List.of("ticket.*")).statusCode(201);
    register(List.of("ticket.verified", "ticket.overdue")).statusCode(201);
  }

  private static ValidatableResponse register(List<String> events) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("url", "https://oa.example.org/hook", "events", events))
        .post("/api/v1/webhooks")
        .then();
  }
}
