package org.bihuan.rectification.rest;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.bihuan.platform.http.Versions;
import org.bihuan.rectification.service.WrittenTicket;

/**
 * {@code Ticket-ETag}: the ETag of the ticket after a write to one of its parts (progress,
 * evidence, extensions), which changes the ticket's version. Send it as If-Match on the next write
 * to the ticket (docs/decisions/0075-ticket-etag.md). The answer's own {@code ETag}, where there is
 * one, stays the part's (an extension's version).
 */
final class TicketEtag {

  static final String HEADER = "Ticket-ETag";

  /** How the contract describes the header on each answer that carries it. */
  static final String DESCRIPTION =
      "The ticket's ETag after this write: send it as If-Match on the ticket's next write";

  private TicketEtag() {}

  /** {@code today}: the date a GET of the ticket would compute its figures for now. */
  static Response.ResponseBuilder of(
      WrittenTicket written, LocalDate today, Response.ResponseBuilder r) {
    written.version().ifPresent(v -> r.header(HEADER, Versions.etag(v, today).toString()));
    return r;
  }

  static Response with(WrittenTicket written, LocalDate today, Response response) {
    return of(written, today, Response.fromResponse(response)).build();
  }
}
