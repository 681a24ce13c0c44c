package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.ConnectorFixtures.deliveries;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 泛微 acknowledges a to-do only with {@code "operResult": "1"}: a 200 that is an SSO login page, not
 * JSON, or JSON without operResult is no delivery; it is retried, the error logged (0351).
 */
@QuarkusTest
class WeaverAnswerWithoutResultTest {

  private static final String PATH = "/rest/ofs/ReceiveRequestInfoByJson";

  @jakarta.inject.Inject io.agroal.api.AgroalDataSource dataSource;

  private WireMockServer oa;
  private String connectorId;

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    oa = ConnectorFixtures.receiver();
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    oa.stop();
  }

  /** The first push to {@code receiver} is answered {@code first}; later ones operResult 1. */
  private void firstAnswer(String receiver, ResponseDefinitionBuilder first) {
    oa.stubFor(
        post(urlPathEqualTo(PATH))
            .withRequestBody(matchingJsonPath("$.receiver", equalTo(receiver)))
            .inScenario(receiver)
            .whenScenarioStateIs(STARTED)
            .willReturn(first)
            .willSetStateTo("answered"));
  }

  private String ticket(String person) {
    return create(
            """
            {"problemIds": ["%s"], "measure": "组织专题学习。",
             "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
             "timing": "DEADLINE", "deadline": "%s"}
            """
                .formatted(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit("网关科"),
                    person,
                    today().plusDays(30)))
        .getString("id");
  }

  @Test
  void aTwoHundredWithoutOperResultOneIsRetried() {
    oa.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"operResult\": \"1\"}")));
    String tag = UUID.randomUUID().toString().substring(0, 6);
    List<String> people = List.of("网关页" + tag, "网关码" + tag, "网关无" + tag);
    firstAnswer(
        people.get(0),
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html; charset=UTF-8")
            .withBody("<html><body>统一认证登录</body></html>"));
    firstAnswer(
        people.get(1),
        aResponse().withStatus(200).withBody(new byte[] {0, (byte) 0xff, '<', 'h', 't', 'm', 'l'}));
    firstAnswer(people.get(2), okJson("{\"status\": \"ok\", \"msg\": \"received\"}"));
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微网关", "baseUrl": "%s",
                 "options": {"backfill": false, "syscode": "GW%s"}}
                """
                    .formatted(oa.baseUrl(), tag))
            .getString("id");
    people.forEach(this::ticket);

    await(
        () ->
            deliveries(connectorId).stream()
                    .filter(
                        d ->
                            "DELIVERED".equals(d.get("state"))
                                && "todo.opened".equals(d.get("eventType")))
                    .count()
                == 3,
        Duration.ofSeconds(120),
        "the three START to-dos delivered once 泛微 says operResult 1");
    for (Map<String, Object> d : deliveries(connectorId)) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> log = (List<Map<String, Object>>) d.get("attemptLog");
      assertEquals(2, log.size(), log.toString());
      assertEquals(200, ((Number) log.get(0).get("statusCode")).intValue(), log.toString());
      assertTrue(String.valueOf(log.get(0).get("error")).contains("operResult"), log.toString());
      assertNull(log.get(1).get("error"), log.toString());
    }
  }
}
