package org.bihuan.problem.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.Problem;

/** A problem as the API and the change feed show it (the agreed problem view). */
public record ProblemView(
    UUID id,
    String number,
    UUID sourceId,
    UUID categoryId,
    List<String> categoryPath,
    String title,
    String description,
    List<UUID> causeIds,
    Problem.Status status,
    String externalRef,
    long version,
    Instant createdAt,
    Instant closedAt,
    Instant withdrawnAt,
    String withdrawReason) {

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
        p.withdrawReason);
  }
}
