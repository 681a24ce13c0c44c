package org.bihuan.problem.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.importing.Origin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of POST /sources/{id}/import (the contract's shape, plus the import's id): what was
 * created, or with {@code ?dryRun=true} what would be (then without ids), and which measures have
 * become tickets in the rectification service and which are still pending.
 */
public record ImportAnswer(
    @Schema(nullable = true) UUID importId,
    UUID sourceId,
    boolean dryRun,
    List<ImportedProblem> problems,
    List<ImportedCause> causes,
    List<ImportedProposal> proposedMeasures,
    List<String> warnings,
    Tickets tickets) {

  /** {@code origin}: where in the file the problem was read (dry runs; absent once stored). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportedProblem(
      UUID id,
      String number,
      String title,
      String description,
      List<String> categoryPath,
      List<Measure> measures,
      Origin origin) {}

  public record Measure(
      String measure,
      List<String> responsibleUnits,
      @Schema(nullable = true) String leaderInCharge,
      @Schema(nullable = true) String responsiblePerson,
      @Schema(nullable = true) String timing,
      @Schema(nullable = true) LocalDate deadline) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportedCause(UUID id, String title, String description) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportedProposal(UUID id, String title, String description) {}

  /** Measures that are tickets now, and measures that are not (yet), each with the reason. */
  public record Tickets(List<CreatedTicket> created, List<PendingTicket> pending) {}

  public record CreatedTicket(
      String externalRef, UUID ticketId, String number, UUID problemId, String measure) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PendingTicket(String externalRef, UUID problemId, String measure, String reason) {}
}
