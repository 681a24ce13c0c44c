package org.bihuan.report.mapping;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A problem of a source's closed-loop report with its tickets. */
public record ProblemLine(
    String id,
    String number,
    String title,
    List<String> categoryPath,
    String status,
    @Schema(nullable = true) Instant closedAt,
    @Schema(nullable = true) Instant withdrawnAt,
    List<TicketLine> tickets) {}
