package org.bihuan.problem.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What a client sends to record a problem or replace its fields. {@code categoryPath} names the
 * category from the root down (missing levels are created under the source); the causes must belong
 * to the same source. The source of a problem never changes.
 */
public record ProblemInput(
    @NotNull UUID sourceId,
    @Size(max = 8) List<@NotBlank @Size(max = 200) String> categoryPath,
    @NotBlank @Size(max = 500) String title,
    @Size(max = 20000) String description,
    @Size(max = 100) List<@NotNull UUID> causeIds,
    @Size(max = 200) String externalRef) {}
