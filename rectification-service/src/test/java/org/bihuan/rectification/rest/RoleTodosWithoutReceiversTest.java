package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.ConnectorFixtures.bodies;
import static org.bihuan.rectification.rest.ConnectorFixtures.todo;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A ROLE to-do (验收 for the verifiers) for which a to-do connector lists nobody in roleReceivers is
 * not pushed: the role's name is nobody's account in the OA system, which refuses it, and the
 * refused push, retried, would hold back every later to-do of the connector for everyone (0328). A
 * login listed twice for a role is pushed once.
 */
@QuarkusTest
class RoleTodosWithoutReceiversTest {

  @jakarta.inject.Inject io.agroal.api.AgroalDataSource dataSource;

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String TASKS = "/v1.0/todo/users/union-op/tasks";

  private WireMockServer oa;
  private String connectorId;
  private String person;
  private String unit;

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    oa = ConnectorFixtures.receiver();
    person = "钱七" + UUID.randomUUID().toString().substring(0, 6);
    unit = unit("财务科");
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    oa.stop();
  }

  private String ticket() {
    return OaTodoCentre.ticketNaming(unit, person);
  }

  /** 钉钉 answers a task for an executor it does not know with 400, as for a role's name. */
  private void dingTalk(String options) {
    oa.stubFor(
        post(urlPathEqualTo("/v1.0/oauth2/accessToken"))
            .willReturn(okJson("{\"accessToken\": \"at-1\", \"expireIn\": 7200}")));
    oa.stubFor(post(urlPathEqualTo(TASKS)).willReturn(okJson("{\"id\": \"task-1\"}")));
    oa.stubFor(
        post(urlPathEqualTo(TASKS))
            .withRequestBody(matchingJsonPath("$.executorIds[?(@ == 'verifier')]"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"code\": \"invalidParameter.executorIds\"}")));
    oa.stubFor(put(urlPathEqualTo(TASKS + "/task-1")).willReturn(okJson("{\"result\": true}")));
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "dingtalk-todo", "name": "钉钉待办", "baseUrl": "%s",
                 "credentials": {"appKey": "ding-app", "appSecret": "s3cret"},
                 "options": {"operatorUnionId": "union-op"%s}}
                """
                    .formatted(oa.baseUrl(), options))
            .getString("id");
  }

  /**
   * A ticket of {@code person} moved to SUBMITTED by him: its VERIFY to-do is open (the admin who
   * lists the to-dos is no party, so he sees it).
   */
  private String submitted() {
    String id = ticket();
    String reporter = Tokens.reporter(person, unit);
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "已建立台账").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    return id;
  }

  @Test
  void aRoleTodoWithoutReceiversIsNotPushedAndHoldsNothingBack() {
    dingTalk("");
    String first = submitted();
    String verify = (String) todo(first, "VERIFY").get("id");
    // the next ticket's START to-do reaches 钉钉 although the VERIFY to-do before it has no one
    String next = ticket();
    String start = (String) todo(next, "START").get("id");
    await(() -> !bodies(oa, TASKS, "sourceId", start).isEmpty(), WAIT, "the later to-do pushed");
    assertTrue(bodies(oa, TASKS, "sourceId", verify).isEmpty(), "the VERIFY to-do was pushed");
    assertTrue(
        ConnectorFixtures.deliveries(connectorId).stream()
            .noneMatch(d -> "PENDING".equals(d.get("state"))),
        "a delivery waits: " + ConnectorFixtures.deliveries(connectorId));
  }

  @Test
  void aLoginListedTwiceForARoleIsPushedOnce() {
    dingTalk(
        """
        , "roleReceivers": {"verifier": ["qianys", {"name": "钱一山", "login": "qianys"}, "zhaoliu"]}""");
    String id = submitted();
    String verify = (String) todo(id, "VERIFY").get("id");
    await(() -> !bodies(oa, TASKS, "sourceId", verify).isEmpty(), WAIT, "the VERIFY to-do pushed");
    List<JsonNode> sent = bodies(oa, TASKS, "sourceId", verify);
    assertEquals(1, sent.size(), sent.toString());
    List<String> executors = new java.util.ArrayList<>();
    sent.get(0).path("executorIds").forEach(e -> executors.add(e.asText()));
    assertEquals(List.of("qianys", "zhaoliu"), executors);
  }
}
