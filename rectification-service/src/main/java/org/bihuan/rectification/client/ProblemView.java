package org.bihuan.rectification.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The problem view of problem-service (GET /api/v1/problems/{id}), as agreed between the services.
 * Fields added there later are ignored here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProblemView(
    UUID id,
    String number,
    UUID sourceId,
    List<String> categoryPath,
    String title,
    String description,
    List<UUID> causeIds,
    String status,
    String externalRef,
    long version,
    Instant createdAt,
    Instant closedAt,
    Instant withdrawnAt,
    String withdrawReason,
    Instant withdrawalStartedAt) {

  public boolean withdrawn() {
    return "WITHDRAWN".equals(status);
  }

  /** Withdrawn, or a withdrawal is under way (docs/decisions/0117): it takes no new ticket. */
  public boolean takesNoTickets() {
    return withdrawn() || withdrawalStartedAt != null;
  }
}
