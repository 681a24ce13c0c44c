package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.ConnectorFixtures.deliveries;
import static org.bihuan.rectification.rest.ConnectorFixtures.startTodoSentTwice;
import static org.bihuan.rectification.rest.ConnectorFixtures.todo;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OA to-do connectors (泛微, 致远, 钉钉待办) against a real HTTP receiver: a ticket's START to-do
 * reaches the OA system in its documented request, the first attempt is refused and the retry
 * succeeds (both in the delivery log), and starting the ticket marks it done there.
 */
@QuarkusTest
class OaTodoConnectorTest {

  @jakarta.inject.Inject io.agroal.api.AgroalDataSource dataSource;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String OA_TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

  private WireMockServer oa;
  private String connectorId;
  private String person;

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    oa = ConnectorFixtures.receiver();
    // a unique responsible person: only this test's to-dos meet the failing first answer
    person = "张三" + UUID.randomUUID().toString().substring(0, 6);
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    oa.stop();
  }

  /** A ticket of {@code person}; its id. Its START to-do opens with it. */
  private String ticket() {
    String body =
        """
        {"problemIds": ["%s"], "measure": "组织专题学习，建立学习台账。",
         "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
         "timing": "DEADLINE", "deadline": "%s"}
        """
            .formatted(
                ProblemServiceStub.problem(UUID.randomUUID()),
                unit("党委办公室"),
                person,
                today().plusDays(30));
    return create(body).getString("id");
  }

  private List<JsonNode> bodies(String path, String field, String value) {
    return ConnectorFixtures.bodies(oa, path, field, value);
  }

  private static JsonNode json(LoggedRequest r) {
    try {
      return JSON.readTree(r.getBodyAsString());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The to-do's delivery: refused once (the first attempt's error names why), then delivered. */
  private void assertRetried(String todoId, String type, String refusal) {
    await(
        () ->
            deliveries(connectorId).stream()
                .anyMatch(
                    d ->
                        "DELIVERED".equals(d.get("state"))
                            && type.equals(d.get("eventType"))
                            && ((Number) d.get("attempts")).intValue() == 2),
        WAIT,
        "a " + type + " delivered at the second attempt");
    Map<String, Object> d =
        deliveries(connectorId).stream()
            .filter(
                x ->
                    type.equals(x.get("eventType")) && ((Number) x.get("attempts")).intValue() == 2)
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> log = (List<Map<String, Object>>) d.get("attemptLog");
    assertEquals(2, log.size(), todoId + ": " + log);
    assertTrue(String.valueOf(log.get(0).get("error")).contains(refusal), log.toString());
    assertNull(log.get(1).get("error"), log.toString());
    assertEquals(200, ((Number) log.get(1).get("statusCode")).intValue());
  }

  @Test
  void weaverReceivesTheTodoInItsUnifiedTodoFormatAndTheRetryAfterARefusal() throws Exception {
    String path = "/rest/ofs/ReceiveRequestInfoByJson";
    oa.stubFor(post(urlPathEqualTo(path)).willReturn(okJson("{\"operResult\": \"1\"}")));
    oa.stubFor(
        post(urlPathEqualTo(path))
            .withRequestBody(matchingJsonPath("$.receiver", equalTo(person)))
            .withRequestBody(matchingJsonPath("$.isremark", equalTo("0")))
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson("{\"operResult\": \"0\", \"message\": \"系统繁忙\"}"))
            .willSetStateTo("ready"));
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "%s",
                 "options": {"backfill": false, "syscode": "ZGDB", "workflowname": "整改督办",
                  "links": {"pc": "https://oa.example.cn/zg/pc?ticket={ticketId}&todo={todoId}"}}}
                """
                    .formatted(oa.baseUrl()))
            .getString("id");
    String ticketId = ticket();
    Map<String, Object> start =
        startTodoSentTwice(oa, ticketId, path, "flowid", "the START to-do sent twice");
    String todoId = (String) start.get("id");

    JsonNode sent = bodies(path, "flowid", todoId).get(1);
    assertEquals("ZGDB", sent.path("syscode").asText());
    assertEquals(start.get("title"), sent.path("requestname").asText());
    assertEquals("整改督办", sent.path("workflowname").asText());
    assertEquals("开始整改", sent.path("nodename").asText());
    assertEquals("0", sent.path("isremark").asText());
    assertEquals("0", sent.path("viewtype").asText());
    assertEquals(person, sent.path("receiver").asText());
    assertEquals(
        "https://oa.example.cn/zg/pc?ticket=" + ticketId + "&todo=" + todoId,
        sent.path("pcurl").asText());
    @SuppressWarnings("unchecked")
    Map<String, String> links = (Map<String, String>) start.get("links");
    assertEquals(links.get("h5"), sent.path("appurl").asText(), "h5 defaults to the to-do's");
    assertTrue(sent.path("createdatetime").asText().matches(OA_TIME), sent.toString());
    assertTrue(sent.path("receivedatetime").asText().matches(OA_TIME), sent.toString());
    assertTrue(sent.path("receivets").asText().matches("\\d{13}"), sent.toString());
    assertNotNull(sent.get("creator"));
    assertRetried(todoId, "todo.opened", "operResult 0");

    act(Tokens.admin(), ticketId, "start", null).then().statusCode(200);
    await(
        () ->
            bodies(path, "flowid", todoId).stream()
                .anyMatch(b -> "2".equals(b.path("isremark").asText())),
        WAIT,
        "the START to-do sent as 已办");
    JsonNode done =
        bodies(path, "flowid", todoId).stream()
            .filter(b -> "2".equals(b.path("isremark").asText()))
            .findFirst()
            .orElseThrow();
    assertTrue(
        Long.parseLong(done.path("receivets").asText())
            > Long.parseLong(sent.path("receivets").asText()),
        "a later push carries a later receivets");
    String submit = (String) todo(ticketId, "SUBMIT").get("id");
    await(() -> !bodies(path, "flowid", submit).isEmpty(), WAIT, "the SUBMIT to-do sent");
    assertEquals("申请销号", bodies(path, "flowid", submit).get(0).path("nodename").asText());
  }

  @Test
  void seeyonGetsATokenThenReceivesThePendingItemAndItsDoneState() throws Exception {
    oa.stubFor(
        post(urlPathEqualTo("/seeyon/rest/token"))
            .withRequestBody(matchingJsonPath("$.userName", equalTo("rest-zg")))
            .withRequestBody(matchingJsonPath("$.password", equalTo("pw-9")))
            .willReturn(okJson("{\"id\": \"3f2a9c1e-token\", \"bindingUser\": null}")));
    String receive = "/seeyon/rest/thirdpartyPending/receive";
    String update = "/seeyon/rest/thirdpartyPending/updatePendingState";
    oa.stubFor(
        post(urlPathEqualTo(receive))
            .withHeader("token", equalTo("3f2a9c1e-token"))
            .willReturn(okJson("{\"success\": true, \"errorMsgs\": []}")));
    oa.stubFor(
        post(urlPathEqualTo(update))
            .withHeader("token", equalTo("3f2a9c1e-token"))
            .willReturn(okJson("{\"success\": true, \"errorMsgs\": []}")));
    oa.stubFor(
        post(urlPathEqualTo(receive))
            .withRequestBody(matchingJsonPath("$.thirdReceiverId", equalTo(person)))
            .inScenario("down")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(500).withBody("Internal Server Error"))
            .willSetStateTo("up"));
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "seeyon-todo", "name": "致远待办", "baseUrl": "%s",
                 "credentials": {"restUser": "rest-zg", "restPassword": "pw-9"},
                 "options": {"backfill": false, "registerCode": "3001", "senderName": "整改督办系统"}}
                """
                    .formatted(oa.baseUrl()))
            .getString("id");
    String ticketId = ticket();
    Map<String, Object> start =
        startTodoSentTwice(oa, ticketId, receive, "taskId", "the pending item sent twice");
    String todoId = (String) start.get("id");

    JsonNode sent = bodies(receive, "taskId", todoId).get(1);
    assertEquals("3001", sent.path("registerCode").asText());
    assertEquals(start.get("title"), sent.path("title").asText());
    assertEquals(person, sent.path("thirdReceiverId").asText());
    assertEquals("整改督办系统", sent.path("senderName").asText());
    assertEquals("0", sent.path("state").asText());
    assertTrue(sent.path("creationDate").asText().matches(OA_TIME), sent.toString());
    @SuppressWarnings("unchecked")
    Map<String, String> links = (Map<String, String>) start.get("links");
    assertEquals(links.get("pc"), sent.path("url").asText());
    assertEquals(links.get("h5"), sent.path("h5url").asText());
    assertRetried(todoId, "todo.opened", "500");

    act(Tokens.admin(), ticketId, "start", null).then().statusCode(200);
    await(() -> !bodies(update, "taskId", todoId).isEmpty(), WAIT, "the pending item set done");
    JsonNode done = bodies(update, "taskId", todoId).get(0);
    assertEquals("1", done.path("state").asText());
    assertEquals("3001", done.path("registerCode").asText());
    assertEquals(person, done.path("thirdReceiverId").asText());
  }

  @Test
  void dingTalkCreatesTheTodoWithSourceIdAndMarksItDoneByItsTaskId() throws Exception {
    oa.stubFor(
        post(urlPathEqualTo("/v1.0/oauth2/accessToken"))
            .withRequestBody(matchingJsonPath("$.appKey", equalTo("ding-app")))
            .withRequestBody(matchingJsonPath("$.appSecret", equalTo("s3cret")))
            .willReturn(okJson("{\"accessToken\": \"at-77\", \"expireIn\": 7200}")));
    String tasks = "/v1.0/todo/users/union-op/tasks";
    oa.stubFor(
        post(urlPathEqualTo(tasks))
            .withQueryParam("operatorId", equalTo("union-op"))
            .withHeader("x-acs-dingtalk-access-token", equalTo("at-77"))
            .withRequestBody(matchingJsonPath("$.executorIds[0]", equalTo(person)))
            .inScenario("create")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"code\": \"todo.taskCreate.systemError\"}"))
            .willSetStateTo("again"));
    oa.stubFor(
        post(urlPathEqualTo(tasks))
            .withQueryParam("operatorId", equalTo("union-op"))
            .withHeader("x-acs-dingtalk-access-token", equalTo("at-77"))
            .withRequestBody(matchingJsonPath("$.executorIds[0]", equalTo(person)))
            .inScenario("create")
            .whenScenarioStateIs("again")
            .willReturn(okJson("{\"id\": \"task-9\", \"done\": false}")));
    oa.stubFor(
        put(urlPathEqualTo(tasks + "/task-9"))
            .withQueryParam("operatorId", equalTo("union-op"))
            .withHeader("x-acs-dingtalk-access-token", equalTo("at-77"))
            .withRequestBody(containing("\"done\": true"))
            .willReturn(okJson("{\"result\": true}")));
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "dingtalk-todo", "name": "钉钉待办", "baseUrl": "%s",
                 "credentials": {"appKey": "ding-app", "appSecret": "s3cret"},
                 "options": {"operatorUnionId": "union-op", "backfill": false}}
                """
                    .formatted(oa.baseUrl()))
            .getString("id");
    String ticketId = ticket();
    Map<String, Object> start =
        startTodoSentTwice(oa, ticketId, tasks, "sourceId", "the to-do created twice");
    String todoId = (String) start.get("id");

    JsonNode sent = bodies(tasks, "sourceId", todoId).get(1);
    assertEquals(start.get("title"), sent.path("subject").asText());
    assertEquals("union-op", sent.path("creatorId").asText());
    assertEquals(person, sent.path("executorIds").get(0).asText());
    long due =
        java.time.LocalDate.parse((String) start.get("dueDate"))
            .plusDays(1)
            .atStartOfDay(TicketFixtures.ORG)
            .toInstant()
            .toEpochMilli();
    assertEquals(due - 1, sent.path("dueTime").asLong(), "the end of the due day, in ms");
    @SuppressWarnings("unchecked")
    Map<String, String> links = (Map<String, String>) start.get("links");
    assertEquals(links.get("pc"), sent.path("detailUrl").path("pcUrl").asText());
    assertEquals(links.get("h5"), sent.path("detailUrl").path("appUrl").asText());
    assertRetried(todoId, "todo.opened", "500");

    act(Tokens.admin(), ticketId, "start", null).then().statusCode(200);
    await(
        () -> !oa.findAll(anyRequestedFor(urlPathEqualTo(tasks + "/task-9"))).isEmpty(),
        WAIT,
        "the DingTalk task marked done");
    LoggedRequest done = oa.findAll(anyRequestedFor(urlPathEqualTo(tasks + "/task-9"))).get(0);
    assertEquals("PUT", done.getMethod().getName());
    assertTrue(json(done).path("done").asBoolean());
  }
}
