package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A to-do pushed to 泛微 before the connectors held the receivers they pushed to (no row in {@code
 * connector_todo_receiver}): the migration that holds them from the deliveries 泛微 acknowledged
 * gives the to-do its receiver, so when the directory links the person later the to-do is closed
 * under the name it was pushed to (docs/decisions/0349).
 */
@QuarkusTest
class TodosPushedBeforeReceiversWereHeldTest extends WithOaTodoCentre {

  static final String SEED = "db/migration/V2026_12_14_349_2__todo_receivers_of_earlier_pushes.sql";

  @Test
  void aToDoPushedBeforeIsClosedAtItsOldReceiverWhenItMoves() {
    String connectorId = centre.weaverConnector();
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unit = "测早科" + tag;
    String person = "测早人" + tag;
    String id = OaTodoCentre.ticketNaming(unit, person);
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();
    await(() -> centre.weaver(start).size() == 1, WAIT, "START sent to 泛微");
    // once 泛微's acknowledgement is recorded, forget what the push held
    OaTodoCentre.awaitDelivered(connectorId);
    centre.forget(start);
    centre.migration(SEED);

    String personId = OaTodoCentre.putIntoTheDirectory(unit, person, "x" + tag);
    await(() -> centre.weaver(start).size() >= 3, WAIT, "START moved in 泛微");
    assertEquals(List.of(person + " 0", personId + " 0", person + " 2"), centre.weaver(start));
  }
}
