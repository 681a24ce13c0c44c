package org.bihuan.rectification.rest;

import java.util.List;

/** The answer of POST /tickets/batch: the tickets in input order. */
public record TicketBatchView(List<TicketView> tickets) {}
