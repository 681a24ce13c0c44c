package org.bihuan.rectification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.platform.problem.FieldError;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.Extension;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.ProblemLink;
import org.bihuan.rectification.ResponsibleUnit;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Ticket.Status;
import org.bihuan.rectification.TicketHistoryEntry;
import org.bihuan.rectification.client.ProblemView;
import org.bihuan.rectification.config.TicketSettings;
import org.bihuan.rectification.rest.ResponsibleUnitInput;
import org.bihuan.rectification.rest.TicketInput;
import org.bihuan.rectification.rest.TicketView;
import org.bihuan.rectification.service.TicketWorkflow.Action;
import org.bihuan.rectification.service.TicketWorkflow.Actor;
import org.bihuan.rectification.service.TicketWorkflow.Parties;

/** Creating, editing, moving and reading tickets. */
@ApplicationScoped
public class TicketService {

  @Inject OrganisationClock clock;
  @Inject TicketSettings settings;
  @Inject TicketNumbers numbers;
  @Inject TicketHistory history;
  @Inject Callers callers;
  @Inject DirectoryNames directoryNames;
  @Inject Directory directory;
  @Inject EntityManager em;
  @Inject ObjectMapper mapper;

  /** The outcome of a batch: the tickets in input order and how many were new. */
  public record BatchOutcome(List<TicketView> tickets, int created) {}

  // ---- input rules across fields (bean validation covers each field on its own)

  /** Rules that span fields of one input; {@code prefix} is "" or e.g. "tickets[3].". */
  public static List<FieldError> crossFieldErrors(TicketInput in, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (in.timing() == Ticket.Timing.DEADLINE && in.deadline() == null) {
      errors.add(new FieldError(prefix + "deadline", "is required when timing is DEADLINE"));
    }
    if (in.timing() == Ticket.Timing.LONG_TERM && in.deadline() != null) {
      errors.add(
          new FieldError(
              prefix + "deadline", "must be empty when timing is LONG_TERM (长期坚持 has none)"));
    }
    if (in.problemIds() != null && new HashSet<>(in.problemIds()).size() < in.problemIds().size()) {
      errors.add(new FieldError(prefix + "problemIds", "lists a problem more than once"));
    }
    for (String list : List.of("responsibleUnits", "coResponsibleUnits")) {
      List<ResponsibleUnitInput> units =
          list.equals("responsibleUnits") ? in.responsibleUnits() : in.coResponsibleUnits();
      for (int i = 0; units != null && i < units.size(); i++) {
        ResponsibleUnitInput u = units.get(i);
        if (u != null && blank(u.name()) && blank(u.externalId())) {
          errors.add(
              new FieldError(
                  prefix + list + "[" + i + "].name",
                  "is required unless externalId names a unit of the directory"));
        }
      }
    }
    Set<String> names = new HashSet<>();
    if (in.responsibleUnits() != null) {
      for (ResponsibleUnitInput u : in.responsibleUnits()) {
        if (u != null && !blank(u.name()) && !names.add(u.name().strip())) {
          errors.add(
              new FieldError(
                  prefix + "responsibleUnits", "lists unit '" + u.name().strip() + "' twice"));
        }
      }
    }
    if (in.coResponsibleUnits() != null) {
      Set<String> coNames = new HashSet<>();
      for (ResponsibleUnitInput u : in.coResponsibleUnits()) {
        if (u == null || blank(u.name())) {
          continue;
        }
        String name = u.name().strip();
        if (names.contains(name)) {
          errors.add(
              new FieldError(
                  prefix + "coResponsibleUnits",
                  "lists '" + name + "', which is already a responsible unit"));
        } else if (!coNames.add(name)) {
          errors.add(
              new FieldError(prefix + "coResponsibleUnits", "lists unit '" + name + "' twice"));
        }
      }
    }
    return errors;
  }

  /**
   * The input with the units and people it names by directory id resolved (DirectoryNames), checked
   * again across fields: two ids may name one unit.
   */
  private TicketInput named(TicketInput in, String prefix, Ticket current) {
    TicketInput resolved = directoryNames.resolve(in, prefix, current);
    if (resolved != in) {
      requireValid(crossFieldErrors(resolved, prefix));
    }
    return resolved;
  }

  public static void requireValid(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(
          errors.stream()
              .map(f -> f.field() + ": " + f.message())
              .collect(Collectors.joining("; ")),
          errors);
    }
  }

  // ---- creation

  @Transactional
  public TicketView create(TicketInput given, Map<UUID, ProblemView> problems) {
    TicketInput in = named(given, "", null);
    Actor actor = callers.current();
    TicketWorkflow.requireOwnUnit(actor, unitNames(in));
    if (in.externalRef() != null) {
      Ticket existing = Ticket.find("externalRef", in.externalRef()).firstResult();
      if (existing != null) {
        throw duplicateExternalRef(in.externalRef(), existing);
      }
    }
    LocalDate today = clock.today();
    Ticket t = build(in, problems, numbers.next(today.getYear(), 1).get(0), actor, today);
    return viewAfterWrite(t);
  }

  /**
   * Creates the batch's new tickets all or nothing. An item whose externalRef already names a
   * ticket created from the same content is answered with that ticket and not created again; one
   * whose externalRef names a ticket with other content refuses the whole batch
   * (docs/decisions/0020-ticket-batch-idempotency.md).
   */
  @Transactional
  public BatchOutcome createBatch(List<TicketInput> given, Map<UUID, ProblemView> problems) {
    List<TicketInput> items = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      items.add(named(given.get(i), "tickets[" + i + "].", null));
    }
    Actor actor = callers.current();
    for (TicketInput in : items) {
      TicketWorkflow.requireOwnUnit(actor, unitNames(in));
    }
    List<String> refs =
        items.stream().map(TicketInput::externalRef).filter(Objects::nonNull).toList();
    Map<String, Ticket> existing = new HashMap<>();
    if (!refs.isEmpty()) {
      Ticket.<Ticket>list("externalRef in ?1", refs).forEach(t -> existing.put(t.externalRef, t));
    }
    Ticket[] result = new Ticket[items.size()];
    List<Integer> fresh = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      TicketInput in = items.get(i);
      Ticket old = in.externalRef() == null ? null : existing.get(in.externalRef());
      if (old == null) {
        fresh.add(i);
      } else if (old.creationDigest.equals(digest(in))) {
        result[i] = old;
      } else {
        throw new ApiProblem(
                409,
                "duplicate-external-ref",
                "Conflict",
                "Item "
                    + i
                    + ": ticket "
                    + old.number
                    + " already has externalRef '"
                    + in.externalRef()
                    + "' with different content.",
                List.of(
                    new FieldError(
                        "tickets[" + i + "].externalRef",
                        "already names ticket " + old.number + " with different content")))
            .header("Location", "/api/v1/tickets/" + old.id)
            .with("existingId", old.id)
            .with("index", i);
      }
    }
    LocalDate today = clock.today();
    if (!fresh.isEmpty()) {
      List<String> numbered = numbers.next(today.getYear(), fresh.size());
      for (int k = 0; k < fresh.size(); k++) {
        int i = fresh.get(k);
        result[i] = build(items.get(i), problems, numbered.get(k), actor, today);
      }
      em.flush();
    }
    List<TicketView> views = new ArrayList<>(items.size());
    for (Ticket t : result) {
      views.add(TicketView.of(t, today));
    }
    return new BatchOutcome(views, fresh.size());
  }

  private Ticket build(
      TicketInput in,
      Map<UUID, ProblemView> problems,
      String number,
      Actor actor,
      LocalDate today) {
    Instant now = clock.now();
    Ticket t = new Ticket();
    t.id = UUID.randomUUID();
    t.number = number;
    t.status = Status.ASSIGNED;
    t.createdAt = now;
    t.updatedAt = now;
    t.externalRef = in.externalRef();
    t.creationDigest = digest(in);
    applyFields(t, in, problems, today, null);
    t.persist();
    history.record(t, actor, "create", null, null, now, "ticket.created");
    return t;
  }

  private void applyFields(
      Ticket t,
      TicketInput in,
      Map<UUID, ProblemView> problems,
      LocalDate today,
      LocalDate latestApproved) {
    t.measure = in.measure().strip();
    Map<UUID, UUID> known = new HashMap<>();
    t.problems.forEach(p -> known.put(p.problemId, p.sourceId));
    List<ProblemLink> links = new ArrayList<>();
    for (UUID id : in.problemIds()) {
      ProblemView checked = problems.get(id);
      if (!known.containsKey(id) && checked == null) {
        // Only when a concurrent edit unlinked it between the check and the lock.
        throw ApiProblem.conflict(
            "concurrent-update",
            "The ticket's problems changed meanwhile; read it again and retry.");
      }
      UUID source = known.containsKey(id) ? known.get(id) : checked.sourceId();
      links.add(new ProblemLink(id, source));
      if (!known.containsKey(id)) {
        // Asked about again after the commit (WithdrawalRecheck), by the request or its sweep.
        t.problemsUnconfirmedSince = clock.now();
      }
    }
    t.problems.clear();
    t.problems.addAll(links);
    t.responsibleUnits.clear();
    for (ResponsibleUnitInput u : in.responsibleUnits()) {
      t.responsibleUnits.add(unit(u));
    }
    if (in.coResponsibleUnits() != null) {
      t.coResponsibleUnits.clear();
      for (ResponsibleUnitInput u : in.coResponsibleUnits()) {
        t.coResponsibleUnits.add(unit(u));
      }
    }
    t.responsiblePerson = stripToNull(in.responsiblePerson());
    t.responsiblePersonExternalId = stripToNull(in.responsiblePersonExternalId());
    t.leaderInCharge = stripToNull(in.leaderInCharge());
    t.leaderInChargeExternalId = stripToNull(in.leaderInChargeExternalId());
    t.deadline = newDeadline(t, in, today);
    t.timing = in.timing();
    t.effectiveDeadline =
        DeadlineRules.timeBound(t.timing)
            ? DeadlineRules.effectiveDeadline(t.deadline, latestApproved)
            : null;
    t.reportEvery = in.reportEvery();
    DeadlineRules.scheduleReports(t, clock.zone());
  }

  /** An edit of an IMMEDIATE ticket that leaves the deadline out keeps the one it had. */
  private LocalDate newDeadline(Ticket t, TicketInput in, LocalDate today) {
    if (in.timing() == Ticket.Timing.IMMEDIATE
        && in.deadline() == null
        && t.timing == Ticket.Timing.IMMEDIATE
        && t.deadline != null) {
      return t.deadline;
    }
    return DeadlineRules.deadlineFor(in.timing(), in.deadline(), today, settings.immediateDays());
  }

  // ---- editing

  /**
   * Applies an edit. {@code read} is the ticket's state and problems as the request read them
   * before asking problem-service: if the system cancelled the ticket, or took a problem the edit
   * keeps off it, because that problem was withdrawn meanwhile, the edit answers 409
   * problem-withdrawn and changes nothing (docs/decisions/0117, amendment).
   */
  @Transactional
  public TicketView update(
      UUID id,
      TicketInput in,
      Map<UUID, ProblemView> newProblems,
      String ifMatch,
      TicketQueries.Linked read) {
    Ticket t = lock(id);
    Actor actor = callers.current();
    // Another unit's reporter hears 403 before the version or state is compared (0168).
    TicketWorkflow.requireOwnUnit(actor, t.unitNames());
    in = named(in, "", t);
    TicketWorkflow.requireOwnUnit(actor, unitNames(in));
    refuseIfWithdrawnMeanwhile(t, in, read);
    Versions.checkIfMatch(ifMatch, t.version);
    if (t.status == Status.VERIFIED || t.status == Status.CANCELLED) {
      throw ApiProblem.conflict(
              "ticket-closed", "A " + t.status + " ticket can no longer be edited.")
          .with("currentState", t.status)
          .with("allowedActions", TicketWorkflow.allowedActions(t.status, actor));
    }
    if (in.externalRef() != null && !in.externalRef().equals(t.externalRef)) {
      Ticket other = Ticket.find("externalRef", in.externalRef()).firstResult();
      if (other != null) {
        throw duplicateExternalRef(in.externalRef(), other);
      }
    }
    LocalDate today = clock.today();
    Snapshot before = Snapshot.of(t);
    boolean overdueBefore =
        DeadlineRules.timeBound(t.timing)
            && t.effectiveDeadline != null
            && t.effectiveDeadline.isBefore(today);
    applyFields(t, in, newProblems, today, latestApprovedExtension(t.id));
    t.externalRef = in.externalRef();
    List<FieldChange> changes = before.changesTo(Snapshot.of(t));
    if (changes.isEmpty()) {
      // Nothing changed: applying the fields replaced the unit and problem collections with equal
      // ones, which would still count as a change of the row (a new version, and no event to tell
      // the readers). Rolling back keeps the row, its version and its ETag as they were.
      TicketView unchanged = TicketView.of(t, today);
      QuarkusTransaction.setRollbackOnly();
      return unchanged;
    }
    TicketEdits.check(t, changes, actor, overdueBefore, hasOpenOrApprovedExtension(t.id));
    Instant now = clock.now();
    history.record(
        t,
        actor,
        "update",
        t.status,
        "changed: " + changes.stream().map(FieldChange::field).collect(Collectors.joining(", ")),
        now,
        changes,
        "ticket.updated");
    return viewAfterWrite(t);
  }

  /**
   * The edit read the ticket live with its problems; since then the system cancelled it, or took
   * off it a problem the edit still lists, because the problem was withdrawn (the recheck of 0117).
   * Applying the edit would bring a withdrawn problem back onto a live ticket.
   */
  private void refuseIfWithdrawnMeanwhile(Ticket t, TicketInput in, TicketQueries.Linked read) {
    if (read == null) {
      return;
    }
    Set<UUID> now = new LinkedHashSet<>();
    t.problems.forEach(p -> now.add(p.problemId));
    Set<UUID> takenOff = new LinkedHashSet<>(read.problems());
    takenOff.removeAll(now);
    takenOff.retainAll(in.problemIds());
    boolean cancelledMeanwhile = t.status == Status.CANCELLED && read.status() != Status.CANCELLED;
    if ((takenOff.isEmpty() && !cancelledMeanwhile) || !lastChangeWasAWithdrawal(t)) {
      return;
    }
    Set<UUID> withdrawn = cancelledMeanwhile ? read.problems() : takenOff;
    throw ApiProblem.conflict(
            "problem-withdrawn",
            (cancelledMeanwhile
                    ? "The ticket was cancelled by the system while this edit was under way"
                    : "Problem(s) "
                        + takenOff
                        + " were taken off the ticket by the system while"
                        + " this edit was under way")
                + ", because a problem was withdrawn; nothing was changed. Read the ticket"
                + " again.")
        .with("problemIds", List.copyOf(withdrawn))
        .with("currentState", t.status)
        .with("allowedActions", TicketWorkflow.allowedActions(t.status, callers.current()));
  }

  /** The ticket's last history entry is the system's answer to a withdrawn problem. */
  private static boolean lastChangeWasAWithdrawal(Ticket t) {
    TicketHistoryEntry last =
        TicketHistoryEntry.<TicketHistoryEntry>find("ticketId = ?1 order by id desc", t.id)
            .firstResult();
    return last != null
        && Actor.SYSTEM.id().equals(last.actorId)
        && (WithdrawalRecheck.REASON.equals(last.comment)
            || WithdrawalRecheck.UNLINK_REASON.equals(last.comment));
  }

  /**
   * What the system does with a ticket linked to problems that were withdrawn or are being
   * withdrawn ({@code closed}), under the row lock: nothing if none of them is still linked or the
   * ticket is VERIFIED or CANCELLED; cancels it when no other problem remains; otherwise takes
   * those problems off it and keeps it for the others (history: actor 系统, the reason, problemIds
   * old and new; event ticket.updated).
   */
  public enum Settled {
    NOTHING,
    CANCELLED,
    UNLINKED
  }

  @Transactional
  public Settled settleWithdrawn(UUID id, Set<UUID> closed) {
    Ticket t = lock(id);
    boolean linked = t.problems.stream().anyMatch(p -> closed.contains(p.problemId));
    if (!linked || TicketWorkflow.rule(t.status, Action.CANCEL).isEmpty()) {
      return Settled.NOTHING;
    }
    if (t.problems.stream().allMatch(p -> closed.contains(p.problemId))) {
      transition(id, Action.CANCEL, WithdrawalRecheck.REASON, null, Set.of(), Actor.SYSTEM);
      return Settled.CANCELLED;
    }
    Snapshot before = Snapshot.of(t);
    t.problems.removeIf(p -> closed.contains(p.problemId));
    Instant now = clock.now();
    history.record(
        t,
        Actor.SYSTEM,
        "update",
        t.status,
        WithdrawalRecheck.UNLINK_REASON,
        now,
        before.changesTo(Snapshot.of(t)),
        "ticket.updated");
    em.flush();
    return Settled.UNLINKED;
  }

  private static boolean hasOpenOrApprovedExtension(UUID ticketId) {
    return Extension.count(
            "ticketId = ?1 and status in ?2",
            ticketId,
            List.of(Extension.Status.REQUESTED, Extension.Status.APPROVED))
        > 0;
  }

  /** The fields an edit may change, as text, to tell whether it changed anything and what. */
  private record Snapshot(Map<String, String> fields) {
    static Snapshot of(Ticket t) {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("problemIds", json(t.problems.stream().map(p -> p.problemId.toString()).toList()));
      f.put("measure", t.measure);
      f.put(
          "responsibleUnits",
          json(
              t.responsibleUnits.stream()
                  .map(u -> u.externalId == null ? u.name : u.name + " (" + u.externalId + ")")
                  .toList()));
      f.put(
          "coResponsibleUnits",
          json(
              t.coResponsibleUnits.stream()
                  .map(u -> u.externalId == null ? u.name : u.name + " (" + u.externalId + ")")
                  .toList()));
      f.put("responsiblePerson", t.responsiblePerson);
      f.put("responsiblePersonExternalId", t.responsiblePersonExternalId);
      f.put("leaderInCharge", t.leaderInCharge);
      f.put("leaderInChargeExternalId", t.leaderInChargeExternalId);
      f.put("timing", t.timing == null ? null : t.timing.name());
      f.put("deadline", t.deadline == null ? null : t.deadline.toString());
      f.put("reportEvery", t.reportEvery == null ? null : t.reportEvery.name());
      f.put("externalRef", t.externalRef);
      return new Snapshot(f);
    }

    List<FieldChange> changesTo(Snapshot after) {
      return fields.keySet().stream()
          .filter(k -> !Objects.equals(fields.get(k), after.fields.get(k)))
          .map(k -> new FieldChange(k, fields.get(k), after.fields.get(k)))
          .toList();
    }

    private static final ObjectMapper LISTS = new ObjectMapper();

    private static String json(List<String> values) {
      try {
        return LISTS.writeValueAsString(values);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Who answers for the ticket, over every round (docs/decisions/0050, 0091, 0188): its responsible
   * person and its leader in charge, now and every earlier one (from the edits' recorded old
   * values), and whoever ever submitted it. A reopen starts a new round but does not make an
   * earlier party fit to verify.
   */
  Parties parties(Ticket t) {
    List<TicketHistoryEntry> entries =
        TicketHistoryEntry.<TicketHistoryEntry>list("ticketId = ?1 order by id", t.id);
    PartyNames names = new PartyNames();
    Set<String> subjects = new LinkedHashSet<>();
    names.add(t.responsiblePerson, t.responsiblePersonExternalId);
    names.add(t.leaderInCharge, t.leaderInChargeExternalId);
    Map<String, String> submitters = new LinkedHashMap<>();
    for (TicketHistoryEntry h : entries) {
      Map<String, FieldChange> changed = new HashMap<>();
      for (FieldChange c : h.changes == null ? List.<FieldChange>of() : h.changes) {
        changed.put(c.field(), c);
      }
      for (String field : List.of("responsiblePerson", "leaderInCharge")) {
        FieldChange name = changed.get(field);
        FieldChange id = changed.get(field + "ExternalId");
        if (name != null) {
          // A name is known by its id only where the same edit recorded both.
          names.add(name.from(), id == null ? null : id.from());
          names.add(name.to(), id == null ? null : id.to());
        } else if (id != null) {
          names.ids.addAll(Stream.of(id.from(), id.to()).filter(Objects::nonNull).toList());
        }
      }
      if ("submit".equals(h.action)) {
        subjects.add(h.actorId);
        submitters.put(h.actorId, h.actorName);
      }
    }
    Map<String, String> submitterIds = directory.peopleOfSubjects(submitters.keySet());
    submitters.forEach((subject, name) -> names.add(name, submitterIds.get(subject)));
    return new Parties(
        Set.copyOf(names.all), Set.copyOf(subjects), Set.copyOf(names.ids), names.identified());
  }

  /** The parties' names, each known by a directory id or not (0204). */
  private static final class PartyNames {
    final Set<String> all = new LinkedHashSet<>();
    final Set<String> ids = new LinkedHashSet<>();
    final Set<String> withId = new HashSet<>();
    final Set<String> withoutId = new HashSet<>();

    void add(String name, String id) {
      if (id != null) {
        ids.add(id);
      }
      if (name == null) {
        return;
      }
      all.add(name);
      (id == null ? withoutId : withId).add(name);
    }

    /** Names that came with an id every time. */
    Set<String> identified() {
      Set<String> out = new HashSet<>(withId);
      out.removeAll(withoutId);
      return Set.copyOf(out);
    }
  }

  LocalDate latestApprovedExtension(UUID ticketId) {
    Extension e =
        Extension.find(
                "ticketId = ?1 and status = ?2 order by decidedAt desc, seq desc",
                ticketId,
                Extension.Status.APPROVED)
            .firstResult();
    return e == null ? null : e.newDeadline;
  }

  // ---- transitions

  /**
   * Moves a ticket by one action of {@link TicketWorkflow}. The row is locked first, so of several
   * concurrent calls with the same If-Match exactly one succeeds and the others see the new version
   * and get 412. A caller whose roles never allow the action was refused by the endpoint's
   * {@code @RolesAllowed} (= {@link TicketWorkflow#rolesFor}); {@link TicketWorkflow#decide} checks
   * the roles again for the ticket's state.
   */
  @Transactional
  public TicketView transition(
      UUID id, Action action, String comment, String ifMatch, Set<UUID> withdrawnProblems) {
    return transition(id, action, comment, ifMatch, withdrawnProblems, callers.identified());
  }

  /**
   * Clears the mark of tickets whose problems were asked about again from {@code asked} on; a mark
   * set later (a problem linked meanwhile) stays for its own question.
   */
  @Transactional
  public void markConfirmed(List<UUID> ids, Instant asked) {
    if (ids.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "update ticket set problems_unconfirmed_since = null"
                + " where id in (:ids) and problems_unconfirmed_since <= :asked")
        .setParameter("ids", ids)
        .setParameter("asked", asked)
        .executeUpdate();
  }

  /** Moves a marked ticket to the back of the sweep's queue (its question went unanswered). */
  @Transactional
  public void postponeRecheck(UUID id, Instant now) {
    em.createNativeQuery(
            "update ticket set problems_unconfirmed_since = :now"
                + " where id = :id and problems_unconfirmed_since is not null")
        .setParameter("now", now)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** Tickets marked before {@code before}, oldest first (WithdrawalRecheck.sweep). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UUID> unconfirmedSince(Instant before, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from ticket where problems_unconfirmed_since < :before"
                    + " order by problems_unconfirmed_since limit :limit")
            .setParameter("before", before)
            .setParameter("limit", limit)
            .getResultList();
    return ids.stream().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString())).toList();
  }

  private TicketView transition(
      UUID id,
      Action action,
      String comment,
      String ifMatch,
      Set<UUID> withdrawnProblems,
      Actor actor) {
    Ticket t = lock(id);
    TicketWorkflow.requireScope(action, actor, t.unitNames());
    Versions.checkIfMatch(ifMatch, t.version);
    Status from = t.status;
    Status to =
        TicketWorkflow.decide(
            new TicketWorkflow.Subject(
                from,
                t.unitNames(),
                t.responsiblePerson,
                t.progressCount > 0 || t.evidenceCount > 0,
                parties(t),
                withdrawnProblems),
            action,
            actor,
            comment);
    Instant now = clock.now();
    t.status = to;
    switch (action) {
      case SUBMIT -> {
        t.submittedAt = now;
        t.submittedOn = DeadlineRules.dateIn(now, clock.zone());
      }
      case VERIFY -> t.verifiedAt = now;
      case REJECT -> clearSubmission(t);
      case REOPEN -> {
        t.verifiedAt = null;
        clearSubmission(t);
      }
      case CANCEL -> t.cancelledAt = now;
      case START -> {}
    }
    history.record(t, actor, action.path(), from, blankToNull(comment), now, action.eventType());
    return viewAfterWrite(t);
  }

  /**
   * A ticket sent back to work (reject, reopen) is no longer submitted: {@code submittedAt} names
   * the submission under review or verified, never one that was sent back (0169). The history keeps
   * every submission.
   */
  private static void clearSubmission(Ticket t) {
    t.submittedAt = null;
    t.submittedOn = null;
  }

  // ---- helpers shared by the ticket's other writers

  Ticket find(UUID id) {
    Ticket t = Ticket.findById(id);
    if (t == null) {
      throw ApiProblem.notFound("ticket", id);
    }
    return t;
  }

  /** Loads a ticket for a change, holding its row lock until the transaction ends. */
  Ticket lock(UUID id) {
    Ticket t = Ticket.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (t == null) {
      throw ApiProblem.notFound("ticket", id);
    }
    return t;
  }

  /** Flushes first so the view (and the ETag built from it) carries the new version. */
  TicketView viewAfterWrite(Ticket t) {
    em.flush();
    return TicketView.of(t, clock.today());
  }

  private static ApiProblem duplicateExternalRef(String ref, Ticket existing) {
    return ApiProblem.conflict(
            "duplicate-external-ref",
            "Ticket " + existing.number + " already has externalRef '" + ref + "'.")
        .header("Location", "/api/v1/tickets/" + existing.id)
        .with("existingId", existing.id);
  }

  private static ResponsibleUnit unit(ResponsibleUnitInput u) {
    return new ResponsibleUnit(
        u.name().strip(),
        u.externalId() == null || u.externalId().isBlank() ? null : u.externalId().strip());
  }

  private static List<String> unitNames(TicketInput in) {
    return in.responsibleUnits().stream().map(u -> u.name().strip()).toList();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String stripToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The same content gives the same digest: the input with its text trimmed, as JSON. */
  String digest(TicketInput in) {
    TicketInput normal =
        new TicketInput(
            in.problemIds(),
            in.measure().strip(),
            in.responsibleUnits().stream()
                .map(
                    u ->
                        new ResponsibleUnitInput(
                            u.name().strip(),
                            u.externalId() == null || u.externalId().isBlank()
                                ? null
                                : u.externalId().strip()))
                .toList(),
            stripToNull(in.responsiblePerson()),
            stripToNull(in.leaderInCharge()),
            in.timing(),
            in.deadline(),
            in.reportEvery(),
            in.externalRef(),
            in.coResponsibleUnits() == null
                ? null
                : in.coResponsibleUnits().stream()
                    .map(
                        u ->
                            new ResponsibleUnitInput(
                                u.name().strip(),
                                u.externalId() == null || u.externalId().isBlank()
                                    ? null
                                    : u.externalId().strip()))
                    .toList(),
            stripToNull(in.responsiblePersonExternalId()),
            stripToNull(in.leaderInChargeExternalId()));
    try {
      byte[] json = mapper.writeValueAsString(normal).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot digest a ticket input", e);
    }
  }
}
