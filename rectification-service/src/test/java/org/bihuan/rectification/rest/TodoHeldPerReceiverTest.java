package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * A role's to-do pushed to two verifiers, of whom 泛微 takes one and refuses the other: the one who
 * has it is held at once, so that a later close of the to-do reaches him (docs/decisions/0349).
 */
@QuarkusTest
class TodoHeldPerReceiverTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String WEAVER = "/rest/ofs/ReceiveRequestInfoByJson";

  @Inject AgroalDataSource dataSource;

  private WireMockServer oa;
  private String connectorId;

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    oa = ConnectorFixtures.receiver();
    oa.stubFor(post(urlPathEqualTo(WEAVER)).willReturn(okJson("{\"operResult\": \"1\"}")));
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    oa.stop();
  }

  private List<String> weaver(String todoId) {
    return ConnectorFixtures.bodies(oa, WEAVER, "flowid", todoId).stream()
        .map(b -> b.path("receiver").asText() + " " + b.path("isremark").asText())
        .toList();
  }

  private List<String> held(String todoId) {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select receiver from connector_todo_receiver where todo_id = ? order by receiver")) {
      ps.setString(1, todoId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  @Test
  void theVerifierWhoTookTheToDoIsHeldThoughTheOtherIsRefused() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String taken = "yanshou-a" + tag;
    String refused = "yanshou-b" + tag;
    oa.stubFor(
        post(urlPathEqualTo(WEAVER))
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$[?(@.receiver == '" + refused + "')]"))
            .willReturn(aResponse().withStatus(400).withBody("接收人不存在")));
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "%s",
                 "options": {"backfill": false, "syscode": "ZGDB",
                   "roleReceivers": {"verifier": ["%s", "%s"]}}}
                """
                    .formatted(oa.baseUrl(), taken, refused))
            .getString("id");
    String unit = unit("测审科");
    String person = "测审人" + tag;
    String id =
        create(
                """
                {"problemIds": ["%s"], "measure": "建立审签台账",
                 "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
                 "timing": "DEADLINE", "deadline": "%s"}
                """
                    .formatted(
                        ProblemServiceStub.problem(UUID.randomUUID()),
                        unit,
                        person,
                        today().plusDays(30)))
            .getString("id");
    String reporter = Tokens.reporter(person, unit);
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "已建立台账").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    String verify = ConnectorFixtures.todo(id, "VERIFY").get("id").toString();

    await(() -> weaver(verify).size() >= 2, WAIT, "VERIFY pushed to both verifiers");
    assertEquals(List.of(taken + " 0", refused + " 0"), weaver(verify).subList(0, 2));
    // 泛微 has the 待办 for the one it took: the connector holds it for him
    await(() -> held(verify).equals(List.of(taken)), Duration.ofSeconds(10), "held: " + taken);
  }
}
