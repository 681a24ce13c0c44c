package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A to-do pushed to 泛微 before the connectors held the receivers they pushed to (no row in {@code
 * connector_todo_receiver}): the migration that holds them from the deliveries 泛微 acknowledged
 * gives the to-do its receiver, so when the directory links the person later the to-do is closed
 * under the name it was pushed to (docs/decisions/0349).
 */
@QuarkusTest
class TodosPushedBeforeReceiversWereHeldTest {

  static final String SEED = "db/migration/V2026_12_14_349_2__todo_receivers_of_earlier_pushes.sql";

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

  /** As before the table: the connector holds no receiver for the to-do. */
  private void forget(String todoId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("delete from connector_todo_receiver where todo_id = ?")) {
      ps.setString(1, todoId);
      ps.executeUpdate();
    }
  }

  /** Runs the migration that holds the receivers of earlier pushes (as Flyway ran it). */
  private void seed() throws SQLException, IOException {
    String sql;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(SEED)) {
      assertNotNull(in, SEED);
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  @Test
  void aToDoPushedBeforeIsClosedAtItsOldReceiverWhenItMoves() throws Exception {
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "%s",
                 "options": {"backfill": false, "syscode": "ZGDB"}}
                """
                    .formatted(oa.baseUrl()))
            .getString("id");
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unit = "测早科" + tag;
    String person = "测早人" + tag;
    String id =
        create(
                """
                {"problemIds": ["%s"], "measure": "建立谈心谈话制度",
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
    await(() -> weaver(start).size() == 1, WAIT, "START sent to 泛微");
    // once 泛微's acknowledgement is recorded, forget what the push held
    await(
        () ->
            ConnectorFixtures.deliveries(connectorId).stream()
                .anyMatch(d -> "DELIVERED".equals(d.get("state"))),
        WAIT,
        "START delivered");
    forget(start);
    seed();

    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, unit);
    String personId = DirectoryFixtures.id("P");
    DirectoryFixtures.person(personId, person, unitId, "x" + tag);
    await(() -> weaver(start).size() >= 3, WAIT, "START moved in 泛微");
    assertEquals(List.of(person + " 0", personId + " 0", person + " 2"), weaver(start));
  }
}
