package org.bihuan.problem.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a problem is withdrawn (recorded in error, duplicate…). */
public record WithdrawInput(@NotBlank @Size(max = 2000) String reason) {}
