package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
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
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 泛微 deleted and registered again (a new id, the same address and syscode) holds the to-dos its
 * predecessor pushed: when the person of such a to-do is linked later, the new registration closes
 * it under the name it was pushed to (docs/decisions/0349).
 */
@QuarkusTest
class ReRegisteredConnectorClosesEarlierToDosTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String WEAVER = "/rest/ofs/ReceiveRequestInfoByJson";

  @Inject AgroalDataSource dataSource;

  private WireMockServer oa;
  private final List<String> connectors = new ArrayList<>();

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    oa = ConnectorFixtures.receiver();
    oa.stubFor(post(urlPathEqualTo(WEAVER)).willReturn(okJson("{\"operResult\": \"1\"}")));
  }

  @AfterEach
  void stop() {
    oa.stop();
  }

  private List<String> weaver(String todoId) {
    return ConnectorFixtures.bodies(oa, WEAVER, "flowid", todoId).stream()
        .map(b -> b.path("receiver").asText() + " " + b.path("isremark").asText())
        .toList();
  }

  private String register(String baseUrl) {
    return ConnectorFixtures.register(
            """
            {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "%s",
             "options": {"backfill": false, "syscode": "ZGDB"}}
            """
                .formatted(baseUrl))
        .getString("id");
  }

  @Test
  void theNewRegistrationClosesTheToDoWhereTheOldOneOpenedIt() {
    String first = register(oa.baseUrl());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unit = "测重科" + tag;
    String person = "测重人" + tag;
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
    await(
        () ->
            ConnectorFixtures.deliveries(first).stream()
                .anyMatch(d -> "DELIVERED".equals(d.get("state"))),
        WAIT,
        "START delivered");
    ConnectorFixtures.deactivate(first);
    // registered again, written with a trailing slash
    String second = register(oa.baseUrl() + "/");

    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, unit);
    String personId = DirectoryFixtures.id("P");
    DirectoryFixtures.person(personId, person, unitId, "x" + tag);
    try {
      await(() -> weaver(start).size() >= 3, WAIT, "START moved in 泛微");
      assertEquals(List.of(person + " 0", personId + " 0", person + " 2"), weaver(start));
    } finally {
      ConnectorFixtures.deactivate(second);
    }
  }
}
