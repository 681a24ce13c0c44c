package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 泛微 deleted and registered again (a new id, the same address and syscode) holds the to-dos its
 * predecessor pushed: when the person of such a to-do is linked later, the new registration closes
 * it under the name it was pushed to (docs/decisions/0349).
 */
@QuarkusTest
class ReRegisteredConnectorClosesEarlierToDosTest extends WithOaTodoCentre {

  @Test
  void theNewRegistrationClosesTheToDoWhereTheOldOneOpenedIt() {
    String first = centre.weaverConnector();
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unit = "测重科" + tag;
    String person = "测重人" + tag;
    String id = OaTodoCentre.ticketNaming(unit, person);
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();
    await(() -> centre.weaver(start).size() == 1, WAIT, "START sent to 泛微");
    OaTodoCentre.awaitDelivered(first);
    centre.deactivate(first);
    // registered again, written with a trailing slash
    centre.weaverConnector(centre.oa.baseUrl() + "/", "\"syscode\": \"ZGDB\"");

    String personId = OaTodoCentre.putIntoTheDirectory(unit, person, "x" + tag);
    await(() -> centre.weaver(start).size() >= 3, WAIT, "START moved in 泛微");
    assertEquals(List.of(person + " 0", personId + " 0", person + " 2"), centre.weaver(start));
  }
}
