package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;

/**
 * A 泛微 统一待办 and a 致远 第三方待办 on one real HTTP receiver (WireMock) that take every push, the
 * connectors a test registers to them (deactivated by {@link #stop}), what each system received,
 * and the ticket and directory entries the to-do tests start from.
 */
final class OaTodoCentre {

  static final String WEAVER = "/rest/ofs/ReceiveRequestInfoByJson";
  static final String SEEYON_TOKEN = "/seeyon/rest/token";
  static final String RECEIVE = "/seeyon/rest/thirdpartyPending/receive";
  static final String UPDATE = "/seeyon/rest/thirdpartyPending/updatePendingState";

  final WireMockServer oa;
  private final AgroalDataSource dataSource;
  private final List<String> connectors = new ArrayList<>();

  private OaTodoCentre(WireMockServer oa, AgroalDataSource dataSource) {
    this.oa = oa;
    this.dataSource = dataSource;
  }

  /**
   * A receiver on a fresh port taking every 泛微 and 致远 push; the webhooks and connectors earlier
   * tests left active are deactivated first ({@link ConnectorFixtures#withoutEarlierSubscribers}).
   */
  static OaTodoCentre start(AgroalDataSource dataSource) {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    WireMockServer oa = ConnectorFixtures.receiver();
    oa.stubFor(post(urlPathEqualTo(WEAVER)).willReturn(okJson("{\"operResult\": \"1\"}")));
    oa.stubFor(post(urlPathEqualTo(SEEYON_TOKEN)).willReturn(okJson("{\"id\": \"tk\"}")));
    oa.stubFor(post(urlPathEqualTo(RECEIVE)).willReturn(okJson("{\"success\": true}")));
    oa.stubFor(post(urlPathEqualTo(UPDATE)).willReturn(okJson("{\"success\": true}")));
    return new OaTodoCentre(oa, dataSource);
  }

  /** Deactivates the connectors still registered and stops the receiver. */
  void stop() {
    List.copyOf(connectors).forEach(this::deactivate);
    oa.stop();
  }

  /** Registers a connector (201) that {@link #stop} deactivates; its id. */
  String register(String body) {
    String id = ConnectorFixtures.register(body).getString("id");
    connectors.add(id);
    return id;
  }

  void deactivate(String connectorId) {
    if (connectors.remove(connectorId)) {
      ConnectorFixtures.deactivate(connectorId);
    }
  }

  /** A 泛微 connector (syscode ZGDB, no backfill) at this receiver's address. */
  String weaverConnector() {
    return weaverConnector(oa.baseUrl(), "\"syscode\": \"ZGDB\"");
  }

  /** A 泛微 connector (no backfill) at {@code baseUrl} with more {@code options} members. */
  String weaverConnector(String baseUrl, String options) {
    return register(
        """
        {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "%s",
         "options": {"backfill": false, %s}}
        """
            .formatted(baseUrl, options));
  }

  /** A 致远 connector (registerCode 3001, no backfill) with more {@code options} members. */
  String seeyonConnector(String options) {
    return register(
        """
        {"kind": "seeyon-todo", "name": "致远待办", "baseUrl": "%s",
         "credentials": {"restUser": "rest", "restPassword": "pw"},
         "options": {"backfill": false, "registerCode": "3001"%s}}
        """
            .formatted(oa.baseUrl(), options.isEmpty() ? "" : ", " + options));
  }

  /** 泛微's pushes of the to-do: "receiver isremark", in order. */
  List<String> weaver(String todoId) {
    return ConnectorFixtures.bodies(oa, WEAVER, "flowid", todoId).stream()
        .map(b -> b.path("receiver").asText() + " " + b.path("isremark").asText())
        .toList();
  }

  /** 致远's calls at {@code path} (RECEIVE or UPDATE) about the to-do: their {@code field}. */
  List<String> seeyon(String path, String field, String todoId) {
    return ConnectorFixtures.bodies(oa, path, "taskId", todoId).stream()
        .map(b -> b.path(field).asText())
        .toList();
  }

  /** Once the connector's first delivery is DELIVERED (its receivers held, 0349). */
  static void awaitDelivered(String connectorId) {
    ConnectorFixtures.await(
        () ->
            ConnectorFixtures.deliveries(connectorId).stream()
                .anyMatch(d -> "DELIVERED".equals(d.get("state"))),
        Duration.ofSeconds(60),
        "a delivery of " + connectorId + " delivered");
  }

  /** The receivers the OA systems hold the to-do open for: "oa_system receiver", in order. */
  List<String> held(String todoId) {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select oa_system, receiver from connector_todo_receiver where todo_id = ?"
                    + " order by oa_system, receiver")) {
      ps.setString(1, todoId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** As before connector_todo_receiver: no OA system holds a receiver for the to-do. */
  void forget(String todoId) {
    sql("delete from connector_todo_receiver where todo_id = ?", todoId);
  }

  /** Runs {@code sql} with text parameters. */
  void sql(String sql, String... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setString(i + 1, parameters[i]);
      }
      ps.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a migration of this service again, as Flyway ran it. */
  void migration(String resource) {
    String text;
    try (InputStream in = OaTodoCentre.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute(text);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A ticket naming {@code unit} and {@code person} by name alone; its id. */
  static String ticketNaming(String unit, String person) {
    return create(
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
  }

  /**
   * PUTs {@code unit} and {@code person} (with {@code login}) into the directory, so the background
   * job links the tickets naming them; his externalId.
   */
  static String putIntoTheDirectory(String unit, String person, String login) {
    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, unit);
    String personId = DirectoryFixtures.id("P");
    DirectoryFixtures.person(personId, person, unitId, login);
    return personId;
  }
}
