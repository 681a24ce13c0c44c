package org.bihuan.rectification.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.bihuan.platform.input.TicketLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A progress report: the day it speaks of (today when left out; never in the future nor before the
 * day the ticket was created), a note, optionally a percent.
 */
public record ProgressInput(
    @Schema(
            example = "2024-05-31",
            nullable = true,
            description =
                "The day the report speaks of (YYYY-MM-DD, the organisation's time zone); today when"
                    + " left out. Not in the future, and not before the day the ticket was created"
                    + " (a report filed late may carry an earlier date within that range).")
        LocalDate date,
    @NotBlank @Size(max = TicketLimits.NOTE_MAX) @Schema(example = "已制定理论学习计划，完成第一次专题研讨")
        String note,
    @Min(0) @Max(100) @Schema(example = "40") Integer percent) {}
