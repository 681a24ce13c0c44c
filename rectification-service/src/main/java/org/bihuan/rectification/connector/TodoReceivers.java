package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.service.DirectoryIdentities;
import org.bihuan.rectification.service.TodoExclusions;

/** Who receives a to-do in an OA system. */
@ApplicationScoped
public class TodoReceivers {

  @Inject TodoExclusions exclusions;
  @Inject DirectoryIdentities directory;

  /**
   * The receivers of a to-do, as the OA system identifies people: a person's or unit's externalId
   * when known (with {@code byLogin}, a person's OA login as the directory has it now, else his
   * externalId), else the name as given; a role's to-do goes to the people the connector lists for
   * the role ({@code options.roleReceivers}), except those the guards would refuse the to-do's
   * action — the ticket's parties, by the directory people a listed login names and by folded names
   * ({@link TodoExclusions}, decision 0256), each once. A role's to-do for which the connector
   * lists nobody has no receiver there: the role's name is nobody's account in the OA system, and a
   * push it refuses would be retried and hold back every later to-do of the connector (0328); the
   * to-do list (GET /todos) still shows it. The one place this choice is made.
   */
  @Transactional
  List<String> of(ConnectorEvent todo, JsonNode options, boolean byLogin) {
    if (!"ROLE".equals(todo.assigneeType())) {
      String id = todo.assigneeExternalId();
      if (id != null && byLogin && "PERSON".equals(todo.assigneeType())) {
        String login = directory.loginsOf(List.of(id)).get(id);
        return List.of(login != null ? login : id);
      }
      return List.of(id != null ? id : todo.assigneeName());
    }
    JsonNode listed = options.path("roleReceivers").path(todo.assigneeName());
    UUID todoId = UUID.fromString(todo.text("id"));
    TodoExclusions.Memo memo = new TodoExclusions.Memo();
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (JsonNode r : listed) {
      String login = r.isObject() ? r.path("login").asText() : r.asText();
      String name = r.isObject() ? r.path("name").asText(null) : null;
      if (!login.isBlank()
          && !out.contains(login)
          && !exclusions.excludesReceiver(todoId, login, name, memo)) {
        out.add(login);
      }
    }
    return List.copyOf(out);
  }

  /** {@link #of(ConnectorEvent, JsonNode, boolean)} by externalId. */
  @Transactional
  List<String> of(ConnectorEvent todo, JsonNode options) {
    return of(todo, options, false);
  }
}
