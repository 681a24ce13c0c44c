package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
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
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Group robots (钉钉, 企业微信) against a real HTTP receiver: signed (DingTalk) or keyed (WeCom) requests
 * in the robot's message format, digests that mention every event, a refused first message retried,
 * and never more than 20 messages a minute per robot.
 */
@QuarkusTest
class RobotConnectorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET =
      "SEC7d1c0ffee2b4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d1";

  @Inject AgroalDataSource dataSource;

  private WireMockServer robot;
  private String connectorId;

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    robot = ConnectorFixtures.receiver();
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    robot.stop();
  }

  private List<LoggedRequest> messages(String path) {
    return robot.findAll(anyRequestedFor(urlPathEqualTo(path)));
  }

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

  private static JsonNode json(LoggedRequest r) {
    try {
      return JSON.readTree(r.getBodyAsString());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
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
                .anyMatch(r -> json(r).path("markdown").path("content").asText().contains(number)),
        Duration.ofSeconds(20),
        "the digest sent once the minute passed");
  }

  /** A directory person (a fresh externalId) of a fresh unit, with this mobile or none. */
  private static String person(String name, String mobile) {
    return person(name, mobile, true);
  }

  /** A directory person with a mobile (or none) and his login (the lower-case id) or none. */
  private static String person(String name, String mobile, boolean withLogin) {
    String unit = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unit, "督办测试处");
    String id = DirectoryFixtures.id("P");
    DirectoryFixtures.putPerson(
            Tokens.admin(),
            id,
            """
            {"name": "%s", "unitExternalId": "%s"%s%s}
            """
                .formatted(
                    name,
                    unit,
                    withLogin
                        ? ", \"login\": \"" + id.toLowerCase(java.util.Locale.ROOT) + "\""
                        : "",
                    mobile == null ? "" : ", \"mobile\": \"" + mobile + "\""))
        .then()
        .statusCode(201);
    return id;
  }

  /**
   * A ticket whose responsible person is this directory person (his START to-do opens); its number.
   */
  private static String ticketOf(String personId, String name) {
    return create(
            """
            {"problemIds": ["%s"], "measure": "建立干部谈心谈话制度。",
             "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
             "responsiblePersonExternalId": "%s", "timing": "DEADLINE", "deadline": "%s"}
            """
                .formatted(
                    org.bihuan.rectification.ProblemServiceStub.problem(UUID.randomUUID()),
                    unit("纪检组"),
                    name,
                    personId,
                    today().plusDays(20)))
        .getString("number");
  }

  /** A mainland mobile no other test uses. */
  private static String mobile() {
    return "139" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
  }

  private LoggedRequest messageAbout(String path, String number, String field) {
    await(
        () -> messages(path).stream().anyMatch(r -> field(r, field).contains(number)),
        Duration.ofSeconds(30),
        "a message about " + number);
    return messages(path).stream()
        .filter(r -> field(r, field).contains(number))
        .findFirst()
        .orElseThrow();
  }

  private static String field(LoggedRequest r, String pointer) {
    return json(r).at(pointer).asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void robotsMentionTheAssigneesTheDirectoryHasAMobileFor() {
    String withMobile = mobile();
    String wang = person("王五", "+86" + withMobile);
    String zhao = person("赵六", null);
    robot.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\": 0}")));
    robot.stubFor(
        post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(okJson("{\"errcode\": 0}")));
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "dingtalk-robot", "name": "督办群", "baseUrl": "%s/robot/send",
                 "credentials": {"accessToken": "tok-m", "secret": "%s"},
                 "events": ["ticket.created"], "options": {"mentionMobiles": ["13800000000"]}}
                """
                    .formatted(robot.baseUrl(), SECRET))
            .getString("id");
    String wecom =
        ConnectorFixtures.register(
                """
                {"kind": "wecom-robot", "name": "企业微信督办群",
                 "baseUrl": "%s/cgi-bin/webhook/send", "credentials": {"key": "k-m"},
                 "events": ["ticket.created"]}
                """
                    .formatted(robot.baseUrl()))
            .getString("id");
    try {
      String mentioned = ticketOf(wang, "王五");
      LoggedRequest ding = messageAbout("/robot/send", mentioned, "/markdown/text");
      assertEquals(
          List.of("13800000000", withMobile),
          texts(json(ding).path("at").path("atMobiles")),
          "the fixed mobile, then the assignee's (without +86)");
      assertTrue(
          field(ding, "/markdown/text").endsWith("@13800000000 @" + withMobile),
          "markdown names whom it mentions");
      LoggedRequest we = messageAbout("/cgi-bin/webhook/send", mentioned, "/text/content");
      assertEquals("text", field(we, "/msgtype"), "mentions by mobile exist only in text");
      assertEquals(List.of(withMobile), texts(json(we).path("text").path("mentioned_mobile_list")));

      String unmentioned = ticketOf(zhao, "赵六");
      ding = messageAbout("/robot/send", unmentioned, "/markdown/text");
      assertEquals(
          List.of("13800000000"),
          texts(json(ding).path("at").path("atMobiles")),
          "no directory mobile: only the fixed one");
      we = messageAbout("/cgi-bin/webhook/send", unmentioned, "/markdown/content");
      assertEquals("markdown", field(we, "/msgtype"), "nobody to mention: markdown");
    } finally {
      ConnectorFixtures.deactivate(wecom);
    }
  }

  @Test
  void aWeComRobotMentionsByUseridWhenTheDirectoryIdIsTheirWeComUserid() {
    String withMobile = mobile();
    String sun = person("孙七", "+86" + withMobile);
    String login = sun.toLowerCase(java.util.Locale.ROOT);
    String zhou = person("周八", null);
    robot.stubFor(post(urlPathEqualTo("/by-id/send")).willReturn(okJson("{\"errcode\": 0}")));
    robot.stubFor(post(urlPathEqualTo("/by-login/send")).willReturn(okJson("{\"errcode\": 0}")));
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "wecom-robot", "name": "企业微信督办群", "baseUrl": "%s/by-id/send",
                 "credentials": {"key": "k-id"}, "events": ["ticket.created"],
                 "options": {"mentionBy": "externalId", "mentionMobiles": ["13900000001"]}}
                """
                    .formatted(robot.baseUrl()))
            .getString("id");
    String markdown =
        ConnectorFixtures.register(
                """
                {"kind": "wecom-robot", "name": "企业微信督办群（markdown）",
                 "baseUrl": "%s/by-login/send", "credentials": {"key": "k-login"},
                 "events": ["ticket.created"],
                 "options": {"mentionBy": "login", "msgtype": "markdown"}}
                """
                    .formatted(robot.baseUrl()))
            .getString("id");
    try {
      String sunTicket = ticketOf(sun, "孙七");
      LoggedRequest byId = messageAbout("/by-id/send", sunTicket, "/text/content");
      assertEquals("text", field(byId, "/msgtype"), "mentioned_list is a field of text messages");
      assertEquals(
          List.of(sun),
          texts(json(byId).path("text").path("mentioned_list")),
          "the directory id is the userid: not his mobile");
      assertEquals(
          List.of("13900000001"),
          texts(json(byId).path("text").path("mentioned_mobile_list")),
          "the fixed mobiles stay mobiles");
      LoggedRequest byLogin = messageAbout("/by-login/send", sunTicket, "/markdown/content");
      assertEquals("markdown", field(byLogin, "/msgtype"));
      assertTrue(
          field(byLogin, "/markdown/content").endsWith("\n<@" + login + ">"),
          "markdown mentions by <@userid>: " + field(byLogin, "/markdown/content"));

      // a person whose directory id is a userid but who has no mobile is mentioned all the same
      String zhouTicket = ticketOf(zhou, "周八");
      byId = messageAbout("/by-id/send", zhouTicket, "/text/content");
      assertEquals(List.of(zhou), texts(json(byId).path("text").path("mentioned_list")));
    } finally {
      ConnectorFixtures.deactivate(markdown);
    }

    // a value neither robot has an id for is refused
    for (String refused :
        List.of(
            """
            {"kind": "dingtalk-robot", "name": "督办群", "baseUrl": "%s/robot/send",
             "credentials": {"accessToken": "t", "secret": "s"}, "options": {"mentionBy": "userid"}}
            """,
            """
            {"kind": "wecom-robot", "name": "督办群", "baseUrl": "%s/cgi-bin/webhook/send",
             "credentials": {"key": "k"}, "options": {"mentionBy": "userid"}}
            """)) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body(refused.formatted(robot.baseUrl()))
          .post("/api/v1/connectors")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", org.hamcrest.Matchers.equalTo("options.mentionBy"));
    }
  }

  @Test
  void aDingTalkRobotMentionsByUseridWhereTheDirectoryHasOneAndElseByMobile() {
    String qianMobile = mobile();
    String qian = person("钱九", "+86" + qianMobile);
    String qianUserId = qian.toLowerCase(java.util.Locale.ROOT);
    String wuMobile = mobile();
    String wu = person("吴十", wuMobile, false);
    robot.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\": 0}")));
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "dingtalk-robot", "name": "督办群", "baseUrl": "%s/robot/send",
                 "credentials": {"accessToken": "tok-u", "secret": "%s"},
                 "events": ["ticket.created"],
                 "options": {"mentionBy": "login", "mentionMobiles": ["13800000001"]}}
                """
                    .formatted(robot.baseUrl(), SECRET))
            .getString("id");

    String qianTicket = ticketOf(qian, "钱九");
    LoggedRequest ding = messageAbout("/robot/send", qianTicket, "/markdown/text");
    assertEquals(
        List.of(qianUserId),
        texts(json(ding).path("at").path("atUserIds")),
        "his login is his DingTalk userid");
    assertEquals(
        List.of("13800000001"),
        texts(json(ding).path("at").path("atMobiles")),
        "the fixed mobiles stay mobiles; his own is not used");
    assertTrue(
        field(ding, "/markdown/text").endsWith("\n@13800000001 @" + qianUserId),
        "the text names every mention: " + field(ding, "/markdown/text"));

    String wuTicket = ticketOf(wu, "吴十");
    ding = messageAbout("/robot/send", wuTicket, "/markdown/text");
    assertEquals(
        List.of("13800000001", wuMobile),
        texts(json(ding).path("at").path("atMobiles")),
        "no login in the directory: his mobile");
    assertTrue(json(ding).path("at").path("atUserIds").isEmpty(), "nobody by userid");
    assertTrue(
        field(ding, "/markdown/text").endsWith("\n@13800000001 @" + wuMobile),
        field(ding, "/markdown/text"));
  }

  @Test
  void aMessageMentionsNoMoreThanTwentyPeople() {
    String assignee = mobile();
    String li = person("李四", assignee);
    robot.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\": 0}")));
    List<String> fixed = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      fixed.add("1370000%04d".formatted(i));
    }
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "dingtalk-robot", "name": "大群", "baseUrl": "%s/robot/send",
                 "credentials": {"accessToken": "tok-20", "secret": "%s"},
                 "events": ["ticket.created"], "options": {"mentionMobiles": %s}}
                """
                    .formatted(robot.baseUrl(), SECRET, JSON.valueToTree(fixed)))
            .getString("id");
    String number = ticketOf(li, "李四");
    LoggedRequest ding = messageAbout("/robot/send", number, "/markdown/text");
    assertEquals(fixed, texts(json(ding).path("at").path("atMobiles")), "the limit: 20");
    assertFalse(field(ding, "/markdown/text").contains(assignee));
  }
}
