package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Who receives a to-do in an OA system. */
final class TodoReceivers {

  private TodoReceivers() {}

  /**
   * The receivers of a to-do, as the OA system identifies people: a person's or unit's externalId
   * when known, else the name as given; a role's to-do goes to the people the connector lists for
   * the role ({@code options.roleReceivers}), except those it names in notFor, else to the role's
   * name. The one place this choice is made: when people carry their OA login, it goes here.
   */
  static List<String> of(ConnectorEvent todo, JsonNode options) {
    if (!"ROLE".equals(todo.assigneeType())) {
      String id = todo.assigneeExternalId();
      return List.of(id != null ? id : todo.assigneeName());
    }
    JsonNode listed = options.path("roleReceivers").path(todo.assigneeName());
    List<String> notFor = todo.notFor();
    List<String> out = new ArrayList<>();
    for (JsonNode r : listed) {
      String login = r.isObject() ? r.path("login").asText() : r.asText();
      String name = r.isObject() ? r.path("name").asText() : login;
      if (!login.isBlank() && !notFor.contains(name) && !notFor.contains(login)) {
        out.add(login);
      }
    }
    return listed.isArray() && listed.size() > 0 ? out : List.of(todo.assigneeName());
  }
}
