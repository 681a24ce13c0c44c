package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A to-do whose person the directory links later changes only its receiver (todo.updated, 0344): a
 * WeCom group robot that takes to-do updates posts nothing for it, while the ticket's change the
 * link made is posted (docs/decisions/0349).
 */
@QuarkusTest
class RobotsPostNoReceiverOnlyUpdatesTest extends WithOaTodoCentre {

  private static final String SEND = "/cgi-bin/webhook/send";

  @BeforeEach
  void robot() {
    centre.oa.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson("{\"errcode\": 0}")));
  }

  private List<String> messages() {
    return centre.oa.findAll(postRequestedFor(urlPathEqualTo(SEND))).stream()
        .map(r -> r.getBodyAsString())
        .toList();
  }

  @Test
  void theLinkIsPostedAsTheTicketsChangeAndTheToDoMovesSilently() {
    centre.register(
        """
        {"kind": "wecom-robot", "name": "企业微信督办群", "baseUrl": "%s%s",
         "credentials": {"key": "k-quiet"}, "events": ["ticket.updated", "todo.updated"]}
        """
            .formatted(centre.oa.baseUrl(), SEND));
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unit = "测群科" + tag;
    String person = "测群人" + tag;
    String id = OaTodoCentre.ticketNaming(unit, person);
    String number = TicketSteps.get(id).getString("number");

    OaTodoCentre.putIntoTheDirectory(unit, person, "x" + tag);
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
