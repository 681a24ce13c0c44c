package org.bihuan.rectification.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.input.Identifier;
import org.bihuan.platform.input.TicketLimits;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.rectification.Ticket;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create a ticket (POST /tickets, each item of POST /tickets/batch) or to
 * replace its fields (PUT /tickets/{id}). Rules across fields are checked in TicketService.
 * responsiblePerson and leaderInCharge may be left out: rectification plans often name only the
 * unit (docs/decisions/0026). coResponsibleUnits (配合单位) help but do not answer for the measure
 * (docs/decisions/0110); left out of a PUT, they stay as they were. People and units may be named
 * by their directory ids (docs/decisions/0204, resolved by DirectoryNames).
 */
public record TicketInput(
    @NotNull @Size(min = 1, max = 50)
        List<@NotNull(message = "is blank or null: each entry is a problem id (a UUID)") UUID>
            problemIds,
    @NotBlank @Size(max = TicketLimits.MEASURE_MAX) @Schema(example = "制定年度理论学习计划，每月开展一次专题研讨")
        String measure,
    @NotNull @Size(min = 1, max = TicketLimits.UNITS_MAX)
        List<@NotNull @Valid ResponsibleUnitInput> responsibleUnits,
    @Size(max = TicketLimits.PERSON_MAX) @Schema(example = "张三") String responsiblePerson,
    @Size(max = TicketLimits.PERSON_MAX) @Schema(example = "李四") String leaderInCharge,
    @NotNull Ticket.Timing timing,
    @Schema(example = "2024-06-30") LocalDate deadline,
    Ticket.ReportEvery reportEvery,
    @Identifier
        @Size(min = 1, max = 200)
        @Schema(
            example = "OA-2024-0153-1",
            description =
                "The OA system's id of the ticket, unique (GET /api/v1/tickets?externalRef=). Left"
                    + " out of a PUT (or null): kept; another value changes it (409 with the"
                    + " Location of the ticket that has it).")
        String externalRef,
    // left out of the creation digest when empty, so that tickets created before it keep theirs
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Size(max = TicketLimits.UNITS_MAX)
        @Schema(
            description =
                "配合单位: units that help with the measure but do not answer for it; not counted in"
                    + " the per-unit figures and given no to-dos. Left out of a PUT: unchanged.")
        List<@NotNull @Valid ResponsibleUnitInput> coResponsibleUnits,
    // left out of the creation digest when null, like coResponsibleUnits
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Pattern(regexp = DirectoryInput.EXTERNAL_ID, message = DirectoryInput.EXTERNAL_ID_MESSAGE)
        @Schema(
            nullable = true,
            example = "P-10086",
            description =
                "The responsible person's id in the directory (GET /api/v1/directory/people/{id}):"
                    + " his name is then the directory's and responsiblePerson may be left out (a"
                    + " responsiblePerson that is not his name is refused, 400). An"
                    + " id the directory does not know is kept as given beside responsiblePerson,"
                    + " else refused (400); a sealed person is refused unless the ticket already"
                    + " names him. Left out of a PUT: kept while responsiblePerson stays the same.")
        String responsiblePersonExternalId,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Pattern(regexp = DirectoryInput.EXTERNAL_ID, message = DirectoryInput.EXTERNAL_ID_MESSAGE)
        @Schema(
            nullable = true,
            example = "P-10010",
            description =
                "The leader in charge's id in the directory; as for the responsible person")
        String leaderInChargeExternalId) {

  /**
   * The externalRef is kept without surrounding blanks, as {@code ?externalRef=} looks it up (it
   * strips its value), so an id sent with a stray space or tab can still be found; a blank one
   * fails its size check.
   */
  public TicketInput {
    externalRef = externalRef == null ? null : externalRef.strip();
    responsiblePerson = person(responsiblePerson);
    leaderInCharge = person(leaderInCharge);
  }

  /**
   * People's names are kept as {@link PersonNames#written} writes them, whatever route sent them
   * (create, batch, an import's tickets, PUT): no zero-width, tag, variation-selector, bidi or
   * filler character, no blank inside a Chinese name (docs/decisions/0240). A name of blanks only
   * is none (a name of invisible characters only is refused before, as every such text is).
   */
  private static String person(String name) {
    String written = PersonNames.written(name);
    return written == null || written.isBlank() ? null : written;
  }
}
