package org.bihuan.report.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One unit's externalId in a ledger row, or null when the unit has none. */
@Schema(
    name = "UnitExternalId",
    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
    nullable = true)
public final class UnitExternalId {
  private UnitExternalId() {}
}
