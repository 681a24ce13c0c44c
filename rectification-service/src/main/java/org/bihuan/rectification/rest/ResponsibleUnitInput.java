package org.bihuan.rectification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 责任单位: a name, and the unit's id in the OA directory when known. */
public record ResponsibleUnitInput(
    @NotBlank @Size(max = 200) String name, @Size(max = 200) String externalId) {}
