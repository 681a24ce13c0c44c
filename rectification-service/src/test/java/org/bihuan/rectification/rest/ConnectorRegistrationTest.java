package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.ConnectorFixtures.deliveries;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.webhook.WebhookSignature;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Registering connectors: admins only, like webhooks; bad input is a 400 problem+json naming the
 * field and registers nothing; credentials are never answered; a standard-webhooks connector is a
 * webhook, signed and retried like one.
 */
@QuarkusTest
class ConnectorRegistrationTest {

  @org.junit.jupiter.api.BeforeEach
  void withoutEarlierSubscribers() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
  }

  @jakarta.inject.Inject io.agroal.api.AgroalDataSource dataSource;

  private static ValidatableResponse post(String token, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/connectors")
        .then();
  }

  private static void refused(String body, String field, String says) {
    post(Tokens.admin(), body)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field))
        .body("detail", containsString(says));
  }

  @Test
  void badRegistrationsAreRefusedNamingTheField() {
    int before = count();
    refused(
        "{\"kind\": \"feishu-robot\", \"name\": \"x\", \"baseUrl\": \"https://a.example\"}",
        "kind",
        "not a connector kind");
    refused(
        "{\"kind\": \"dingtalk-robot\", \"name\": \"群\", \"credentials\": {\"accessToken\": \"t\"}}",
        "credentials.secret",
        "required");
    refused("{\"kind\": \"wecom-robot\", \"name\": \"群\"}", "credentials.key", "required");
    refused(
        "{\"kind\": \"wecom-robot\", \"name\": \"群\", \"credentials\": {\"key\": \""
            + "k".repeat(2001)
            + "\"}}",
        "credentials.key",
        "longer than 2000");
    refused(
        "{\"kind\": \"weaver-todo\", \"name\": \"泛微\", \"baseUrl\": \"ftp://oa.example.cn\","
            + " \"options\": {\"syscode\": \"ZG\"}}",
        "baseUrl",
        "http");
    refused(
        "{\"kind\": \"weaver-todo\", \"name\": \"泛微\", \"options\": {\"syscode\": \"ZG\"}}",
        "baseUrl",
        "required");
    refused(
        "{\"kind\": \"weaver-todo\", \"name\": \"泛微\", \"baseUrl\": \"http://oa.example.cn\"}",
        "options.syscode",
        "required");
    String weaver =
        "{\"kind\": \"weaver-todo\", \"name\": \"泛微\", \"baseUrl\": \"http://oa.example.cn\"";
    refused(
        weaver + ", \"options\": {\"syscode\": \"ZG\", \"auth\": \"token\", \"userid\": \"1\"}}",
        "credentials.appid",
        "required");
    refused(
        weaver + ", \"credentials\": {\"appid\": \"a\"}, \"options\": {\"syscode\": \"ZG\"}}",
        "credentials.appid",
        "takes none");
    refused(
        weaver + ", \"options\": {\"syscode\": \"ZG\", \"auth\": \"oauth2\"}}",
        "options.auth",
        "ip-whitelist");
    refused(
        weaver
            + ", \"credentials\": {\"appid\": \"a\"}, \"options\": {\"syscode\": \"ZG\","
            + " \"auth\": \"token\"}}",
        "options.userid",
        "required");
    refused(
        "{\"kind\": \"dingtalk-robot\", \"name\": \"群\", \"credentials\": {\"accessToken\": \"t\","
            + " \"secret\": \"s\"}, \"options\": {\"mentionMobiles\": ["
            + String.join(", ", java.util.Collections.nCopies(21, "\"13800000000\""))
            + "]}}",
        "options.mentionMobiles",
        "at most 20");
    refused(
        "{\"kind\": \"wecom-robot\", \"name\": \"群\", \"credentials\": {\"key\": \"k\"},"
            + " \"options\": {\"mentionAssignees\": \"yes\"}}",
        "options.mentionAssignees",
        "true");
    refused(
        "{\"kind\": \"seeyon-todo\", \"name\": \"致远\", \"baseUrl\": \"http://oa.example.cn\","
            + " \"credentials\": {\"restUser\": \"u\", \"restPassword\": \"p\"},"
            + " \"options\": {\"registerCode\": \"1\"}, \"events\": [\"ticket.*\"]}",
        "events[0]",
        "to-dos only");
    refused(
        "{\"kind\": \"dingtalk-robot\", \"name\": \"群\", \"credentials\": {\"accessToken\": \"t\","
            + " \"secret\": \"s\"}, \"options\": {\"links\": {\"pc\": \"javascript:alert(1)\"}}}",
        "options.links.pc",
        "http");
    refused(
        "{\"kind\": \"standard-webhooks\", \"name\": \"w\", \"baseUrl\": \"https://a.example\","
            + " \"credentials\": {\"secret\": \"mine\"}}",
        "credentials",
        "generated");
    for (String garbage :
        List.of(
            "[]",
            "{\"kind\": 5}",
            "{\"kind\": \"wecom-robot\", \"name\": \"x\", \"credentials\": []}",
            "{",
            "{\"kind\": \"wecom-robot\", \"name\": \"x\", \"extra\": 1}")) {
      int status =
          given()
              .auth()
              .oauth2(Tokens.admin())
              .contentType(ContentType.JSON)
              .body(garbage)
              .post("/api/v1/connectors")
              .then()
              .contentType("application/problem+json")
              .extract()
              .statusCode();
      assertTrue(status >= 400 && status < 500, garbage + " → " + status);
    }
    assertEquals(before, count(), "nothing registered");
  }

  private static int count() {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .queryParam("limit", 500)
        .get("/api/v1/connectors")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }

  @Test
  void onlyAdminsManageConnectors() {
    String body = "{\"kind\": \"wecom-robot\", \"name\": \"群\", \"credentials\": {\"key\": \"k\"}}";
    post(Tokens.viewer(), body).statusCode(403).contentType("application/problem+json");
    post(Tokens.verifier("王验收"), body).statusCode(403);
    post(Tokens.reporter("张三", "办公室"), body).statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/connectors")
        .then()
        .statusCode(401);
    given().auth().oauth2(Tokens.viewer()).get("/api/v1/connectors").then().statusCode(403);
  }

  @Test
  void credentialsAreNeverAnswered() {
    String id =
        ConnectorFixtures.register(
                "{\"kind\": \"dingtalk-todo\", \"name\": \"钉钉待办\", \"credentials\":"
                    + " {\"appKey\": \"key-visible-nowhere\", \"appSecret\": \"secret-visible-nowhere\"},"
                    + " \"options\": {\"operatorUnionId\": \"u1\"}}")
            .getString("id");
    try {
      String one =
          given()
              .auth()
              .oauth2(Tokens.admin())
              .get("/api/v1/connectors/" + id)
              .then()
              .statusCode(200)
              .body("kind", equalTo("dingtalk-todo"))
              .body("baseUrl", equalTo("https://api.dingtalk.com"))
              .body("events", equalTo(List.of("todo.*")))
              .body("credentialsSet", equalTo(List.of("appKey", "appSecret")))
              .extract()
              .asString();
      String list =
          given()
              .auth()
              .oauth2(Tokens.admin())
              .queryParam("limit", 500)
              .get("/api/v1/connectors")
              .asString();
      for (String answer : List.of(one, list)) {
        assertTrue(!answer.contains("visible-nowhere"), answer);
      }
    } finally {
      ConnectorFixtures.deactivate(id);
    }
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/connectors/" + id)
        .then()
        .body("active", equalTo(false));
  }

  private static long head() {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/events/head")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("position");
  }

  @Test
  void aStandardWebhooksConnectorIsAWebhookSignedAndRetried() throws Exception {
    WireMockServer receiver = ConnectorFixtures.receiver();
    String id = null;
    try {
      receiver.stubFor(
          com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/hooks"))
              .willReturn(aResponse().withStatus(204)));
      receiver.stubFor(
          com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/hooks"))
              .inScenario("down")
              .whenScenarioStateIs(STARTED)
              .willReturn(aResponse().withStatus(503))
              .willSetStateTo("up"));
      long headBefore = head();
      var created =
          ConnectorFixtures.register(
              "{\"kind\": \"standard-webhooks\", \"name\": \"OA督办\", \"baseUrl\": \""
                  + receiver.baseUrl()
                  + "/hooks\", \"events\": [\"ticket.created\"]}");
      long afterPosition = created.getLong("afterPosition");
      assertTrue(
          headBefore <= afterPosition && afterPosition <= head(),
          "it starts after the feed's head at its registration: " + afterPosition);
      id = created.getString("id");
      String secret = created.getString("secret");
      assertTrue(secret.startsWith("whsec_"), "the secret answered once");
      given()
          .auth()
          .oauth2(Tokens.admin())
          .get("/api/v1/webhooks/" + id)
          .then()
          .statusCode(200)
          .body("url", equalTo(receiver.baseUrl() + "/hooks"))
          .body("afterPosition", equalTo((int) afterPosition))
          .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
      String number = create(deadlineTicket(unit("宣传部"), today().plusDays(20))).getString("number");
      // The first request is refused with 503 and sent again under the same webhook-id. It is
      // this ticket's ticket.created unless another ticket's event reached the feed after the
      // registration first (a ticket of an earlier test committed late): any event will do.
      await(
          () -> {
            var sent = receiver.findAll(anyRequestedFor(urlPathEqualTo("/hooks")));
            return sent.stream().anyMatch(r -> r.getBodyAsString().contains(number))
                && sent.stream().map(r -> r.getHeader("webhook-id")).distinct().count()
                    < sent.size();
          },
          Duration.ofSeconds(60),
          "the ticket.created sent, and the refused request sent again");
      for (LoggedRequest r : receiver.findAll(anyRequestedFor(urlPathEqualTo("/hooks")))) {
        assertTrue(
            WebhookSignature.verify(
                secret,
                r.getHeader("webhook-id"),
                Long.parseLong(r.getHeader("webhook-timestamp")),
                r.getBodyAsString(),
                r.getHeader("webhook-signature")));
      }
      String connector = id;
      await(
          () ->
              deliveries(connector).stream()
                  .anyMatch(
                      d ->
                          "DELIVERED".equals(d.get("state"))
                              && ((Number) d.get("attempts")).intValue() == 2),
          Duration.ofSeconds(60),
          "delivered at the second attempt");
      assertTrue(
          deliveries(connector).stream()
              .allMatch(x -> ((Number) x.get("eventPosition")).longValue() > afterPosition),
          "nothing from before its registration");
      Map<String, Object> d =
          deliveries(connector).stream()
              .filter(x -> ((Number) x.get("attempts")).intValue() == 2)
              .findFirst()
              .orElseThrow();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> log = (List<Map<String, Object>>) d.get("attemptLog");
      assertEquals(503, ((Number) log.get(0).get("statusCode")).intValue());
      assertEquals(204, ((Number) log.get(1).get("statusCode")).intValue());
    } finally {
      if (id != null) {
        ConnectorFixtures.deactivate(id);
      }
      receiver.stop();
    }
  }
}
