package org.bihuan.rectification.mapping;

import jakarta.validation.constraints.Size;
import org.bihuan.platform.input.Identifier;
import org.bihuan.platform.input.TicketLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 责任单位: a name, and the unit's id in the OA directory when known. Either may be left out, not both:
 * a unit of the directory is named as the directory names it (docs/decisions/0204).
 */
public record ResponsibleUnitInput(
    @Size(max = TicketLimits.UNIT_NAME_MAX)
        @Schema(
            nullable = true,
            example = "党委办公室",
            description =
                "Required unless externalId names a unit of the directory, whose name is then used"
                    + " (another name beside it is refused, 400). Invisible characters are refused;"
                    + " names equal after folding (blanks, 繁简, look-alikes) are one unit")
        String name,
    @Identifier
        @Size(max = 200)
        @Schema(
            nullable = true,
            example = "ORG-0012",
            description =
                "The unit's id in the directory: its name is stored (a name given must be it); an id the"
                    + " directory does not know is kept beside the name (400 without one); a"
                    + " sealed unit is refused unless the ticket already has it")
        String externalId) {}
