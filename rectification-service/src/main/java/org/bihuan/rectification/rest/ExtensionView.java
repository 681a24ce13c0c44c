package org.bihuan.rectification.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.bihuan.rectification.Extension;

public record ExtensionView(
    UUID id,
    UUID ticketId,
    LocalDate newDeadline,
    LocalDate previousDeadline,
    String reason,
    Extension.Status status,
    String requestedById,
    String requestedByName,
    Instant requestedAt,
    String decidedById,
    String decidedByName,
    Instant decidedAt,
    String decisionComment,
    long version) {

  public static ExtensionView of(Extension e) {
    return new ExtensionView(
        e.id,
        e.ticketId,
        e.newDeadline,
        e.previousDeadline,
        e.reason,
        e.status,
        e.requestedById,
        e.requestedByName,
        e.requestedAt,
        e.decidedById,
        e.decidedByName,
        e.decidedAt,
        e.decisionComment,
        e.version);
  }
}
