package org.bihuan.rectification.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress report: the date it speaks of (not in the future), a note, optionally a percent. */
public record ProgressInput(
    @NotNull @Schema(example = "2024-05-31") LocalDate date,
    @NotBlank @Size(max = 4000) @Schema(example = "已制定理论学习计划，完成第一次专题研讨") String note,
    @Min(0) @Max(100) @Schema(example = "40") Integer percent) {}
