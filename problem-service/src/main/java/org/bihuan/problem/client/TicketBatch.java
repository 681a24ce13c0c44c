package org.bihuan.problem.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Body of POST /api/v1/tickets/batch, and (with views) its answer. */
public final class TicketBatch {

  private TicketBatch() {}

  public record Request(List<NewTicket> tickets) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Answer(List<TicketSummary> tickets) {}
}
