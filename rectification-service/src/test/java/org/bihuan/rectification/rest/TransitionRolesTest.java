package org.bihuan.rectification.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.bihuan.rectification.service.TicketWorkflow;
import org.bihuan.rectification.service.TicketWorkflow.Action;
import org.junit.jupiter.api.Test;

/**
 * The roles of each transition live in the workflow's table; the endpoint declares the same ones,
 * so that a caller who may never take the action is refused before the request body is even read
 * (docs/decisions/0168). This holds the two together.
 */
class TransitionRolesTest {

  @Test
  void eachTransitionEndpointAllowsExactlyTheRolesOfItsActionInTheTable() {
    int checked = 0;
    for (Method m : TicketTransitionResource.class.getDeclaredMethods()) {
      Path path = m.getAnnotation(Path.class);
      if (path == null || !path.value().startsWith("/{id}/")) {
        continue;
      }
      String name = path.value().substring("/{id}/".length());
      Action action;
      try {
        action = Action.valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException notATransition) {
        continue;
      }
      RolesAllowed declared = m.getAnnotation(RolesAllowed.class);
      assertEquals(
          TicketWorkflow.rolesFor(action),
          new TreeSet<>(Set.of(declared.value())),
          "@RolesAllowed of POST /tickets/{id}/" + name);
      checked++;
    }
    assertEquals(Action.values().length, checked, "every transition has an endpoint");
  }
}
