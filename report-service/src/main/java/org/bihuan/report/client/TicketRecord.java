package org.bihuan.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the report service reads of rectification-service's ticket view. The upstream's own
 * overdue/dueSoon/stale/stagnant/light flags are deliberately not read: the figures compare the
 * dates the view publishes (submittedOn, reportDue, stagnantFrom) with today at query time, so they
 * move with the clock without computing the deadline rules a second time (decision 0194).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketRecord(
    String id,
    String number,
    List<String> problemIds,
    List<String> sourceIds,
    String measure,
    List<Unit> responsibleUnits,
    String responsiblePerson,
    String leaderInCharge,
    String timing,
    LocalDate deadline,
    LocalDate effectiveDeadline,
    String reportEvery,
    String status,
    String externalRef,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    Instant verifiedAt,
    Instant cancelledAt,
    Instant lastProgressAt,
    LocalDate lastProgressOn,
    String lastProgressNote,
    Integer progressPercent,
    Integer evidenceCount,
    Boolean extensionApproved,
    LocalDate submittedOn,
    LocalDate reportDue,
    LocalDate stagnantFrom) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Unit(String name, String externalId) {}
}
