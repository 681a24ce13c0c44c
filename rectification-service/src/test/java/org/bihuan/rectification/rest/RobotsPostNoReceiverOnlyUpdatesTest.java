package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A to-do whose person the directory links later changes only its receiver (todo.updated, 0344): a
 * WeCom group robot that takes to-do updates posts nothing for it, while the ticket's change the
 * link made is posted (docs/decisions/0349).
 */
@QuarkusTest
class RobotsPostNoReceiverOnlyUpdatesTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String SEND = "/cgi-bin/webhook/send";

  @Inject AgroalDataSource dataSource;

  private WireMockServer robot;
  private String connectorId;

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    robot = ConnectorFixtures.receiver();
    robot.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson("{\"errcode\": 0}")));
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    robot.stop();
  }

  private List<String> messages() {
    return robot.findAll(postRequestedFor(urlPathEqualTo(SEND))).stream()
        .map(r -> r.getBodyAsString())
        .toList();
  }

  @Test
  void theLinkIsPostedAsTheTicketsChangeAndTheToDoMovesSilently() {
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "wecom-robot", "name": "企业微信督办群", "baseUrl": "%s%s",
                 "credentials": {"key": "k-quiet"}, "events": ["ticket.updated", "todo.updated"]}
                """
                    .formatted(robot.baseUrl(), SEND))
            .getString("id");
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unit = "测群科" + tag;
    String person = "测群人" + tag;
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
    String number = TicketSteps.get(id).getString("number");

    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, unit);
    DirectoryFixtures.person(DirectoryFixtures.id("P"), person, unitId, "x" + tag);
    await(
        () -> messages().stream().anyMatch(m -> m.contains("已修改") && m.contains(number)),
        WAIT,
        "the ticket's change posted");
    // the to-do's update, in the same transaction, would be in that message or the next one
    try {
      Thread.sleep(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertFalse(messages().stream().anyMatch(m -> m.contains("待办变更")), () -> messages().toString());
  }
}
