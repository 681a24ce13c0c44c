package org.bihuan.problem.client;

import java.time.LocalDate;

/** A progress report (整改进展) as the rectification service's POST /tickets/{id}/progress takes it. */
public record ProgressReport(LocalDate date, String note) {}
