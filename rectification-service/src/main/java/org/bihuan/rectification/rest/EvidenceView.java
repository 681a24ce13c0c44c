package org.bihuan.rectification.rest;

import java.time.Instant;
import java.util.UUID;
import org.bihuan.rectification.Evidence;

/** An evidence file's metadata; the bytes are at {@code contentUrl}. */
public record EvidenceView(
    UUID id,
    UUID ticketId,
    String filename,
    String mediaType,
    long size,
    String sha256,
    String description,
    String uploadedById,
    String uploadedByName,
    Instant uploadedAt,
    String contentUrl) {

  public static EvidenceView of(Evidence e) {
    return new EvidenceView(
        e.id,
        e.ticketId,
        e.filename,
        e.mediaType,
        e.size,
        e.sha256,
        e.description,
        e.uploadedById,
        e.uploadedByName,
        e.uploadedAt,
        "/api/v1/tickets/" + e.ticketId + "/evidence/" + e.id + "/content");
  }
}
