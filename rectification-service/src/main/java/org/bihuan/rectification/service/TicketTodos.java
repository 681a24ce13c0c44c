package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.ResponsibleUnit;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Ticket.Status;
import org.bihuan.rectification.TicketHistoryEntry;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.Todo.AssigneeType;
import org.bihuan.rectification.Todo.Kind;
import org.bihuan.rectification.config.TodoSettings;
import org.bihuan.rectification.mapping.TodoView;

/**
 * 待办 derived from a ticket's state (DOMAIN.md "Who must act next"). After every recorded change of
 * a ticket ({@link TicketHistory#record}), the to-dos the ticket calls for now are compared with
 * the open ones: those no longer called for are done (cancelled with the ticket), new ones are
 * opened. The caller holds the ticket's row lock, so two changes of one ticket never reconcile at
 * once; the partial unique index on open to-dos is the last guard. The CLOSE to-do of each problem
 * the ticket addresses is reconciled with it ({@link ProblemTodos}).
 */
@ApplicationScoped
public class TicketTodos {

  /** The role a VERIFY or DECIDE_EXTENSION to-do is assigned to. */
  public static final String VERIFIER_ROLE = "verifier";

  private static final int TITLE_MEASURE_CHARS = 60;

  /**
   * Tickets reconciled per transaction by {@link #sweepBatch}: a reconciliation costs some ten
   * statements and its events, so a batch of {@link DeadlineNotices#BATCH} (500) outlived the
   * transaction timeout on a busy machine, was rolled back and began again at the next run, never
   * settling while it held up to 500 ticket rows (docs/decisions/0274).
   */
  static final int SWEEP_BATCH = 50;

  @Inject ChangeFeed feed;
  @Inject OrganisationClock clock;
  @Inject TicketService tickets;
  @Inject TodoSettings settings;
  @Inject ProblemTodos problemTodos;
  @Inject DirectoryIdentities directory;

  /** A to-do the ticket calls for now. */
  record Wanted(
      Kind kind,
      AssigneeType type,
      String name,
      String externalId,
      String round,
      LocalDate dueDate,
      Set<String> notFor) {

    UUID id(UUID ticketId) {
      return TodoIdentity.id(ticketId, kind, type, name, externalId, round);
    }
  }

  /**
   * The same (ticket, kind, assignee, round) always gives the same id: an assignee without a
   * directory id by his name ({@link TodoIdentity}, docs/decisions/0356).
   */
  public static UUID stableId(
      UUID ticketId, Kind kind, AssigneeType type, String name, String round) {
    return TodoIdentity.byName(ticketId, kind, type, name, round);
  }

  void reconcile(Ticket t, Instant now) {
    reconcile(t, now, List.of(), false);
  }

  /**
   * Reconciles the ticket's to-dos after a change whose history {@code entries} are not yet
   * written: they are appended by the statement that reads what the reconciliation needs (0395).
   * {@code last}: the transaction changes the ticket no more, so its change events are written with
   * the to-dos ({@link ChangeFeed#take}).
   */
  void reconcile(Ticket t, Instant now, List<TicketHistoryEntry> entries, boolean last) {
    List<UUID> problemIds = t.problems.stream().map(p -> p.problemId).toList();
    // The ticket's row is written first (its version, its state); then one statement appends the
    // entries and reads the round (counting them), the pending extension, an open CLOSE to-do and
    // the to-dos: the open ones, and those of the rounds the ticket can call for now, among which
    // are those that exist already of the ones called for (a round called for again opens its
    // to-do again under its id, or the one by name of before 0356). Read and written in SQL,
    // outside the session: no flush walks them (0380).
    Todo.getEntityManager().flush();
    TodoStanding.Read read =
        TodoStanding.read(
            Todo.getEntityManager(),
            t.id,
            problemIds,
            entries,
            List.of(reportRound(t), superviseRound(t)));
    Standing standing = read.standing();
    Map<UUID, Wanted> wanted = new LinkedHashMap<>();
    for (Wanted w : wanted(t, standing)) {
      wanted.put(w.id(t.id), w);
    }
    Map<UUID, Todo> known = new LinkedHashMap<>();
    read.todos().forEach(o -> known.put(o.id, o));
    List<Todo> open = known.values().stream().filter(o -> o.status == Todo.Status.OPEN).toList();
    // An open to-do keeps its id while its assignee is the same (by directory id, 0356).
    Map<UUID, UUID> paired = TodoIdentity.pair(open, wanted);
    Set<UUID> stillOpen = new LinkedHashSet<>();
    List<Todo> closed = new ArrayList<>();
    List<Todo> written = new ArrayList<>();
    for (Todo o : open) {
      UUID key = paired.get(o.id);
      Wanted w = key == null ? null : wanted.get(key);
      if (w == null) {
        o.status = t.status == Status.CANCELLED ? Todo.Status.CANCELLED : Todo.Status.DONE;
        o.doneAt = now;
        closed.add(o);
        emit("todo.done", o);
      } else {
        // Still called for: keep its date and exclusions current (an approved extension moves it).
        // A new due date, title, name or receiver (the directory linked the person, 0344) is what
        // an OA system shows, so it is told (todo.updated).
        String title = title(t, w.kind());
        String[] notFor = w.notFor().toArray(String[]::new);
        boolean shown =
            !Objects.equals(o.dueDate, w.dueDate())
                || !Objects.equals(o.title, title)
                || !o.assigneeName.equals(w.name())
                || !Objects.equals(o.assigneeExternalId, w.externalId());
        if (shown || !Arrays.equals(o.notFor, notFor)) {
          written.add(o);
        }
        o.dueDate = w.dueDate();
        o.assigneeName = w.name();
        o.assigneeExternalId = w.externalId();
        o.notFor = notFor;
        o.title = title;
        stillOpen.add(key);
        if (shown) {
          emit("todo.updated", o);
        }
      }
    }
    Set<UUID> fresh = new HashSet<>();
    if (TodoIdentity.reopensAnIndexKey(closed, TodoIdentity.toOpen(wanted, stillOpen))) {
      // Closed rows first, so the unique index on open to-dos never sees two at once. Only where
      // one to be opened has the index key of one just closed: a statement of its own (0374).
      TodoRows.write(Todo.getEntityManager(), closed, fresh);
    } else {
      written.addAll(0, closed);
    }
    // The problem's CLOSE to-do before the ticket's opens: a reopen closes it (todo.done) before
    // the SUBMIT it calls for opens, as every close and update precedes the opens (0352).
    problemTodos.afterTicketChange(t.status, problemIds, standing.closeOpen(), now);
    for (Map.Entry<UUID, Wanted> e : wanted.entrySet()) {
      if (stillOpen.contains(e.getKey())) {
        continue;
      }
      Wanted w = e.getValue();
      Todo d = TodoIdentity.earlier(t.id, e.getKey(), w, known, open);
      if (d == null) {
        d = new Todo();
        d.id = e.getKey();
        fresh.add(d.id);
        d.ticketId = t.id;
        d.kind = w.kind();
        d.assigneeType = w.type();
        d.roundKey = w.round();
      }
      // The same round called for again (e.g. a responsible person changed and changed back):
      // the same to-do opens again under its id, under the name the ticket gives now.
      d.assigneeName = w.name();
      d.problemId = t.problems.isEmpty() ? null : t.problems.get(0).problemId;
      d.assigneeExternalId = w.externalId();
      d.title = title(t, w.kind());
      d.dueDate = w.dueDate();
      d.status = Todo.Status.OPEN;
      d.openedAt = now;
      d.doneAt = null;
      d.notFor = w.notFor().toArray(String[]::new);
      written.add(d);
      emit("todo.opened", d);
    }
    TodoRows.write(
        Todo.getEntityManager(),
        written,
        fresh,
        last && !written.isEmpty() ? feed.take() : List.of());
  }

  /**
   * Opens the to-dos that time alone calls for: REPORT on the day an IN_PROGRESS ticket turns
   * stale, SUPERVISE once it is overdue for {@code bihuan.todos.supervise-after-days}. Runs with
   * the deadline notices; tickets being written are skipped (their writer reconciles them) and
   * taken next time, so several replicas never open one to-do twice. Returns how many tickets were
   * reconciled.
   */
  @Transactional
  int sweepBatch() {
    Instant now = clock.now();
    LocalDate today = clock.today();
    @SuppressWarnings("unchecked")
    List<Ticket> due =
        Todo.getEntityManager()
            .createNativeQuery(
                "select t.* from ticket t where ("
                    + DeadlineRules.Sql.REPORT_MISSING
                    + " and not exists (select 1 from todo d where d.ticket_id = t.id"
                    + " and d.kind = 'REPORT' and d.status = 'OPEN'))"
                    + " or ("
                    + DeadlineRules.Sql.TO_SUPERVISE
                    + " and not exists (select 1 from todo d where d.ticket_id = t.id"
                    + " and d.kind = 'SUPERVISE' and d.status = 'OPEN'))"
                    + " order by t.seq limit "
                    + SWEEP_BATCH
                    + " for update of t skip locked",
                Ticket.class)
            .setParameter("today", today)
            .setParameter("superviseFrom", today.minusDays(settings.superviseAfterDays()))
            .getResultList();
    for (Ticket t : due) {
      reconcile(t, now);
    }
    return due.size();
  }

  private void emit(String type, Todo d) {
    // The login as the directory has it now (0204), looked up here rather than before commit.
    String login =
        d.assigneeType == AssigneeType.PERSON && d.assigneeExternalId != null
            ? directory.loginsOf(List.of(d.assigneeExternalId)).get(d.assigneeExternalId)
            : null;
    feed.append(type, "todo", d.id, () -> TodoView.of(d, settings.linkBaseUrl(), login));
  }

  /**
   * What a ticket's to-dos depend on besides its row: its round (1, plus one for every reject and
   * reopen: each sends the work back to the unit), its pending extension request (id and
   * requester's name, or null), and whether a CLOSE to-do of one of its problems is open ({@link
   * ProblemTodos#afterTicketChange}).
   */
  record Standing(long round, UUID extension, String extensionRequester, boolean closeOpen) {}

  /** The round key of the REPORT to-dos of the report due now. */
  static String reportRound(Ticket t) {
    return "report due " + t.reportDue;
  }

  /** The round key of the SUPERVISE to-do of the deadline overdue now. */
  static String superviseRound(Ticket t) {
    return "overdue since " + t.effectiveDeadline;
  }

  /** The DOMAIN.md table, for this ticket as it is now. */
  private List<Wanted> wanted(Ticket t, Standing standing) {
    List<Wanted> out = new ArrayList<>();
    if (!TicketWorkflow.open(t.status)) {
      return out;
    }
    String round = "round " + standing.round();
    if (t.status == Status.ASSIGNED || t.status == Status.IN_PROGRESS) {
      Kind kind = t.status == Status.ASSIGNED ? Kind.START : Kind.SUBMIT;
      for (Wanted who : workers(t, kind, round, t.effectiveDeadline)) {
        out.add(who);
      }
      if (DeadlineRules.reportMissing(t, clock.today())) {
        out.addAll(workers(t, Kind.REPORT, reportRound(t), t.reportDue));
      }
    }
    LocalDate today = clock.today();
    if (t.leaderInCharge != null
        && DeadlineRules.overdue(t, today)
        && !t.effectiveDeadline.plusDays(settings.superviseAfterDays()).isAfter(today)) {
      out.add(
          new Wanted(
              Kind.SUPERVISE,
              AssigneeType.PERSON,
              t.leaderInCharge,
              t.leaderInChargeExternalId,
              superviseRound(t),
              null,
              Set.of()));
    }
    Parties parties = null;
    if (t.status == Status.SUBMITTED) {
      parties = tickets.parties(t);
      out.add(
          new Wanted(
              Kind.VERIFY,
              AssigneeType.ROLE,
              VERIFIER_ROLE,
              null,
              round,
              null,
              new TreeSet<>(parties.names())));
    }
    if (standing.extension() != null) {
      Set<String> notFor = new TreeSet<>((parties == null ? tickets.parties(t) : parties).names());
      notFor.add(standing.extensionRequester());
      out.add(
          new Wanted(
              Kind.DECIDE_EXTENSION,
              AssigneeType.ROLE,
              VERIFIER_ROLE,
              null,
              TodoIdentity.EXTENSION_ROUND + standing.extension(),
              t.effectiveDeadline,
              notFor));
    }
    return out;
  }

  /** The responsible person, else each responsible unit. */
  private static List<Wanted> workers(Ticket t, Kind kind, String round, LocalDate due) {
    if (t.responsiblePerson != null) {
      return List.of(
          new Wanted(
              kind,
              AssigneeType.PERSON,
              t.responsiblePerson,
              t.responsiblePersonExternalId,
              round,
              due,
              Set.of()));
    }
    List<Wanted> out = new ArrayList<>();
    for (ResponsibleUnit u : t.responsibleUnits) {
      out.add(new Wanted(kind, AssigneeType.UNIT, u.name, u.externalId, round, due, Set.of()));
    }
    return out;
  }

  static String title(Ticket t, Kind kind) {
    String measure = t.measure == null ? "" : t.measure.strip();
    if (measure.codePointCount(0, measure.length()) > TITLE_MEASURE_CHARS) {
      measure = measure.substring(0, measure.offsetByCodePoints(0, TITLE_MEASURE_CHARS - 1)) + "…";
    }
    return "【整改】" + t.number + " " + kind.label() + "：" + measure;
  }
}
