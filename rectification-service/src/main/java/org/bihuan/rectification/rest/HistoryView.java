package org.bihuan.rectification.rest;

import java.time.Instant;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.TicketHistoryEntry;

/**
 * One entry of a ticket's history. {@code seq} grows by each change; entries are never changed or
 * removed.
 */
public record HistoryView(
    long id,
    Instant at,
    String actorId,
    String actorName,
    String action,
    Ticket.Status from,
    Ticket.Status to,
    String comment) {

  public static HistoryView of(TicketHistoryEntry h) {
    return new HistoryView(
        h.id, h.at, h.actorId, h.actorName, h.action, h.fromStatus, h.toStatus, h.comment);
  }
}
