package org.bihuan.problem.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a problem is withdrawn (recorded in error, duplicate…). */
public record WithdrawInput(
    @NotBlank @Size(max = 2000) @Schema(example = "与P-2024-0002重复，误录") String reason) {}
