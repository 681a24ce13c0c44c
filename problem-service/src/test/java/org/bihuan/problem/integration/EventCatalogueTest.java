package org.bihuan.problem.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bihuan.platform.webhook.WebhookSignature;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The event catalogue of problem-service (findings 1, 7 and 8 of the integrator's issue): every
 * type the code emits is listed, described in the OpenAPI document as a webhook, and subscriptions
 * to types this service never emits are refused, naming the service that does.
 */
@QuarkusTest
class EventCatalogueTest {

  private static final Pattern EMITTED =
      Pattern.compile("\"((?:problem|source|cause|ticket)\\.[a-z_]+)\"");

  @Test
  void everyTypeTheCodeEmitsIsInTheCatalogue() throws IOException {
    Set<String> emitted = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = EMITTED.matcher(Files.readString(f));
        while (m.find()) {
          emitted.add(m.group(1));
        }
      }
    }
    assertTrue(emitted.size() >= 10, "types found in the code: " + emitted);
    List<String> listed =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/webhooks/event-types")
            .then()
            .statusCode(200)
            .body("service", equalTo("problem-service"))
            .body("types.firesWhen", org.hamcrest.Matchers.everyItem(notNullValue()))
            .extract()
            .jsonPath()
            .getList("types.type");
    assertEquals(emitted, new TreeSet<>(listed), "catalogue = types emitted by the code");

    JsonPath openapi =
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().extract().jsonPath();
    for (String type : emitted) {
      assertNotNull(
          openapi.get("webhooks.'" + type + "'.post.requestBody"), type + " as an OpenAPI webhook");
    }
    assertEquals(
        "#/components/schemas/ProblemView",
        openapi.getString(
            "webhooks.'problem.closed'.post.requestBody.content.'application/json'"
                + ".schema.allOf[1].properties.data.$ref"));
    // the ping every receiver is told to acknowledge is described like the events
    assertEquals(
        List.of("webhook.ping"),
        openapi.getList(
            "webhooks.'webhook.ping'.post.requestBody.content.'application/json'"
                + ".schema.allOf[1].properties.type.enum"));
  }

  @Test
  void theContractsRegistrationExampleSubscribesToThisServicesOwnEvents() throws IOException {
    org.bihuan.testing.ServedExamples.postEachExpecting("/api/v1/webhooks", Tokens.admin(), 201);
  }

  @Test
  void aTypeOfAnotherServiceOrAMisspelledOneIsRefusedByName() {
    register(List.of("ticket.verified"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("events[0]"))
        .body(
            "detail",
            containsString("ticket.* events are emitted by rectification-service; register"));
    register(List.of("source.*", "problem.closd"))
        .statusCode(400)
        .body("errors[0].field", equalTo("events[1]"))
        .body("detail", containsString("problem.closd is not an event type of problem-service"))
        .body("detail", containsString("did you mean problem.closed?"));
    // a letter short: the type it was meant as, and the whole list
    register(List.of("problem.close"))
        .statusCode(400)
        .body("detail", containsString("did you mean problem.closed? its types are "));
    // far from every type: no guess, the list
    register(List.of("source.closed"))
        .statusCode(400)
        .body("detail", org.hamcrest.Matchers.not(containsString("did you mean")))
        .body("detail", containsString("its types are "));
    register(List.of("problem.closed", "source.*", "cause.created")).statusCode(201);
    register(List.of("*")).statusCode(201);
  }

  @Test
  void aReceiverTricklingItsBodyDoesNotHoldThePing() throws Exception {
    // 200 at once, then a body of one byte a second for 40 s: the answer is the status line, the
    // body is not waited for (it held a ping for 90 s)
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    receiver.createContext(
        "/hook",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, 0);
          try (var out = exchange.getResponseBody()) {
            for (int i = 0; i < 40; i++) {
              out.write('x');
              out.flush();
              Thread.sleep(1000);
            }
          } catch (IOException | InterruptedException dropped) {
            // the sender hung up, as it should
          }
        });
    receiver.start();
    try {
      String id =
          register(
                  "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                  List.of("source.created"))
              .statusCode(201)
              .extract()
              .path("id");
      long started = System.nanoTime();
      given()
          .auth()
          .oauth2(Tokens.admin())
          .post("/api/v1/webhooks/" + id + "/ping")
          .then()
          .statusCode(200)
          .body("delivered", equalTo(true))
          .body("statusCode", equalTo(200));
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      assertTrue(seconds < 8, "the ping waited " + seconds + " s for a trickled body");
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void aPingIsSignedAndAnswersWithTheReceiversStatus() throws Exception {
    AtomicReference<Map<String, String>> seen = new AtomicReference<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          seen.set(
              Map.of(
                  "id", exchange.getRequestHeaders().getFirst("webhook-id"),
                  "timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                  "signature", exchange.getRequestHeaders().getFirst("webhook-signature"),
                  "body",
                      new String(
                          exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          exchange.sendResponseHeaders(202, -1);
          exchange.close();
        });
    receiver.start();
    try {
      JsonPath hook =
          register(
                  "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                  List.of("source.created"))
              .statusCode(201)
              .extract()
              .jsonPath();
      JsonPath ping =
          given()
              .auth()
              .oauth2(Tokens.admin())
              .post("/api/v1/webhooks/" + hook.getString("id") + "/ping")
              .then()
              .statusCode(200)
              .body("delivered", equalTo(true))
              .body("statusCode", equalTo(202))
              .extract()
              .jsonPath();
      Map<String, String> r = seen.get();
      assertNotNull(r, "the receiver got the ping");
      assertEquals(ping.getString("messageId"), r.get("id"));
      assertTrue(
          WebhookSignature.verify(
              hook.getString("secret"),
              r.get("id"),
              Long.parseLong(r.get("timestamp")),
              r.get("body"),
              r.get("signature")));
      assertEquals("webhook.ping", JsonPath.from(r.get("body")).getString("type"));
      assertEquals(hook.getString("id"), JsonPath.from(r.get("body")).getString("resourceId"));

      // A ping takes no input and honours If-Match like every action on one item.
      seen.set(null);
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType("application/json")
          .body("{\"x\": 1}")
          .post("/api/v1/webhooks/" + hook.getString("id") + "/ping")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", containsString("no input"));
      given()
          .auth()
          .oauth2(Tokens.admin())
          .header("If-Match", "\"5\"")
          .post("/api/v1/webhooks/" + hook.getString("id") + "/ping")
          .then()
          .statusCode(412)
          .contentType("application/problem+json");
      assertEquals(null, seen.get(), "a refused ping sends nothing");
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType("application/json")
          .body("{}")
          .header("If-Match", "\"0\"")
          .post("/api/v1/webhooks/" + hook.getString("id") + "/ping")
          .then()
          .statusCode(200)
          .body("delivered", equalTo(true));

      // a deleted webhook is not pinged
      seen.set(null);
      given()
          .auth()
          .oauth2(Tokens.admin())
          .delete("/api/v1/webhooks/" + hook.getString("id"))
          .then()
          .statusCode(org.hamcrest.Matchers.lessThan(300));
      given()
          .auth()
          .oauth2(Tokens.admin())
          .post("/api/v1/webhooks/" + hook.getString("id") + "/ping")
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("type", containsString("webhook-inactive"));
      assertEquals(null, seen.get(), "a deleted webhook's receiver got nothing");
    } finally {
      receiver.stop(0);
    }

    String unreachable =
        register("http://127.0.0.1:9/nothing-listens", List.of("source.created"))
            .statusCode(201)
            .extract()
            .path("id");
    JsonPath failed =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .post("/api/v1/webhooks/" + unreachable + "/ping")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertFalse(failed.getBoolean("delivered"));
    // said as an operator acts on it, not as an exception's class name
    org.hamcrest.MatcherAssert.assertThat(
        failed.getString("error"),
        org.hamcrest.Matchers.startsWith("connection refused by 127.0.0.1:9: nothing listens"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .post("/api/v1/webhooks/00000000-0000-0000-0000-000000000000/ping")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .post("/api/v1/webhooks/" + unreachable + "/ping")
        .then()
        .statusCode(403);
  }

  private static io.restassured.response.ValidatableResponse register(List<String> events) {
    return register("https://oa.example.org/hook", events);
  }

  private static io.restassured.response.ValidatableResponse register(
      String url, List<String> events) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("url", url, "events", events))
        .post("/api/v1/webhooks")
        .then();
  }
}
