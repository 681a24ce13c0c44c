package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.OaTodoCentre.RECEIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 泛微 and 致远 connectors deleted and registered again for the same OA systems with backfill: the new
 * registrations send the to-do opened while none was registered, and not again the one the systems
 * hold from their predecessors (docs/decisions/0356).
 */
@QuarkusTest
class BackfillSkipsToDosTheSystemHoldsTest extends WithOaTodoCentre {

  private static final String FIELD = "thirdReceiverId";

  private String withBackfill(String kind, String options) {
    return centre.register(
        """
        {"kind": "%s", "name": "重新登记", "baseUrl": "%s",
         "credentials": %s, "options": {"backfill": true, %s}}
        """
            .formatted(
                kind,
                centre.oa.baseUrl(),
                kind.equals("seeyon-todo")
                    ? "{\"restUser\": \"rest\", \"restPassword\": \"pw\"}"
                    : "{}",
                options));
  }

  @Test
  void theNewRegistrationSendsOnlyTheToDoTheSystemDoesNotHold() {
    String weaver = centre.weaverConnector();
    String seeyon = centre.seeyonConnector("");
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String held = "测持人" + tag;
    String heldTicket = OaTodoCentre.ticketNaming("测持科" + tag, held);
    String heldStart = ConnectorFixtures.todo(heldTicket, "START").get("id").toString();
    await(() -> centre.weaver(heldStart).size() == 1, WAIT, "START sent to 泛微");
    await(() -> centre.seeyon(RECEIVE, FIELD, heldStart).size() == 1, WAIT, "START sent to 致远");
    OaTodoCentre.awaitDelivered(weaver);
    OaTodoCentre.awaitDelivered(seeyon);
    centre.deactivate(weaver);
    centre.deactivate(seeyon);

    // opened while neither system had a connector
    String missed = "测漏人" + tag;
    String missedTicket = OaTodoCentre.ticketNaming("测漏科" + tag, missed);
    String missedStart = ConnectorFixtures.todo(missedTicket, "START").get("id").toString();

    String weaverAgain = withBackfill("weaver-todo", "\"syscode\": \"ZGDB\"");
    String seeyonAgain = withBackfill("seeyon-todo", "\"registerCode\": \"3001\"");
    await(() -> centre.weaver(missedStart).size() == 1, WAIT, "the missed START sent to 泛微");
    await(
        () -> centre.seeyon(RECEIVE, FIELD, missedStart).size() == 1,
        WAIT,
        "the missed START sent to 致远");
    assertEquals(List.of(missed + " 0"), centre.weaver(missedStart));
    // the backfill goes in feed order: the held START came first and was not sent again
    await(
        () ->
            ConnectorFixtures.deliveries(weaverAgain).stream()
                    .allMatch(d -> "DELIVERED".equals(d.get("state")))
                && ConnectorFixtures.deliveries(seeyonAgain).stream()
                    .allMatch(d -> "DELIVERED".equals(d.get("state"))),
        WAIT,
        "the backfills delivered");
    assertEquals(List.of(held + " 0"), centre.weaver(heldStart));
    assertEquals(List.of(held), centre.seeyon(RECEIVE, FIELD, heldStart));
  }
}
