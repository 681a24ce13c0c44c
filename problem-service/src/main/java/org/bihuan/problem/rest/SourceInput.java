package org.bihuan.problem.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.bihuan.problem.Source;

/** What a client sends to create or replace a source. */
public record SourceInput(
    @NotBlank @Size(max = 500) String title,
    @NotNull Source.Kind kind,
    @Size(max = 200) String organization,
    LocalDate heldOn,
    @Size(max = 200) String externalRef) {}
