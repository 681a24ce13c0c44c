package org.bihuan.rectification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 延期申请: the new deadline asked for and why. */
public record ExtensionInput(
    @NotNull LocalDate newDeadline, @NotBlank @Size(max = 4000) String reason) {}
