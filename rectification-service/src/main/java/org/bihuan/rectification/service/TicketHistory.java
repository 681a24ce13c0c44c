package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.TicketHistoryEntry;
import org.bihuan.rectification.service.TicketWorkflow.Actor;

/** Appends to a ticket's history; the table refuses updates and deletes. */
@ApplicationScoped
public class TicketHistory {

  public void append(
      Ticket t, Actor actor, String action, Ticket.Status from, String comment, Instant at) {
    append(t, actor, action, from, comment, at, List.of());
  }

  /** An entry that also records which fields changed, from what to what. */
  public void append(
      Ticket t,
      Actor actor,
      String action,
      Ticket.Status from,
      String comment,
      Instant at,
      List<FieldChange> changes) {
    TicketHistoryEntry h = new TicketHistoryEntry();
    h.ticketId = t.id;
    h.at = at;
    h.actorId = actor.id();
    h.actorName = actor.name();
    h.action = action;
    h.fromStatus = from;
    h.toStatus = t.status;
    h.comment = comment;
    h.changes = List.copyOf(changes);
    h.persist();
  }
}
