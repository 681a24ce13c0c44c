package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.ConnectorFixtures.deliveries;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Robots get signed digests, at most twenty a minute, retried after an errcode. */
@QuarkusTest
class RobotDigestsTest extends RobotConnectorCase {

  /**
   * Waits until the messages after the first (which the robot refused) mention every number in
   * their {@code object.member} text.
   */
  private void awaitAcknowledgedMention(
      String path, List<String> numbers, String object, String member, String what) {
    await(
        () -> {
          List<LoggedRequest> got = messages(path);
          String delivered =
              String.join(
                  "\n",
                  got.subList(Math.min(1, got.size()), got.size()).stream()
                      .map(r -> json(r).path(object).path(member).asText())
                      .toList());
          return numbers.stream().allMatch(delivered::contains);
        },
        Duration.ofSeconds(60),
        what);
  }

  private static String sign(long timestamp) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aDingTalkRobotGetsAtMostTwentySignedDigestsThatMentionAllOfAHundredEvents()
      throws Exception {
    String path = "/robot/send";
    ConnectorFixtures.refusesTheFirst(
        robot,
        path,
        "{\"errcode\": 0, \"errmsg\": \"ok\"}",
        "{\"errcode\": 130101, \"errmsg\": \"send too fast\"}");
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "dingtalk-robot", "name": "整改督办群", "baseUrl": "%s/robot/send",
                 "credentials": {"accessToken": "tok-42", "secret": "%s"},
                 "events": ["ticket.created"], "options": {"mentionMobiles": ["13800000000"]}}
                """
                    .formatted(robot.baseUrl(), SECRET))
            .getString("id");
    String unit = unit("纪检组");
    // the 100 events within a minute on any machine: one batch of 100 tickets, one commit
    List<String> batch = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      batch.add(deadlineTicket(unit, today().plusDays(20)));
    }
    long started = System.nanoTime();
    List<String> numbers =
        given()
            // 100 inserts on a loaded machine take longer than the 30 s of a single read
            .config(
                io.restassured.RestAssured.config()
                    .httpClient(
                        io.restassured.config.HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 180_000)))
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body("{\"tickets\": [" + String.join(",", batch) + "]}")
            .post("/api/v1/tickets/batch")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getList("tickets.number");
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertEquals(100, numbers.size());

    awaitAcknowledgedMention(
        path, numbers, "markdown", "text", "the acknowledged digests mention all 100 tickets");
    Thread.sleep(2500); // one digest window more: nothing else is sent for them
    List<LoggedRequest> got = messages(path);
    System.out.printf(
        "dingtalk-robot: 100 events in %d ms, %d messages (the first refused)%n",
        took.toMillis(), got.size());
    assertTrue(got.size() <= 20, got.size() + " messages for 100 events");
    for (LoggedRequest r : got) {
      assertEquals("tok-42", r.queryParameter("access_token").firstValue());
      long timestamp = Long.parseLong(r.queryParameter("timestamp").firstValue());
      assertTrue(Math.abs(System.currentTimeMillis() - timestamp) < 3_600_000, "within an hour");
      // the query as sent: sign is URL-encoded base64
      String rawQuery = r.getUrl().substring(r.getUrl().indexOf('?') + 1);
      String rawSign =
          java.util.Arrays.stream(rawQuery.split("&"))
              .filter(p -> p.startsWith("sign="))
              .findFirst()
              .orElseThrow()
              .substring(5);
      assertEquals(sign(timestamp), URLDecoder.decode(rawSign, StandardCharsets.UTF_8));
      JsonNode body = json(r);
      assertEquals("markdown", body.path("msgtype").asText());
      assertTrue(body.path("markdown").path("title").asText().startsWith("整改督办提醒"));
      assertTrue(body.path("markdown").path("text").asText().contains("@13800000000"));
      assertEquals("13800000000", body.path("at").path("atMobiles").get(0).asText());
      assertTrue(body.path("markdown").path("text").asText().contains("【新交办】"));
    }
    List<Map<String, Object>> log = deliveries(connectorId);
    assertTrue(
        log.stream()
            .anyMatch(
                d ->
                    ((Number) d.get("attempts")).intValue() == 2
                        && "DELIVERED".equals(d.get("state"))
                        && String.valueOf(attempts(d).get(0).get("error")).contains("130101")),
        "the refused digest's events delivered at the second attempt: " + log.get(0));
    long mine = log.stream().filter(d -> "ticket.created".equals(d.get("eventType"))).count();
    assertTrue(mine >= 100, mine + " deliveries");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> attempts(Map<String, Object> delivery) {
    return (List<Map<String, Object>>) delivery.get("attemptLog");
  }

  @Test
  void aWeComRobotGetsATextDigestMentioningByMobileAndTheRetryAfterAnErrcode() {
    String path = "/cgi-bin/webhook/send";
    ConnectorFixtures.refusesTheFirst(
        robot,
        path,
        "{\"errcode\": 0, \"errmsg\": \"ok\"}",
        "{\"errcode\": 45009, \"errmsg\": \"api freq out of limit\"}");
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "wecom-robot", "name": "企业微信督办群", "baseUrl": "%s/cgi-bin/webhook/send",
                 "credentials": {"key": "693a91f6-7xxx"}, "events": ["ticket.created"],
                 "options": {"mentionMobiles": ["13900000000"]}}
                """
                    .formatted(robot.baseUrl()))
            .getString("id");
    String unit = unit("办公室");
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      numbers.add(create(deadlineTicket(unit, today().plusDays(20))).getString("number"));
    }
    awaitAcknowledgedMention(
        path, numbers, "text", "content", "the acknowledged messages mention the 3 tickets");
    for (LoggedRequest r : messages(path)) {
      assertEquals("693a91f6-7xxx", r.queryParameter("key").firstValue());
      JsonNode body = json(r);
      assertEquals("text", body.path("msgtype").asText());
      assertEquals("13900000000", body.path("text").path("mentioned_mobile_list").get(0).asText());
      assertTrue(
          body.path("text").path("content").asText().getBytes(StandardCharsets.UTF_8).length
              <= 2048);
    }
    assertTrue(
        deliveries(connectorId).stream()
            .anyMatch(
                d ->
                    ((Number) d.get("attempts")).intValue() == 2
                        && "DELIVERED".equals(d.get("state"))
                        && String.valueOf(attempts(d).get(0).get("error")).contains("45009")));
  }

  @Test
  void aRobotThatGotTwentyMessagesInTheLastMinuteGetsNothingMoreUntilTheMinuteHasPassed()
      throws Exception {
    String path = "/cgi-bin/webhook/send";
    robot.stubFor(post(urlPathEqualTo(path)).willReturn(okJson("{\"errcode\": 0}")));
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "wecom-robot", "name": "限流测试", "baseUrl": "%s/cgi-bin/webhook/send",
                 "credentials": {"key": "k-cap"}, "events": ["ticket.created"]}
                """
                    .formatted(robot.baseUrl()))
            .getString("id");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into connector_message (subscription_id, sent_at, answered_at)"
                    + " select ?, now() - interval '10 seconds', now() - interval '10 seconds'"
                    + " from generate_series(1, 20)")) {
      ps.setObject(1, UUID.fromString(connectorId));
      ps.executeUpdate();
    }
    String number = create(deadlineTicket(unit("财务处"), today().plusDays(20))).getString("number");
    Thread.sleep(5000);
    assertEquals(0, messages(path).size(), "the 21st message of the minute waits");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "update connector_message set sent_at = now() - interval '61 seconds',"
                    + " answered_at = now() - interval '61 seconds' where subscription_id = ?")) {
      ps.setObject(1, UUID.fromString(connectorId));
      ps.executeUpdate();
    }
    await(
        () ->
            messages(path).stream()
                // markdown, or text where the digest mentions someone: the ticket names 张三, whom
                // the directory other tests fill may know with a mobile (linked by name, 0333)
                .anyMatch(
                    r ->
                        (json(r).path("markdown").path("content").asText()
                                + json(r).path("text").path("content").asText())
                            .contains(number)),
        // as long as the other digests of this class wait
        Duration.ofSeconds(60),
        "the digest sent once the minute passed");
  }
}
