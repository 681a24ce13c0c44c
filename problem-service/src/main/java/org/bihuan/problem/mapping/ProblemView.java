package org.bihuan.problem.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A problem as the API and the change feed show it (the agreed problem view). */
public record ProblemView(
    @Schema(example = "3f1c2a9e-7b4d-4c8e-9a1f-2d6e8b0c5a71") UUID id,
    @Schema(example = "P-2024-0001") String number,
    @Schema(example = "8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d") UUID sourceId,
    @Schema(nullable = true, example = "d4c3b2a1-9f8e-4d7c-b6a5-4e3d2c1b0a9f") UUID categoryId,
    List<String> categoryPath,
    @Schema(example = "理论学习不够深入") String title,
    @Schema(example = "部分党员对党的创新理论学习不系统，学用结合不紧密。") String description,
    List<UUID> causeIds,
    Problem.Status status,
    @Schema(nullable = true, example = "OA-2024-0153") String externalRef,
    @Schema(example = "1") long version,
    @Schema(example = "2024-05-10T08:30:00Z") Instant createdAt,
    @Schema(nullable = true, example = "2024-07-02T09:00:00Z") Instant closedAt,
    @Schema(nullable = true, example = "2024-05-12T10:00:00Z") Instant withdrawnAt,
    @Schema(nullable = true, example = "与P-2024-0002重复") String withdrawReason,
    @Schema(
            nullable = true,
            description =
                "Set while a withdrawal is under way (it is asking the rectification service for"
                    + " the problem's tickets); no ticket is created for the problem meanwhile",
            example = "2024-05-12T09:59:58Z")
        Instant withdrawalStartedAt) {

  public static ProblemView of(Problem p) {
    return new ProblemView(
        p.id,
        p.number,
        p.sourceId,
        p.category == null ? null : p.category.id,
        p.category == null ? List.of() : List.copyOf(p.category.path),
        p.title,
        p.description,
        p.causeIds.stream().sorted().toList(),
        p.status,
        p.externalRef,
        p.version,
        p.createdAt,
        p.closedAt,
        p.withdrawnAt,
        p.withdrawReason,
        p.status == Problem.Status.WITHDRAWN ? null : p.withdrawalStartedAt);
  }
}
