package org.bihuan.problem.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.bihuan.problem.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the API shows it. */
public record SourceView(
    @Schema(example = "8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d") UUID id,
    @Schema(example = "2024年度民主生活会") String title,
    Source.Kind kind,
    @Schema(nullable = true, example = "党委办公室") String organization,
    @Schema(nullable = true, example = "2024-04-18") LocalDate heldOn,
    @Schema(nullable = true, example = "OA-2024-0153") String externalRef,
    @Schema(example = "1") long version,
    @Schema(example = "2024-05-10T08:30:00Z") Instant createdAt,
    @Schema(
            nullable = true,
            example = "2024年度民主生活会整改方案.docx",
            description =
                "The name of the file the latest import into this source that named one was"
                    + " uploaded with (Content-Disposition of the import); absent before any did")
        String fileName) {

  public static SourceView of(Source s) {
    return new SourceView(
        s.id,
        s.title,
        s.kind,
        s.organization,
        s.heldOn,
        s.externalRef,
        s.version,
        s.createdAt,
        s.fileName);
  }
}
