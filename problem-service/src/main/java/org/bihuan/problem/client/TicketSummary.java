package org.bihuan.problem.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What this service reads of the rectification service's ticket view. Unknown fields are ignored:
 * the provider may add fields without breaking this consumer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketSummary(
    UUID id,
    String number,
    List<UUID> problemIds,
    String status,
    String externalRef,
    Long version,
    LocalDate effectiveDeadline) {

  public TicketSummary(
      UUID id, String number, List<UUID> problemIds, String status, String externalRef) {
    this(id, number, problemIds, status, externalRef, null, null);
  }

  public TicketSummary(
      UUID id,
      String number,
      List<UUID> problemIds,
      String status,
      String externalRef,
      Long version) {
    this(id, number, problemIds, status, externalRef, version, null);
  }
}
