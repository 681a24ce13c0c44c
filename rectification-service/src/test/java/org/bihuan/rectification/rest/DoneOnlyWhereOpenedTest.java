package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.OaTodoCentre.RECEIVE;
import static org.bihuan.rectification.rest.OaTodoCentre.UPDATE;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A to-do centre registered (without backfill) after a to-do was opened never had its 待办: the
 * to-do's done is not sent there, neither to 泛微 nor to 致远, while the next to-do is
 * (docs/decisions/0349).
 */
@QuarkusTest
class DoneOnlyWhereOpenedTest extends WithOaTodoCentre {

  @Test
  void aToDoOpenedBeforeTheRegistrationGetsNoDoneThere() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unit = unit("测办科");
    String person = "测办人" + tag;
    String id = OaTodoCentre.ticketNaming(unit, person);
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();
    centre.weaverConnector();
    centre.seeyonConnector("");

    act(Tokens.reporter(person, unit), id, "start", null).then().statusCode(200);
    String submit = ConnectorFixtures.todo(id, "SUBMIT").get("id").toString();
    // the SUBMIT to-do comes after START's done in the feed: once it is there, the done was handled
    await(() -> !centre.weaver(submit).isEmpty(), WAIT, "SUBMIT sent to 泛微");
    await(() -> !centre.seeyon(RECEIVE, "taskId", submit).isEmpty(), WAIT, "SUBMIT sent to 致远");
    assertEquals(List.of(), centre.weaver(start));
    assertEquals(List.of(), centre.seeyon(UPDATE, "taskId", start));
  }
}
