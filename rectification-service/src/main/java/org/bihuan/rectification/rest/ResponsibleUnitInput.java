package org.bihuan.rectification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 责任单位: a name, and the unit's id in the OA directory when known. */
public record ResponsibleUnitInput(
    @NotBlank @Size(max = 200) @Schema(example = "党委办公室") String name,
    @Size(max = 200) @Schema(example = "ORG-0012") String externalId) {}
