package org.bihuan.problem.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One element of POST /api/v1/tickets/batch, as the rectification service accepts it. {@code
 * coResponsibleUnits} (配合单位) is left out when there are none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewTicket(
    List<UUID> problemIds,
    String measure,
    List<Unit> responsibleUnits,
    String responsiblePerson,
    String leaderInCharge,
    String timing,
    LocalDate deadline,
    String externalRef,
    List<Unit> coResponsibleUnits) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Unit(String name, String externalId) {}
}
