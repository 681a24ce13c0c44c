package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.TicketHistoryEntry;
import org.bihuan.rectification.mapping.HistoryView;
import org.bihuan.rectification.mapping.TicketView;

/** Reading tickets: one ticket, lists, history; the figures are computed for today. */
@ApplicationScoped
public class TicketQueries {

  @Inject OrganisationClock clock;
  @Inject TicketLocks locks;
  @Inject EntityManager em;

  /** A ticket's state and problems as one statement reads them, before an edit locks the row. */
  public record Linked(Ticket.Status status, Set<UUID> problems) {}

  public Linked linked(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select t.status, p.problem_id from ticket t"
                    + " left join ticket_problem p on p.ticket_id = t.id where t.id = :id")
            .setParameter("id", id)
            .getResultList();
    if (rows.isEmpty()) {
      throw ApiProblem.notFound("ticket", id);
    }
    Set<UUID> problems =
        rows.stream()
            .map(r -> r[1])
            .filter(Objects::nonNull)
            .map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString()))
            .collect(Collectors.toSet());
    return new Linked(Ticket.Status.valueOf(rows.get(0)[0].toString()), problems);
  }

  /**
   * A ticket as read for a GET: its version, the date its figures are for, and its view, built only
   * when asked for (a 304 does not build it).
   */
  public record Read(long version, LocalDate asOf, Supplier<TicketView> view) {}

  /** One statement: the row with its problems and units (TicketRows). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Read get(UUID id) {
    @SuppressWarnings("unchecked")
    List<Tuple> rows =
        em.createNativeQuery(TicketRows.SELECT + " where t.id = :id", Tuple.class)
            .setParameter("id", id)
            .getResultList();
    if (rows.isEmpty()) {
      throw ApiProblem.notFound("ticket", id);
    }
    Ticket t = TicketRows.of(rows.get(0));
    LocalDate today = clock.today();
    return new Read(t.version, today, () -> TicketView.of(t, today));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<HistoryView> history(UUID id, PageRequest page) {
    locks.find(id);
    List<TicketHistoryEntry> rows =
        TicketHistoryEntry.<TicketHistoryEntry>find(
                "ticketId = ?1 and id > ?2 order by id", id, page.after())
            .page(0, page.limit() + 1)
            .list();
    return Page.of(rows, page, h -> h.id, HistoryView::of);
  }

  /**
   * Tickets matching the filters, in creation order. The figures (overdue, light) are filtered in
   * SQL by {@link DeadlineRules.Sql}, the same rules the views are computed with.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TicketView> list(TicketFilter f, PageRequest page) {
    StringBuilder sql = new StringBuilder(TicketRows.SELECT).append(" where t.seq > :after");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("after", page.after());
    LocalDate today = clock.today();
    boolean needsToday = false;
    if (!f.statuses().isEmpty()) {
      sql.append(" and t.status in (:statuses)");
      params.put("statuses", f.statuses().stream().map(Enum::name).toList());
    }
    if (f.unit() != null) {
      sql.append(
          " and exists (select 1 from ticket_unit u where u.ticket_id = t.id and u.name = :unit)");
      params.put("unit", UnitNames.written(f.unit()));
    }
    // One person however written (赵验收, 赵 验收, 趙驗收): compared by PersonNames.groupKey (0240).
    if (f.person() != null) {
      personKey(sql, params, "t.responsible_person_key", "person", f.person());
    }
    if (f.leader() != null) {
      personKey(sql, params, "t.leader_in_charge_key", "leader", f.leader());
    }
    if (f.problemId() != null) {
      sql.append(
          " and exists (select 1 from ticket_problem p where p.ticket_id = t.id"
              + " and p.problem_id = :problemId)");
      params.put("problemId", f.problemId());
    }
    if (f.sourceId() != null) {
      sql.append(
          " and exists (select 1 from ticket_problem p where p.ticket_id = t.id"
              + " and p.source_id = :sourceId)");
      params.put("sourceId", f.sourceId());
    }
    if (f.overdue() != null) {
      sql.append(f.overdue() ? " and " : " and not ").append(DeadlineRules.Sql.OVERDUE);
      needsToday = true;
    }
    if (f.light() != null) {
      sql.append(" and ").append(DeadlineRules.Sql.light(f.light()));
      needsToday = true;
    }
    if (f.dueBefore() != null) {
      sql.append(" and t.effective_deadline < :dueBefore");
      params.put("dueBefore", f.dueBefore());
    }
    if (f.ids() != null) {
      sql.append(" and t.id in (:ids)");
      params.put("ids", f.ids());
    }
    if (f.externalRef() != null) {
      sql.append(" and t.external_ref = :externalRef");
      params.put("externalRef", f.externalRef());
    }
    if (needsToday) {
      params.put("today", today);
    }
    sql.append(" order by t.seq limit :limit");
    params.put("limit", page.limit() + 1);
    Query q = em.createNativeQuery(sql.toString(), Tuple.class);
    params.forEach(q::setParameter);
    @SuppressWarnings("unchecked")
    List<Tuple> rows = q.getResultList();
    List<Ticket> tickets = rows.stream().map(TicketRows::of).toList();
    return Page.of(tickets, page, t -> t.seq, t -> TicketView.of(t, today));
  }

  /** A person filter: the column holds the name's group key; a name of blanks finds no one. */
  private static void personKey(
      StringBuilder sql, Map<String, Object> params, String column, String param, String name) {
    String key = PersonNames.groupKey(name);
    if (key == null) {
      sql.append(" and false");
      return;
    }
    sql.append(" and ").append(column).append(" = :").append(param);
    params.put(param, key);
  }
}
