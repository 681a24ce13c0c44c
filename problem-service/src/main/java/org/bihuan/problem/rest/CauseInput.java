package org.bihuan.problem.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A root cause (原因分析) of a source. */
public record CauseInput(
    @NotNull UUID sourceId,
    @NotBlank @Size(max = 500) String title,
    @Size(max = 20000) String description) {}
