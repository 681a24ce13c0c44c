package org.bihuan.report.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ticket of a problem in a source's closed-loop report, with its deadline figures. */
public record TicketLine(
    String id,
    String number,
    String measure,
    List<String> responsibleUnits,
    @Schema(nullable = true) String responsiblePerson,
    @Schema(nullable = true) String leaderInCharge,
    String timing,
    @Schema(nullable = true) LocalDate deadline,
    @Schema(nullable = true) LocalDate effectiveDeadline,
    boolean extensionApproved,
    String status,
    boolean overdue,
    long daysOverdue,
    boolean dueSoon,
    boolean stale,
    @Schema(description = "进展停滞: no progress report for two reportEvery intervals")
        boolean stagnant,
    @Schema(nullable = true) Light light,
    @Schema(nullable = true) Integer progressPercent,
    @Schema(nullable = true) LocalDate lastProgressOn,
    @Schema(nullable = true) String lastProgressNote,
    int evidenceCount,
    @Schema(nullable = true) Instant submittedAt,
    @Schema(nullable = true) Instant verifiedAt) {}
