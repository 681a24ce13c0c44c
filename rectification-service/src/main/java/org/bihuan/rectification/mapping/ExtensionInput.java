package org.bihuan.rectification.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 延期申请: the new deadline asked for and why. */
public record ExtensionInput(
    @NotNull @Schema(example = "2024-09-30") LocalDate newDeadline,
    @NotBlank @Size(max = 4000) @Schema(example = "涉及制度修订，需经党委会审议") String reason) {}
