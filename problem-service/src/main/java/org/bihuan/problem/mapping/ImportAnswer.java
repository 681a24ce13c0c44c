package org.bihuan.problem.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.importing.Origin;
import org.bihuan.problem.importing.ParsedMeasure;
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
    Tickets tickets,
    @Schema(
            nullable = true,
            example = "2024年度民主生活会整改方案.docx",
            description =
                "The name the document was uploaded with (the import's Content-Disposition"
                    + " filename* or filename, its last path segment); absent when none was sent")
        String fileName,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            nullable = true,
            description =
                "With ?replace=true: the live problems of the replaced imports that have no"
                    + " counterpart in the document and are (dry run: would be) withdrawn; absent"
                    + " otherwise (docs/decisions/0308)")
        List<WithdrawnProblem> withdrawnProblems) {

  /** The answer without the members only a replacement has. */
  public ImportAnswer(
      UUID importId,
      UUID sourceId,
      boolean dryRun,
      List<ImportedProblem> problems,
      List<ImportedCause> causes,
      List<ImportedProposal> proposedMeasures,
      List<String> warnings,
      Tickets tickets,
      String fileName) {
    this(
        importId,
        sourceId,
        dryRun,
        problems,
        causes,
        proposedMeasures,
        warnings,
        tickets,
        fileName,
        null);
  }

  /** This answer with {@code more} warnings after its own. */
  public ImportAnswer withWarnings(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new java.util.ArrayList<>(warnings == null ? List.of() : warnings);
    all.addAll(more);
    return new ImportAnswer(
        importId,
        sourceId,
        dryRun,
        problems,
        causes,
        proposedMeasures,
        all,
        tickets,
        fileName,
        withdrawnProblems);
  }

  /**
   * A problem; {@code origin} (dry runs only; absent once stored) says where in the file it was
   * read: the sheet and rows of a table, the page of a PDF, the lines of a text.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportedProblem(
      UUID id,
      String number,
      String title,
      String description,
      List<String> categoryPath,
      List<Measure> measures,
      Origin origin,
      @Schema(
              nullable = true,
              description =
                  "With ?replace=true: whether the problem is KEPT (the replaced import's problem"
                      + " of the same text: same id, number, status and tickets) or NEW; absent"
                      + " otherwise (docs/decisions/0308)")
          Replacement replacement) {

    public ImportedProblem(
        UUID id,
        String number,
        String title,
        String description,
        List<String> categoryPath,
        List<Measure> measures,
        Origin origin) {
      this(id, number, title, description, categoryPath, measures, origin, null);
    }
  }

  /**
   * What a replacement does with a problem of the document: {@code outcome} KEPT or NEW; {@code
   * changedFields} of a kept problem, those the document gives otherwise (title, description,
   * categoryPath, measures), empty for a new one. {@code applied} is false for a kept problem that
   * is CLOSED: its text stays as it was.
   */
  public record Replacement(
      @Schema(enumeration = {"KEPT", "NEW"}) String outcome,
      List<String> changedFields,
      boolean applied) {}

  /**
   * A problem a replacement withdraws (dry run: would withdraw): no counterpart in the document.
   */
  public record WithdrawnProblem(UUID id, String number, String title) {}

  /**
   * A measure. {@code coResponsibleUnits}: the units of a 配合单位 column or label, which help but do
   * not answer for the measure (its ticket names the responsible units only). {@code progress}:
   * what the document's 整改进展/完成情况 column says (the measure's first progress note). {@code
   * statusHint}: REPORTED_DONE when the document says it is done (已完成/已整改) — a hint for whoever
   * imports, never a verification; null when the document says nothing.
   */
  public record Measure(
      String measure,
      List<String> responsibleUnits,
      List<String> coResponsibleUnits,
      @Schema(nullable = true) String leaderInCharge,
      @Schema(nullable = true) String responsiblePerson,
      @Schema(nullable = true) String timing,
      @Schema(nullable = true) LocalDate deadline,
      @Schema(nullable = true) String progress,
      @Schema(
              nullable = true,
              enumeration = {"REPORTED_DONE"})
          String statusHint) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportedCause(UUID id, String title, String description) {}

  /**
   * A measure of a self-examination's 整改措施 section, tied to no problem. Where the section gives it
   * 责任单位/责任人/完成时限 lines, they are its duties, read as a plan's measure's are (the description is
   * the measure without them); absent otherwise (docs/decisions/0332).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportedProposal(
      UUID id,
      String title,
      String description,
      @Schema(nullable = true) List<String> responsibleUnits,
      @Schema(nullable = true) List<String> coResponsibleUnits,
      @Schema(nullable = true) String leaderInCharge,
      @Schema(nullable = true) String responsiblePerson,
      @Schema(nullable = true) String timing,
      @Schema(nullable = true) LocalDate deadline) {

    public ImportedProposal(UUID id, String title, String description) {
      this(id, title, description, null, null, null, null, null, null);
    }

    /** A proposal and the duties the document gives it ({@code duties} null: none). */
    public static ImportedProposal of(
        UUID id, String title, String description, ParsedMeasure duties) {
      return duties == null
          ? new ImportedProposal(id, title, description)
          : new ImportedProposal(
              id,
              title,
              description,
              duties.responsibleUnits(),
              duties.coResponsibleUnits(),
              duties.leaderInCharge(),
              duties.responsiblePerson(),
              duties.timing() == null ? null : duties.timing().name(),
              duties.deadline());
    }
  }

  /**
   * Measures that are tickets now, and measures that are not (yet), each with the reason. {@code
   * created}: the tickets this import created; {@code carriedOver}: with ?replace=true, the tickets
   * that measures of kept problems carry over from the replaced import (dry run: would carry over),
   * absent when none (docs/decisions/0312); {@code ofDroppedMeasures}: the tickets of the measures
   * of kept problems that the document drops, left as they are (0318).
   */
  public record Tickets(
      List<CreatedTicket> created,
      List<PendingTicket> pending,
      @JsonInclude(JsonInclude.Include.NON_EMPTY)
          @Schema(
              nullable = true,
              description =
                  "With ?replace=true: the tickets the measures of kept problems carry over from"
                      + " the replaced import (dry run: would carry over); never in created."
                      + " Absent when none (docs/decisions/0312)")
          List<CreatedTicket> carriedOver,
      @JsonInclude(JsonInclude.Include.NON_EMPTY)
          @Schema(
              nullable = true,
              description =
                  "With ?replace=true: the tickets of measures that kept problems had in the"
                      + " replaced import and that the document no longer has (dry run: would no"
                      + " longer have); they are not carried over and stay as they are, each named"
                      + " in a warning; measure is the replaced import's. Absent when none"
                      + " (docs/decisions/0318)")
          List<CreatedTicket> ofDroppedMeasures) {

    public Tickets(List<CreatedTicket> created, List<PendingTicket> pending) {
      this(created, pending, List.of(), List.of());
    }

    public Tickets(
        List<CreatedTicket> created, List<PendingTicket> pending, List<CreatedTicket> carried) {
      this(created, pending, carried, List.of());
    }
  }

  public record CreatedTicket(
      String externalRef, UUID ticketId, String number, UUID problemId, String measure) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PendingTicket(String externalRef, UUID problemId, String measure, String reason) {}
}
