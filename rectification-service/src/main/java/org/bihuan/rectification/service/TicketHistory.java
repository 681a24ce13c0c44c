package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.TicketHistoryEntry;
import org.bihuan.rectification.mapping.TicketView;

/**
 * The one place a change of a ticket is recorded: its updatedAt, an entry in its history (the table
 * refuses updates and deletes), the change-feed event, and the to-dos the new state opens or closes
 * (docs/decisions/0172), with the extension requests the change lapses before those to-dos (0349).
 * Every change a person or an OA system makes to a ticket calls {@link #record} inside its
 * transaction, holding the ticket's row lock. The time-driven notices of {@link DeadlineNotices}
 * (due soon, overdue, supervised) are not changes of the ticket: they leave its version, updatedAt
 * and history alone and only append their feed event, marking the day or deadline they noticed so
 * each is sent once (docs/decisions/0027).
 */
@ApplicationScoped
public class TicketHistory {

  @Inject ChangeFeed feed;
  @Inject OrganisationClock clock;
  @Inject TicketTodos todos;
  @Inject PendingExtensions extensions;

  public void record(
      Ticket t,
      Actor actor,
      String action,
      Ticket.Status from,
      String comment,
      Instant at,
      String eventType) {
    record(t, actor, action, from, comment, at, List.of(), eventType);
  }

  /**
   * A change after which the transaction changes the ticket and its to-dos no more (a transition):
   * the transaction's change events are written by the statement that writes the to-dos, their
   * states read then (docs/decisions/0395).
   */
  public void recordLast(
      Ticket t,
      Actor actor,
      String action,
      Ticket.Status from,
      String comment,
      Instant at,
      String eventType) {
    record(t, actor, action, from, comment, at, List.of(), eventType, true);
  }

  /** A change that also records which fields changed, from what to what. */
  public void record(
      Ticket t,
      Actor actor,
      String action,
      Ticket.Status from,
      String comment,
      Instant at,
      List<FieldChange> changes,
      String eventType) {
    record(t, actor, action, from, comment, at, changes, eventType, false);
  }

  private void record(
      Ticket t,
      Actor actor,
      String action,
      Ticket.Status from,
      String comment,
      Instant at,
      List<FieldChange> changes,
      String eventType,
      boolean last) {
    List<TicketHistoryEntry> entries = new ArrayList<>();
    entries.add(entry(t, actor, action, from, comment, at, changes, eventType));
    // a request the change lapses is told before the to-dos the change opens or closes: the cause
    // comes first in the feed (docs/decisions/0349)
    for (String lapsed : extensions.lapse(t, at)) {
      entries.add(
          entry(
              t,
              Actor.SYSTEM,
              "extension_lapsed",
              t.status,
              lapsed,
              at,
              List.of(),
              "ticket.extension_lapsed"));
    }
    // the entries are appended by the reconciliation's reading, which counts them (0395)
    todos.reconcile(t, at, entries, last);
  }

  /** The history entry, to be appended, and its change-feed event. */
  private TicketHistoryEntry entry(
      Ticket t,
      Actor actor,
      String action,
      Ticket.Status from,
      String comment,
      Instant at,
      List<FieldChange> changes,
      String eventType) {
    t.updatedAt = at;
    TicketHistoryEntry h = new TicketHistoryEntry();
    h.ticketId = t.id;
    h.at = at;
    h.actorId = actor.id();
    h.actorName = actor.name();
    h.actorPersonIds = actor.directoryIds();
    h.action = action;
    h.fromStatus = from;
    h.toStatus = t.status;
    h.comment = comment;
    h.changes = List.copyOf(changes);
    feed.append(eventType, "ticket", t.id, () -> TicketView.of(t, clock.today()));
    return h;
  }
}
