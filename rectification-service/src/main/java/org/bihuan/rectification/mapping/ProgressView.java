package org.bihuan.rectification.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.bihuan.rectification.ProgressReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProgressView(
    @Schema(example = "e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a0b1") UUID id,
    @Schema(example = "b1e2f3a4-5c6d-4e7f-8a9b-0c1d2e3f4a5b") UUID ticketId,
    @Schema(example = "2024-05-31") LocalDate date,
    @Schema(example = "已制定理论学习计划，完成第一次专题研讨") String note,
    @Schema(nullable = true, example = "40") Integer percent,
    @Schema(example = "zhangsan") String reporterId,
    @Schema(example = "张三") String reporterName,
    @Schema(example = "2024-05-10T08:30:00Z") Instant recordedAt) {

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
