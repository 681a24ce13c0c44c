package org.bihuan.rectification.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A progress report: the date it speaks of (not in the future), a note, optionally a percent. */
public record ProgressInput(
    @NotNull LocalDate date,
    @NotBlank @Size(max = 4000) String note,
    @Min(0) @Max(100) Integer percent) {}
