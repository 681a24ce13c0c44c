package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.Todo.AssigneeType;
import org.bihuan.rectification.config.TodoSettings;
import org.bihuan.rectification.mapping.TodoView;

/**
 * A person's OA login changed in the directory (a PUT or a sync): each of his open to-dos is shown
 * again ({@code todo.updated}) with the new login, so that a to-do centre that files to-dos by
 * login (致远's noneBindingReceiver) moves them at once — open at the new login, done at the old one
 * — as 0344 moves a to-do whose person the directory links (docs/decisions/0356). Nothing else of
 * the to-do changes; group robots post no line for it (0349).
 */
@ApplicationScoped
public class LoginChanges {

  @Inject ChangeFeed feed;
  @Inject TodoSettings settings;

  /** Tells the connectors that {@code externalId}'s login is now {@code login} (null: none). */
  void toDosFollow(String externalId, String login) {
    List<Todo> open =
        Todo.list(
            "assigneeType = ?1 and assigneeExternalId = ?2 and status = ?3 order by seq",
            AssigneeType.PERSON,
            externalId,
            Todo.Status.OPEN);
    for (Todo d : open) {
      TodoView view = TodoView.of(d, settings.linkBaseUrl(), login);
      feed.append("todo.updated", "todo", d.id, () -> view);
    }
  }
}
