package org.bihuan.rectification.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.bihuan.rectification.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ExtensionView(
    @Schema(example = "e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a0b1") UUID id,
    @Schema(example = "b1e2f3a4-5c6d-4e7f-8a9b-0c1d2e3f4a5b") UUID ticketId,
    @Schema(example = "2024-09-30") LocalDate newDeadline,
    @Schema(example = "2024-06-30") LocalDate previousDeadline,
    @Schema(example = "涉及制度修订，需经党委会审议") String reason,
    Extension.Status status,
    @Schema(example = "zhangsan") String requestedById,
    @Schema(example = "张三") String requestedByName,
    @Schema(example = "2024-05-10T08:30:00Z") Instant requestedAt,
    @Schema(nullable = true, example = "lisi") String decidedById,
    @Schema(nullable = true, example = "李四") String decidedByName,
    @Schema(nullable = true, example = "2024-05-12T02:00:00Z") Instant decidedAt,
    @Schema(nullable = true, example = "同意延期") String decisionComment,
    @Schema(example = "2") long version) {

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
