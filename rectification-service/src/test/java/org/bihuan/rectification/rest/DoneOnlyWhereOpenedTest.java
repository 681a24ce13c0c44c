package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A to-do centre registered (without backfill) after a to-do was opened never had its 待办: the
 * to-do's done is not sent there, neither to 泛微 nor to 致远, while the next to-do is
 * (docs/decisions/0349).
 */
@QuarkusTest
class DoneOnlyWhereOpenedTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String WEAVER = "/rest/ofs/ReceiveRequestInfoByJson";
  private static final String RECEIVE = "/seeyon/rest/thirdpartyPending/receive";
  private static final String UPDATE = "/seeyon/rest/thirdpartyPending/updatePendingState";

  @Inject AgroalDataSource dataSource;

  private WireMockServer oa;
  private final List<String> connectors = new ArrayList<>();

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    oa = ConnectorFixtures.receiver();
    oa.stubFor(post(urlPathEqualTo(WEAVER)).willReturn(okJson("{\"operResult\": \"1\"}")));
    oa.stubFor(post(urlPathEqualTo("/seeyon/rest/token")).willReturn(okJson("{\"id\": \"tk\"}")));
    oa.stubFor(post(urlPathEqualTo(RECEIVE)).willReturn(okJson("{\"success\": true}")));
    oa.stubFor(post(urlPathEqualTo(UPDATE)).willReturn(okJson("{\"success\": true}")));
  }

  @AfterEach
  void stop() {
    connectors.forEach(ConnectorFixtures::deactivate);
    oa.stop();
  }

  @Test
  void aToDoOpenedBeforeTheRegistrationGetsNoDoneThere() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unit = unit("测办科");
    String person = "测办人" + tag;
    String id =
        create(
                """
                {"problemIds": ["%s"], "measure": "建立督办台账",
                 "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
                 "timing": "DEADLINE", "deadline": "%s"}
                """
                    .formatted(
                        ProblemServiceStub.problem(UUID.randomUUID()),
                        unit,
                        person,
                        today().plusDays(30)))
            .getString("id");
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();
    connectors.add(
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "%s",
                 "options": {"backfill": false, "syscode": "ZGDB"}}
                """
                    .formatted(oa.baseUrl()))
            .getString("id"));
    connectors.add(
        ConnectorFixtures.register(
                """
                {"kind": "seeyon-todo", "name": "致远待办", "baseUrl": "%s",
                 "credentials": {"restUser": "rest", "restPassword": "pw"},
                 "options": {"backfill": false, "registerCode": "3001"}}
                """
                    .formatted(oa.baseUrl()))
            .getString("id"));

    act(Tokens.reporter(person, unit), id, "start", null).then().statusCode(200);
    String submit = ConnectorFixtures.todo(id, "SUBMIT").get("id").toString();
    // the SUBMIT to-do comes after START's done in the feed: once it is there, the done was handled
    await(
        () -> !ConnectorFixtures.bodies(oa, WEAVER, "flowid", submit).isEmpty(),
        WAIT,
        "SUBMIT sent to 泛微");
    await(
        () -> !ConnectorFixtures.bodies(oa, RECEIVE, "taskId", submit).isEmpty(),
        WAIT,
        "SUBMIT sent to 致远");
    assertEquals(List.of(), ConnectorFixtures.bodies(oa, WEAVER, "flowid", start));
    assertEquals(List.of(), ConnectorFixtures.bodies(oa, UPDATE, "taskId", start));
  }
}
