package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.ConnectorFixtures.bodies;
import static org.bihuan.rectification.rest.ConnectorFixtures.todo;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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
 * A to-do the OA system refuses for good (泛微 answers 400: 接收人不存在) holds back only its own later
 * pushes while it is retried (0334): the next people's to-dos arrive within the normal delivery
 * time, the refused one is parked FAILED after the refusal schedule's retries, visible in the
 * delivery log, and a to-do refused once still reaches the OA system as 待办 before its 已办.
 */
@QuarkusTest
class RefusedTodoHoldsBackNothingTest {

  @jakarta.inject.Inject io.agroal.api.AgroalDataSource dataSource;

  private static final Duration WAIT = Duration.ofSeconds(60);

  /** What a push takes when nothing waits: the outbox polls every second. */
  private static final Duration NORMAL = Duration.ofSeconds(10);

  private static final String WEAVER = "/rest/ofs/ReceiveRequestInfoByJson";

  private WireMockServer oa;
  private String connectorId;
  private String unknown;
  private String known;

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    oa = ConnectorFixtures.receiver();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    unknown = "查无此人" + suffix;
    known = "周九" + suffix;
    oa.stubFor(post(urlPathEqualTo(WEAVER)).willReturn(okJson("{\"operResult\": \"1\"}")));
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    oa.stop();
  }

  private static ResponseDefinitionBuilder userNotFound() {
    return aResponse()
        .withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"operResult\": \"0\", \"message\": \"接收人不存在\"}");
  }

  private void register() {
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "%s",
                 "options": {"syscode": "ZGDB"}}
                """
                    .formatted(oa.baseUrl()))
            .getString("id");
  }

  private String ticket(String person) {
    return create(
            """
            {"problemIds": ["%s"], "measure": "规范公务接待审批。",
             "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
             "timing": "DEADLINE", "deadline": "%s"}
            """
                .formatted(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit("办公室"),
                    person,
                    today().plusDays(30)))
        .getString("id");
  }

  /** The delivery of the to-do's {@code todo.opened} event, as the delivery log lists it. */
  private Map<String, Object> deliveryOf(String todoId) {
    String eventId;
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "select id::text from change_event where resource_id = ? and type = 'todo.opened'")) {
      ps.setString(1, todoId);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        eventId = rs.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return ConnectorFixtures.deliveries(connectorId).stream()
        .filter(d -> eventId.equals(d.get("messageId")))
        .findFirst()
        .orElse(Map.of());
  }

  @Test
  void aTodoRefusedForGoodIsParkedAndTheOthersArriveInTheNormalTime() {
    oa.stubFor(
        post(urlPathEqualTo(WEAVER))
            .withRequestBody(matchingJsonPath("$.receiver", equalTo(unknown)))
            .willReturn(userNotFound()));
    register();
    String refused = (String) todo(ticket(unknown), "START").get("id");
    await(() -> !bodies(oa, WEAVER, "flowid", refused).isEmpty(), WAIT, "the refused push made");

    for (int i = 0; i < 3; i++) {
      long started = System.nanoTime();
      String later = (String) todo(ticket(known), "START").get("id");
      await(
          () -> !bodies(oa, WEAVER, "flowid", later).isEmpty(),
          NORMAL,
          "a later to-do pushed in the normal time (" + i + ")");
      System.out.printf(
          "later to-do %d pushed %d ms after its ticket was created%n",
          i, (System.nanoTime() - started) / 1_000_000);
    }

    await(
        () -> "FAILED".equals(deliveryState(refused)),
        WAIT,
        "the refused to-do parked FAILED after its retries");
    Map<String, Object> parked = deliveryOf(refused);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> log = (List<Map<String, Object>>) parked.get("attemptLog");
    assertEquals(3, log.size(), "the first push and the refusal schedule's two retries: " + log);
    log.forEach(
        a -> {
          assertEquals(400, ((Number) a.get("statusCode")).intValue(), log.toString());
          assertTrue(String.valueOf(a.get("error")).contains("泛微 answered 400"), log.toString());
        });
    await(
        () ->
            ConnectorFixtures.deliveries(connectorId).stream()
                .filter(d -> !d.get("id").equals(parked.get("id")))
                .allMatch(d -> "DELIVERED".equals(d.get("state"))),
        WAIT,
        "every other to-do delivered");
  }

  @Test
  void aTodoRefusedOnceReachesTheOaSystemAsOpenBeforeItsDone() {
    oa.stubFor(
        post(urlPathEqualTo(WEAVER))
            .withRequestBody(matchingJsonPath("$.receiver", equalTo(unknown)))
            .inScenario("the user added in the OA")
            .whenScenarioStateIs(STARTED)
            .willReturn(userNotFound())
            .willSetStateTo("added"));
    register();
    String ticket = ticket(unknown);
    String start = (String) todo(ticket, "START").get("id");
    // done at once: its 已办 waits behind its refused 待办, the next person's to-do does not
    act(Tokens.admin(), ticket, "start", null).then().statusCode(200);
    String later = (String) todo(ticket(known), "START").get("id");
    await(() -> !bodies(oa, WEAVER, "flowid", later).isEmpty(), NORMAL, "the later to-do pushed");
    await(
        () ->
            bodies(oa, WEAVER, "flowid", start).stream()
                .anyMatch(b -> "2".equals(b.path("isremark").asText())),
        WAIT,
        "the refused to-do's 已办 sent");
    List<String> pushes =
        bodies(oa, WEAVER, "flowid", start).stream().map(b -> b.path("isremark").asText()).toList();
    assertEquals(List.of("0", "0", "2"), pushes, "refused 待办, its retry, then 已办");
    assertEquals("DELIVERED", deliveryState(start));
  }

  /** The state of the first delivery of the to-do (its todo.opened). */
  private String deliveryState(String todoId) {
    return String.valueOf(deliveryOf(todoId).get("state"));
  }
}
