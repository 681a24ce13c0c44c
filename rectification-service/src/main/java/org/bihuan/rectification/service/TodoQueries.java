package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.input.QueryParams;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.config.TodoSettings;
import org.bihuan.rectification.mapping.TodoView;

/**
 * Reading to-dos. Verifiers, admins and callers bound to no unit see every to-do; a caller bound to
 * a unit (a reporter) sees the to-dos of his unit's tickets that fall to the unit or its people,
 * not the verifiers', and the SUPERVISE to-dos that name him, whatever the ticket's unit (a leader
 * in charge bound to another unit, 0198). Nobody sees a to-do that names him among the people who
 * must not act on it (the responsible person never sees VERIFY).
 */
@ApplicationScoped
public class TodoQueries {

  @Inject Callers callers;
  @Inject TodoSettings settings;
  @Inject DirectoryIdentities directory;

  /** The filters of GET /todos, checked once. */
  public record Filter(String assignee, List<Todo.Status> statuses, Todo.Kind kind, UUID ticketId) {

    public static Filter parse(String assignee, String status, String kind, String ticketId) {
      QueryParams q = new QueryParams();
      Filter filter =
          new Filter(
              q.text(assignee),
              q.anyOf("status", status, Todo.Status.class),
              q.oneOf("kind", kind, Todo.Kind.class),
              q.uuid("ticketId", ticketId));
      q.check();
      return filter;
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TodoView> list(Filter f, PageRequest page) {
    Actor caller = callers.current();
    StringBuilder q = new StringBuilder("seq > :after");
    var params = new java.util.LinkedHashMap<String, Object>();
    params.put("after", page.after());
    if (f.assignee() != null) {
      // A person's OA login finds his to-dos too (0204).
      q.append(
          " and (assigneeName = :assignee or assigneeExternalId = :assignee"
              + " or (assigneeType = :person and assigneeExternalId in (select p.externalId from"
              + " DirectoryPerson p where p.login = :assignee)))");
      params.put("person", Todo.AssigneeType.PERSON);
      params.put("assignee", f.assignee());
    }
    if (!f.statuses().isEmpty()) {
      q.append(" and status in :statuses");
      params.put("statuses", f.statuses());
    }
    if (f.kind() != null) {
      q.append(" and kind = :kind");
      params.put("kind", f.kind());
    }
    if (f.ticketId() != null) {
      q.append(" and ticketId = :ticketId");
      params.put("ticketId", f.ticketId());
    }
    if (!caller.unrestricted() && caller.unit().isPresent()) {
      // His unit's work, and the 督办 that falls to him by name: a leader in charge supervises
      // other units' tickets.
      q.append(
          " and ((assigneeType <> :role and exists (select 1 from Ticket t join t.responsibleUnits"
              + " u where t.id = ticketId and u.name = :unit))"
              + " or (kind = :supervise and assigneeName in :names))");
      params.put("role", Todo.AssigneeType.ROLE);
      params.put("unit", UnitNames.written(caller.unit().get()));
      params.put("supervise", Todo.Kind.SUPERVISE);
      params.put("names", caller.allNames());
    }
    if (caller.name() != null) {
      q.append(" and not array_contains(notFor, :caller)");
      params.put("caller", caller.name());
    }
    q.append(" order by seq");
    List<Todo> rows = Todo.<Todo>find(q.toString(), params).page(0, page.limit() + 1).list();
    java.util.Map<String, String> logins =
        directory.loginsOf(
            rows.stream()
                .filter(d -> d.assigneeType == Todo.AssigneeType.PERSON)
                .map(d -> d.assigneeExternalId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    return Page.of(
        rows,
        page,
        d -> d.seq,
        d ->
            TodoView.of(
                d,
                settings.linkBaseUrl(),
                d.assigneeType == Todo.AssigneeType.PERSON && d.assigneeExternalId != null
                    ? logins.get(d.assigneeExternalId)
                    : null));
  }
}
