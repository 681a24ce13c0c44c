package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.input.QueryParams;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.text.Logins;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.config.TodoSettings;
import org.bihuan.rectification.mapping.TodoView;

/**
 * Reading to-dos. Verifiers, admins and callers bound to no unit see every to-do; a caller bound to
 * a unit (a reporter) sees the work to-dos (START, REPORT, SUBMIT) that fall to his unit by name or
 * to the responsible person of a ticket his unit answers for — not another responsible unit's, not
 * those of tickets his unit only helps with (co-responsible), not the verifiers' nor the leader's —
 * and the SUPERVISE to-dos that name him, whatever the ticket's unit (a leader in charge bound to
 * another unit, 0198, 0256). Nobody sees a to-do he must not act on, by the rule of the guard that
 * would refuse him ({@link TodoExclusions}; the responsible person never sees VERIFY).
 */
@ApplicationScoped
public class TodoQueries {

  @Inject Callers callers;
  @Inject TodoSettings settings;
  @Inject DirectoryIdentities directory;
  @Inject TodoExclusions exclusions;

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

  /**
   * The stored unit names (of to-dos assigned to units and of tickets' responsible units) the
   * caller bound to a unit acts for, by the write guards' own rule ({@link Actor#actsFor}): ＡＢ科 for
   * a claim ab科, 纪检监察室 for 紀檢監察室 (0351); and those stored under an earlier name for the directory
   * units whose name now is his unit's: he writes to their tickets (0348), so he sees their to-dos.
   * His claim as stored is always among them. Looked up by the names' keys and the units' ids, so a
   * request reads his unit's names, not every name stored (0357).
   */
  @SuppressWarnings("unchecked")
  private static List<String> unitNames(Actor caller) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    out.add(UnitNames.written(caller.unit().get()));
    String key = UnitNames.certainKey(caller.unit().get());
    if (key.isEmpty()) {
      return new ArrayList<>(out);
    }
    String[] ids = OwnUnits.idsActedFor(caller).toArray(String[]::new);
    List<String> stored =
        Todo.getEntityManager()
            .createNativeQuery(
                "select assignee_name from todo where assignee_type = 'UNIT' and"
                    + " (assignee_unit_key = ?1 or assignee_external_id = any(?2))"
                    + " union select name from ticket_unit where name_key = ?1 or"
                    + " external_id = any(?2)")
            .setParameter(1, key)
            .setParameter(2, ids)
            .getResultList();
    stored.stream().filter(java.util.Objects::nonNull).forEach(out::add);
    return new ArrayList<>(out);
  }

  /**
   * The rows of the query from {@code after} on, up to {@code limit + 1}, leaving out the to-dos
   * the caller must not act on by the guards' own rule ({@link TodoExclusions}: the directory
   * people his claims name and his folded names, 0256). A caller the directory cannot tell apart (a
   * login two people share, a login it took from someone) is refused by the guards, so he sees none
   * of the to-dos that exclude someone.
   */
  private List<Todo> visible(
      String query, Map<String, Object> params, PageRequest page, Actor caller) {
    Actor who;
    boolean unknown = false;
    try {
      who = caller.named() ? callers.identified() : caller;
    } catch (ApiProblem refused) {
      who = caller;
      unknown = true;
    }
    TodoExclusions.Memo memo = new TodoExclusions.Memo();
    List<Todo> out = new ArrayList<>();
    long after = page.after();
    while (out.size() <= page.limit()) {
      params.put("after", after);
      List<Todo> rows = Todo.<Todo>find(query, params).page(0, page.limit() + 1).list();
      for (Todo d : rows) {
        after = d.seq;
        boolean excluding = d.notFor != null && d.notFor.length > 0;
        if (excluding && caller.named() && (unknown || exclusions.excludes(d, who, memo))) {
          continue;
        }
        out.add(d);
        if (out.size() > page.limit()) {
          break;
        }
      }
      if (rows.size() <= page.limit()) {
        break;
      }
    }
    return out;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TodoView> list(Filter f, PageRequest page) {
    Actor caller = callers.current();
    StringBuilder q = new StringBuilder("seq > :after");
    Map<String, Object> params = new java.util.LinkedHashMap<>();
    params.put("after", page.after());
    if (f.assignee() != null) {
      // A name as names are compared everywhere (folded: width, case, blanks, 繁简), an
      // externalId, or a person's OA login by its key (ZhangSan is zhangsan, 0204, 0229; 0256).
      q.append(" and (assigneeName = :assignee or assigneeExternalId = :assignee");
      String key = PersonNames.key(f.assignee());
      if (!key.isEmpty()) {
        // a name written otherwise, by its key (0357); a name without letter or digit as given
        q.append(" or assigneeNameKey = :nameKey");
        params.put("nameKey", key);
      }
      String login = Logins.key(f.assignee());
      if (login != null && !login.isEmpty()) {
        q.append(
            " or (assigneeType = :person and assigneeExternalId in (select p.externalId from"
                + " DirectoryPerson p where p.loginKey = :login))");
        params.put("person", Todo.AssigneeType.PERSON);
        params.put("login", login);
      }
      q.append(")");
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
      // The unit's work (START, REPORT, SUBMIT) when it falls to his unit by name, or to the
      // responsible person of a ticket his unit answers for; not another responsible unit's, not
      // a co-responsible unit's (配合单位 answer for nothing), not the leader's 督办 (0256).
      q.append(
          " and ((kind in :work and ((assigneeType = :unitType and assigneeName in :units)"
              + " or (assigneeType = :person and exists (select 1 from Ticket t join"
              + " t.responsibleUnits u where t.id = ticketId and u.name in :units))))"
              + " or (kind = :supervise and assigneeName in :callerNames))");
      params.put("work", List.of(Todo.Kind.START, Todo.Kind.REPORT, Todo.Kind.SUBMIT));
      params.put("unitType", Todo.AssigneeType.UNIT);
      params.put("person", Todo.AssigneeType.PERSON);
      params.put("units", unitNames(caller));
      params.put("supervise", Todo.Kind.SUPERVISE);
      // not :names, the assignee filter's (0351)
      params.put("callerNames", caller.allNames());
    }
    q.append(" order by seq");
    List<Todo> rows = visible(q.toString(), params, page, caller);
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
