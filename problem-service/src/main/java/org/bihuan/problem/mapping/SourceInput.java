package org.bihuan.problem.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.bihuan.platform.input.Identifier;
import org.bihuan.problem.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a source. */
public record SourceInput(
    @NotBlank @Size(max = 500) @Schema(example = "2024年度民主生活会") String title,
    @NotNull Source.Kind kind,
    @Size(max = 200) @Schema(example = "党委办公室") String organization,
    @Schema(example = "2024-04-18") LocalDate heldOn,
    @Identifier @Size(max = 200) @Schema(example = "OA-2024-0153") String externalRef) {}
