package org.bihuan.report.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the ledger (台账): a problem with one of its tickets, or alone if it has none. */
public record LedgerRow(
    @com.fasterxml.jackson.annotation.JsonIgnore long key,
    String problemId,
    String problemNumber,
    String source,
    List<String> categoryPath,
    String problemTitle,
    @Schema(nullable = true) String problemDescription,
    String problemStatus,
    @Schema(nullable = true, description = "null on the row of a problem without a ticket")
        String ticketId,
    @Schema(nullable = true) String ticketNumber,
    @Schema(nullable = true) String measure,
    @Schema(nullable = true) List<String> responsibleUnits,
    @Schema(nullable = true) String responsiblePerson,
    @Schema(nullable = true) String leaderInCharge,
    @Schema(nullable = true) String timing,
    @Schema(nullable = true) LocalDate deadline,
    @Schema(nullable = true) LocalDate effectiveDeadline,
    @Schema(nullable = true) String status,
    boolean overdue,
    @Schema(nullable = true) Light light,
    @Schema(nullable = true) Instant verifiedAt,
    @Schema(nullable = true) String problemExternalRef,
    @Schema(nullable = true) String ticketExternalRef,
    @Schema(
            nullable = true,
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
            implementation = UnitExternalId.class,
            description =
                "The responsible units' externalId, in the order of responsibleUnits; null for"
                    + " a unit that has none")
        List<String> unitExternalIds,
    @Schema(description = "No progress report for two of the ticket's reportEvery intervals (进展停滞)")
        boolean stagnant) {}
