package org.bihuan.report.mapping;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source and every problem of it with its tickets. */
public record SourceReport(
    String id,
    String title,
    String kind,
    @Schema(nullable = true) String organization,
    @Schema(nullable = true) LocalDate heldOn,
    List<ProblemLine> problems) {}
