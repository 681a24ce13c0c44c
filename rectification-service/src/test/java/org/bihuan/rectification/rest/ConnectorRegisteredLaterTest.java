package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.ConnectorFixtures.bodies;
import static org.bihuan.rectification.rest.ConnectorFixtures.todo;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
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
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An OA to-do centre registered after to-dos were opened receives the ones still open first, in
 * order, through the outbox (0334): a to-do opened before it and done after it reaches the OA
 * system as 待办 before its 已办; one done before it is not sent at all.
 */
@QuarkusTest
class ConnectorRegisteredLaterTest {

  @jakarta.inject.Inject io.agroal.api.AgroalDataSource dataSource;

  /**
   * A registration with backfill sends every to-do open in the database first, one at a time: in
   * the whole suite that is every earlier test's open to-dos, and each push now records its
   * receiver (0349), so this test's own come minutes after, not seconds.
   */
  private static final Duration WAIT = Duration.ofSeconds(240);

  private static final String WEAVER = "/rest/ofs/ReceiveRequestInfoByJson";
  private static final String TASKS = "/v1.0/todo/users/union-op/tasks";

  private WireMockServer oa;
  private String connectorId;
  private String person;

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    oa = ConnectorFixtures.receiver();
    person = "孙八" + UUID.randomUUID().toString().substring(0, 6);
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    oa.stop();
  }

  private String ticket() {
    return create(
            """
            {"problemIds": ["%s"], "measure": "完善档案管理制度。",
             "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
             "timing": "DEADLINE", "deadline": "%s"}
            """
                .formatted(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit("档案室"),
                    person,
                    today().plusDays(30)))
        .getString("id");
  }

  @Test
  void weaverRegisteredLaterGetsTheOpenTodosBeforeTheirDone() {
    oa.stubFor(post(urlPathEqualTo(WEAVER)).willReturn(okJson("{\"operResult\": \"1\"}")));
    String open = ticket();
    String openStart = (String) todo(open, "START").get("id");
    String doneBefore = ticket();
    String doneBeforeStart = (String) todo(doneBefore, "START").get("id");
    act(Tokens.admin(), doneBefore, "start", null).then().statusCode(200);
    String doneBeforeSubmit = (String) todo(doneBefore, "SUBMIT").get("id");

    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "%s",
                 "options": {"backfill": true, "syscode": "ZGDB"}}
                """
                    .formatted(oa.baseUrl()))
            .getString("id");
    act(Tokens.admin(), open, "start", null).then().statusCode(200);

    await(
        () ->
            bodies(oa, WEAVER, "flowid", openStart).stream()
                .anyMatch(b -> "2".equals(b.path("isremark").asText())),
        WAIT,
        "the START to-do done after the registration sent as 已办");
    List<String> pushes =
        bodies(oa, WEAVER, "flowid", openStart).stream()
            .map(b -> b.path("isremark").asText())
            .toList();
    assertEquals(List.of("0", "2"), pushes, "待办 first, then 已办");
    await(
        () -> !bodies(oa, WEAVER, "flowid", doneBeforeSubmit).isEmpty(),
        WAIT,
        "the SUBMIT to-do open at the registration sent");
    assertEquals(
        "0", bodies(oa, WEAVER, "flowid", doneBeforeSubmit).get(0).path("isremark").asText());
    assertTrue(
        bodies(oa, WEAVER, "flowid", doneBeforeStart).isEmpty(),
        "a to-do done before the registration was sent");
  }

  @Test
  void dingTalkRegisteredLaterCreatesTheOpenTodoThenMarksItDone() {
    oa.stubFor(
        post(urlPathEqualTo("/v1.0/oauth2/accessToken"))
            .willReturn(okJson("{\"accessToken\": \"at-1\", \"expireIn\": 7200}")));
    oa.stubFor(post(urlPathEqualTo(TASKS)).willReturn(okJson("{\"id\": \"task-1\"}")));
    oa.stubFor(put(urlPathMatching(TASKS + "/.*")).willReturn(okJson("{\"result\": true}")));
    String open = ticket();
    String openStart = (String) todo(open, "START").get("id");

    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "dingtalk-todo", "name": "钉钉待办", "baseUrl": "%s",
                 "credentials": {"appKey": "ding-app", "appSecret": "s3cret"},
                 "options": {"backfill": true, "operatorUnionId": "union-op"}}
                """
                    .formatted(oa.baseUrl()))
            .getString("id");
    act(Tokens.admin(), open, "start", null).then().statusCode(200);

    await(
        () -> !oa.findAll(anyRequestedFor(urlPathEqualTo(TASKS + "/task-1"))).isEmpty(),
        WAIT,
        "the task marked done");
    List<JsonNode> created = bodies(oa, TASKS, "sourceId", openStart);
    assertEquals(1, created.size(), created.toString());
    assertEquals(person, created.get(0).path("executorIds").get(0).asText());
  }
}
