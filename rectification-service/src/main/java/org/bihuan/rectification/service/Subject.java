package org.bihuan.rectification.service;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.bihuan.rectification.Ticket.Status;

/** What the guards of {@link TicketWorkflow} need to know about the ticket. */
public record Subject(
    Status status,
    Collection<String> unitNames,
    String responsiblePerson,
    boolean workRecorded,
    Parties parties,
    Set<UUID> withdrawnProblems) {

  /** A ticket whose only party is its current responsible person, under live problems. */
  public Subject(
      Status status, Collection<String> unitNames, String responsiblePerson, boolean workRecorded) {
    this(
        status,
        unitNames,
        responsiblePerson,
        workRecorded,
        Parties.of(responsiblePerson),
        Set.of());
  }
}
