package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Ticket.Status;
import org.bihuan.rectification.client.ProblemView;
import org.bihuan.rectification.mapping.TicketInput;
import org.bihuan.rectification.mapping.TicketView;

/** Creating tickets, one or a batch. */
@ApplicationScoped
public class TicketCreation {

  @Inject OrganisationClock clock;
  @Inject TicketNumbers numbers;
  @Inject TicketHistory history;
  @Inject Callers callers;
  @Inject EntityManager em;
  @Inject TicketFields fields;
  @Inject CreationDigests digests;
  @Inject TicketLocks ticketLocks;
  @Inject ProblemLinkLocks locks;
  @Inject ExternalRefLocks refLocks;
  @Inject OwnUnits ownUnits;
  @Inject DirectoryNames directoryNames;

  /**
   * New tickets of a batch the session holds at most: after this many it is flushed and cleared, so
   * that the flush before each ticket's to-dos does not check every ticket written before it.
   */
  static final int KEPT_IN_SESSION = 50;

  /** The outcome of a batch: the tickets in input order and how many were new. */
  public record BatchOutcome(List<TicketView> tickets, int created) {}

  /**
   * Creates a ticket. {@code checked} asks problem-service about its problems; it runs in the
   * transaction, under the problems' link locks ({@link ProblemLinkLocks}), so that a withdrawal
   * asking for their tickets waits for this one (docs/decisions/0246).
   */
  @Transactional
  public TicketView create(TicketInput given, Supplier<Map<UUID, ProblemView>> checked) {
    locks.hold(given.problemIds());
    refLocks.hold(Collections.singletonList(given.externalRef()));
    Map<UUID, ProblemView> problems = checked.get();
    TicketInput in = fields.named(given, "", null).input();
    Actor actor = callers.current();
    TicketWorkflow.requireOwnUnit(actor, TicketFields.unitNames(in));
    TicketFields.requireOwnUnitChanges(actor, null, in);
    if (in.externalRef() != null) {
      Ticket existing = Ticket.find("externalRef", in.externalRef()).firstResult();
      if (existing != null) {
        throw TicketFields.duplicateExternalRef(in.externalRef(), existing);
      }
    }
    LocalDate today = clock.today();
    Ticket t =
        build(
            in,
            digests.digest(given),
            problems,
            numbers.next(today.getYear(), 1).get(0),
            actor,
            today);
    return ticketLocks.viewAfterWrite(t);
  }

  /**
   * Creates the batch's new tickets all or nothing. An item whose externalRef already names a
   * ticket created from the same content is answered with that ticket and not created again; one
   * whose externalRef names a ticket with other content refuses the whole batch
   * (docs/decisions/0020-ticket-batch-idempotency.md). Its problems are checked as {@link #create}
   * checks them.
   */
  @Transactional
  public BatchOutcome createBatch(
      List<TicketInput> given, Supplier<Map<UUID, ProblemView>> checked) {
    locks.hold(given.stream().flatMap(t -> t.problemIds().stream()).toList());
    refLocks.hold(given.stream().map(TicketInput::externalRef).toList());
    Map<UUID, ProblemView> problems = checked.get();
    // the directory is read once for all items, not item by item (docs/decisions/0350)
    DirectoryEntries directory = directoryNames.entriesFor(given);
    Actor actor = callers.current();
    List<String> refs =
        given.stream().map(TicketInput::externalRef).filter(Objects::nonNull).toList();
    Map<String, Ticket> existing = new HashMap<>();
    if (!refs.isEmpty()) {
      Ticket.<Ticket>list("externalRef in ?1", refs).forEach(t -> existing.put(t.externalRef, t));
    }
    // the own-unit check of items sent again reads the directory's names of their units once
    OwnUnits.Edit resentUnits = ownUnits.knowing(existing.values(), actor);
    Ticket[] result = new Ticket[given.size()];
    List<TicketInput> items = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      TicketInput sent = given.get(i);
      Ticket old = sent.externalRef() == null ? null : existing.get(sent.externalRef());
      if (old != null && digests.sameContent(old.creationDigest, sent)) {
        // The item as it was first sent is its ticket, recognised before the directory names it:
        // a unit renamed or sealed there since must not refuse a retry (0340, 0348).
        TicketWorkflow.requireOwnUnit(actor, resentUnits.before(old));
        result[i] = old;
        items.add(null);
      } else {
        TicketInput in = fields.namedInBatch(sent, "tickets[" + i + "].", directory).input();
        TicketWorkflow.requireOwnUnit(actor, TicketFields.unitNames(in));
        TicketFields.requireOwnUnitChanges(actor, null, in);
        items.add(in);
      }
    }
    List<Integer> fresh = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      TicketInput in = items.get(i);
      if (in == null) {
        continue; // sent again as first sent
      }
      Ticket old = in.externalRef() == null ? null : existing.get(in.externalRef());
      if (old == null) {
        fresh.add(i);
      } else if (digests.sameContent(old.creationDigest, in)) {
        // a ticket created before 0340 keeps the digest of the item as the directory named it
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
    TicketView[] views = new TicketView[items.size()];
    for (int i = 0; i < items.size(); i++) {
      if (result[i] != null) {
        views[i] = TicketView.of(result[i], today);
      }
    }
    if (!fresh.isEmpty()) {
      List<String> numbered = numbers.next(today.getYear(), fresh.size());
      for (int k = 0; k < fresh.size(); k++) {
        int i = fresh.get(k);
        Ticket t =
            build(
                items.get(i),
                digests.digest(given.get(i)),
                problems,
                numbered.get(k),
                actor,
                today);
        views[i] = TicketView.of(t, today);
        if ((k + 1) % KEPT_IN_SESSION == 0) {
          // written, then let go: each item's to-dos flush the session, whose cost grows with
          // what it holds (docs/decisions/0350)
          em.flush();
          em.clear();
        }
      }
      em.flush();
    }
    return new BatchOutcome(List.of(views), fresh.size());
  }

  /**
   * The ticket of an input the directory has named ({@code in}); {@code creationDigest} is the
   * digest of the item as it was sent, so that the same item sent again is the same content
   * whatever the directory has linked or renamed meanwhile (docs/decisions/0340).
   */
  private Ticket build(
      TicketInput in,
      String creationDigest,
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
    // The row is written before its history entry (TicketHistory.record sets updatedAt to the same
    // instant), so it carries it from the start: updated_at is never null.
    t.updatedAt = now;
    t.externalRef = in.externalRef();
    t.creationDigest = creationDigest;
    fields.applyFields(t, in, problems, today, null);
    t.persist();
    history.record(t, actor, "create", null, null, now, "ticket.created");
    return t;
  }
}
