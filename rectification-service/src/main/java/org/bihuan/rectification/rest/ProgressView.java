package org.bihuan.rectification.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.bihuan.rectification.ProgressReport;

public record ProgressView(
    UUID id,
    UUID ticketId,
    LocalDate date,
    String note,
    Integer percent,
    String reporterId,
    String reporterName,
    Instant recordedAt) {

  public static ProgressView of(ProgressReport p) {
    return new ProgressView(
        p.id,
        p.ticketId,
        p.reportedOn,
        p.note,
        p.percent,
        p.reporterId,
        p.reporterName,
        p.recordedAt);
  }
}
