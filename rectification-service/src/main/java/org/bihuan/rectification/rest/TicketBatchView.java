package org.bihuan.rectification.rest;

import java.util.List;
import org.bihuan.rectification.mapping.TicketView;

/** The answer of POST /tickets/batch: the tickets in input order. */
public record TicketBatchView(List<TicketView> tickets) {}
