package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A 泛微 registration whose syscode is blank (registered before a syscode was required; blank as the
 * connector reads it: an ideographic space, a tab, a space) files the receivers it holds under one
 * OA system, whether the connector held them or the migration seeded them from its deliveries: the
 * migration's row is the connector's, and the connector closes the to-do where the seed says it is
 * open (docs/decisions/0356).
 */
@QuarkusTest
class BlankCodeIsOneOaSystemTest extends WithOaTodoCentre {

  @Test
  void theMigrationAndTheConnectorKeyABlankCodeAlike() {
    String connector = centre.weaverConnector();
    centre.sql(
        "update webhook_subscription set options = jsonb_set(options::jsonb, '{syscode}',"
            + " ?::jsonb)::text where id = ?::uuid",
        "\"\\u3000\\t \"",
        connector);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unit = "测空科" + tag;
    String person = "测空人" + tag;
    String id = OaTodoCentre.ticketNaming(unit, person);
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();
    await(() -> centre.weaver(start).size() == 1, WAIT, "START sent to 泛微");
    OaTodoCentre.awaitDelivered(connector);
    List<String> heldByTheConnector = centre.held(start);
    assertEquals(1, heldByTheConnector.size(), heldByTheConnector::toString);

    // as before the table: the migration seeds the receiver from the acknowledged delivery
    centre.forget(start);
    centre.migration(TodosPushedBeforeReceiversWereHeldTest.SEED);
    assertEquals(heldByTheConnector, centre.held(start));

    // and the connector finds it: the link closes the to-do under the name it was pushed to
    String personId = OaTodoCentre.putIntoTheDirectory(unit, person, "kb" + tag);
    await(() -> centre.weaver(start).size() >= 3, WAIT, "START moved in 泛微");
    assertEquals(List.of(person + " 0", personId + " 0", person + " 2"), centre.weaver(start));
  }
}
