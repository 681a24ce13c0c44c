package org.bihuan.rectification.service;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.bihuan.rectification.Ticket.Status;

/**
 * What the guards of {@link TicketWorkflow} need to know about the ticket. Its {@link #parties()}
 * are read when a guard or an answer first asks for them, at most once: most transitions (start,
 * submit, cancel) never compare the caller with them, and finding them reads the ticket's whole
 * history and the directory (docs/decisions/0267).
 */
public final class Subject {

  private final Status status;
  private final Collection<String> unitNames;
  private final String responsiblePerson;
  private final boolean workRecorded;
  private final Set<UUID> withdrawnProblems;
  private Supplier<Parties> partiesSource;
  private Parties parties;

  public Subject(
      Status status,
      Collection<String> unitNames,
      String responsiblePerson,
      boolean workRecorded,
      Supplier<Parties> parties,
      Set<UUID> withdrawnProblems) {
    this.status = status;
    this.unitNames = unitNames;
    this.responsiblePerson = responsiblePerson;
    this.workRecorded = workRecorded;
    this.partiesSource = Objects.requireNonNull(parties);
    this.withdrawnProblems = withdrawnProblems;
  }

  public Subject(
      Status status,
      Collection<String> unitNames,
      String responsiblePerson,
      boolean workRecorded,
      Parties parties,
      Set<UUID> withdrawnProblems) {
    this(status, unitNames, responsiblePerson, workRecorded, () -> parties, withdrawnProblems);
  }

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

  public Status status() {
    return status;
  }

  public Collection<String> unitNames() {
    return unitNames;
  }

  public String responsiblePerson() {
    return responsiblePerson;
  }

  public boolean workRecorded() {
    return workRecorded;
  }

  /** Who answers for the ticket over every round, found on the first call. */
  public Parties parties() {
    if (parties == null) {
      parties = partiesSource.get();
      partiesSource = null;
    }
    return parties;
  }

  public Set<UUID> withdrawnProblems() {
    return withdrawnProblems;
  }
}
