package org.bihuan.rectification.mapping;

import java.time.Instant;
import java.util.UUID;
import org.bihuan.rectification.Evidence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evidence file's metadata; the bytes are at {@code contentUrl}. */
public record EvidenceView(
    @Schema(example = "d4c3b2a1-9f8e-4d7c-b6a5-4e3d2c1b0a9f") UUID id,
    @Schema(example = "b1e2f3a4-5c6d-4e7f-8a9b-0c1d2e3f4a5b") UUID ticketId,
    @Schema(example = "整改报告.pdf") String filename,
    @Schema(example = "application/pdf") String mediaType,
    @Schema(example = "248133") long size,
    @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256,
    @Schema(nullable = true, example = "党委会会议纪要") String description,
    @Schema(example = "zhangsan") String uploadedById,
    @Schema(example = "张三") String uploadedByName,
    @Schema(example = "2024-05-10T08:30:00Z") Instant uploadedAt,
    @Schema(
            example =
                "/api/v1/tickets/b1e2f3a4-5c6d-4e7f-8a9b-0c1d2e3f4a5b/evidence/d4c3b2a1-9f8e-4d7c-b6a5-4e3d2c1b0a9f/content")
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
