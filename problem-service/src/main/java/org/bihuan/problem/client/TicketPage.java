package org.bihuan.problem.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of GET /api/v1/tickets. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketPage(List<TicketSummary> items, String nextCursor) {}
