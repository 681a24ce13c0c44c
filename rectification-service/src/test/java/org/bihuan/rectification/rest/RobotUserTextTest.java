package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User text in a group robot's message is words, never markdown: a measure that closes the ticket's
 * link and opens one of its own, a unit named with a {@code <font>} tag, a person named {@code
 * <@all>} reach DingTalk and WeCom robots with every such character neutralised, and the only link
 * in the message is the ticket's (decision 0256).
 */
@QuarkusTest
class RobotUserTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE_MEASURE = "正常措施](https://evil.example/x)\n`*_#>请点击";
  private static final String NEUTRAL_MEASURE = "正常措施］（https://evil.example/x） ｀＊＿＃＞请点击";

  @Inject AgroalDataSource dataSource;

  private WireMockServer robot;
  private final List<String> connectors = new ArrayList<>();

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    robot = ConnectorFixtures.receiver();
    for (String path : List.of("/ding-md/send", "/ding-text/send", "/wecom-md/send")) {
      robot.stubFor(post(urlPathEqualTo(path)).willReturn(okJson("{\"errcode\": 0}")));
    }
  }

  @AfterEach
  void stop() {
    connectors.forEach(ConnectorFixtures::deactivate);
    robot.stop();
  }

  private void register(String kind, String path, String credentials, String msgtype) {
    connectors.add(
        ConnectorFixtures.register(
                """
                {"kind": "%s", "name": "督办群", "baseUrl": "%s%s", "credentials": %s,
                 "events": ["ticket.created"], "options": {"msgtype": "%s"}}
                """
                    .formatted(kind, robot.baseUrl(), path, credentials, msgtype))
            .getString("id"));
  }

  private JsonNode messageAbout(String path, String number) {
    await(
        () -> bodies(path).stream().anyMatch(b -> b.toString().contains(number)),
        Duration.ofSeconds(30),
        "a message about " + number + " at " + path);
    return bodies(path).stream()
        .filter(b -> b.toString().contains(number))
        .findFirst()
        .orElseThrow();
  }

  private List<JsonNode> bodies(String path) {
    List<JsonNode> out = new ArrayList<>();
    for (LoggedRequest r : robot.findAll(anyRequestedFor(urlPathEqualTo(path)))) {
      try {
        out.add(JSON.readTree(r.getBodyAsString()));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
    return out;
  }

  @Test
  void hostileMeasuresUnitsAndNamesReachBothRobotsAsWordsBesideTheTicketsOwnLink() {
    register(
        "dingtalk-robot",
        "/ding-md/send",
        "{\"accessToken\": \"t\", \"secret\": \"SECabc\"}",
        "markdown");
    register(
        "dingtalk-robot",
        "/ding-text/send",
        "{\"accessToken\": \"t\", \"secret\": \"SECabc\"}",
        "text");
    register("wecom-robot", "/wecom-md/send", "{\"key\": \"k\"}", "markdown");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String unit = "办公室<font color=\"red\">" + tag + "</font>";
    String body =
        """
        {"problemIds": ["%s"], "measure": %s, "responsibleUnits": [{"name": %s}],
         "responsiblePerson": "<@all> [张三](http://evil.example)", "leaderInCharge": "李书记",
         "timing": "LONG_TERM"}
        """
            .formatted(
                ProblemServiceStub.problem(UUID.randomUUID()),
                JSON.valueToTree(HOSTILE_MEASURE),
                JSON.valueToTree(unit));
    JsonPath ticket = TicketFixtures.create(body);
    String number = ticket.getString("number");
    String link = "https://zhenggai.example.gov.cn/tickets/" + ticket.getString("id");
    String unitAsText = "办公室＜font color=\"red\"＞" + tag + "＜/font＞";
    String what =
        number + " " + NEUTRAL_MEASURE + "（" + unitAsText + " ＜＠all＞ ［张三］（http://evil.example））";

    JsonNode ding = messageAbout("/ding-md/send", number);
    assertEquals("markdown", ding.path("msgtype").asText());
    assertEquals(
        "#### 整改督办提醒（1 条）\n- 【新交办】[" + what + "](" + link + ")",
        ding.path("markdown").path("text").asText(),
        "the one link is the ticket's");
    assertEquals(false, ding.path("at").path("isAtAll").asBoolean(true));

    JsonNode we = messageAbout("/wecom-md/send", number);
    assertEquals(
        "{\"msgtype\":\"markdown\",\"markdown\":{\"content\":\"#### 整改督办提醒（1 条）\\n- 【新交办】["
            + what.replace("\"", "\\\"")
            + "]("
            + link
            + ")\"}}",
        we.toString(),
        "no <font>, no <@all>, no second link in WeCom markdown");

    JsonNode text = messageAbout("/ding-text/send", number);
    assertEquals(
        "整改督办提醒（1 条）\n【新交办】"
            + number
            + " 正常措施](https://evil.example/x) `*_#>请点击（办公室<font color=\"red\">"
            + tag
            + "</font> <＠all> [张三](http://evil.example)） "
            + link,
        text.path("text").path("content").asText(),
        "text keeps the words, without a new line or an @all");
  }
}
