package org.bihuan.rectification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bihuan.rectification.mapping.TicketInput;

/** POST /tickets/batch: up to 500 tickets, created all or nothing. */
public record TicketBatchInput(
    @NotNull @Size(min = 1, max = TicketBatchInput.MAX) List<@NotNull @Valid TicketInput> tickets) {
  public static final int MAX = 500;
}
