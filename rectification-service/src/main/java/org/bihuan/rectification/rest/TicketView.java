package org.bihuan.rectification.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.service.DeadlineRules;

/**
 * A ticket as the API and the change feed show it (the agreed ticket view). The figures (overdue,
 * dueSoon, stale, light) are computed for {@code today} in the organisation's time zone.
 */
public record TicketView(
    UUID id,
    String number,
    List<UUID> problemIds,
    List<UUID> sourceIds,
    String measure,
    List<ResponsibleUnitView> responsibleUnits,
    String responsiblePerson,
    String leaderInCharge,
    Ticket.Timing timing,
    LocalDate deadline,
    LocalDate effectiveDeadline,
    Ticket.ReportEvery reportEvery,
    Ticket.Status status,
    boolean overdue,
    boolean dueSoon,
    boolean stale,
    Ticket.Light light,
    String externalRef,
    long version,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    Instant verifiedAt,
    Instant cancelledAt,
    Instant lastProgressAt,
    Integer progressPercent,
    int evidenceCount,
    boolean extensionApproved) {

  public record ResponsibleUnitView(String name, String externalId) {}

  public static TicketView of(Ticket t, LocalDate today) {
    DeadlineRules.Figures f = DeadlineRules.figures(DeadlineRules.factsOf(t), today);
    return new TicketView(
        t.id,
        t.number,
        t.problems.stream().map(p -> p.problemId).toList(),
        t.problems.stream().map(p -> p.sourceId).filter(Objects::nonNull).distinct().toList(),
        t.measure,
        t.responsibleUnits.stream()
            .map(u -> new ResponsibleUnitView(u.name, u.externalId))
            .toList(),
        t.responsiblePerson,
        t.leaderInCharge,
        t.timing,
        t.deadline,
        t.effectiveDeadline,
        t.reportEvery,
        t.status,
        f.overdue(),
        f.dueSoon(),
        f.stale(),
        f.light(),
        t.externalRef,
        t.version,
        t.createdAt,
        t.updatedAt,
        t.submittedAt,
        t.verifiedAt,
        t.cancelledAt,
        t.lastProgressAt,
        t.progressPercent,
        t.evidenceCount,
        t.extensionApproved);
  }
}
