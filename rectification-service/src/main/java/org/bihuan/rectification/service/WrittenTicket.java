package org.bihuan.rectification.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;
import org.bihuan.rectification.Ticket;

/**
 * The ticket a write to one of its parts (progress, evidence, extensions) changed, so that the
 * answer can carry the ticket's new ETag ({@code Ticket-ETag}) and the next If-Match is right. The
 * entity's version is read after commit, when the flush has set it to the committed value.
 */
@RequestScoped
public class WrittenTicket {

  private Ticket ticket;

  void changed(Ticket t) {
    this.ticket = t;
  }

  public OptionalLong version() {
    return ticket == null ? OptionalLong.empty() : OptionalLong.of(ticket.version);
  }
}
