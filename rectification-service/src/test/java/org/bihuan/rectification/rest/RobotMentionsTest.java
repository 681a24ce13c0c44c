package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Robots mention the assignees the directory has a mobile or userid for, twenty at most. */
@QuarkusTest
class RobotMentionsTest extends RobotConnectorCase {

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
