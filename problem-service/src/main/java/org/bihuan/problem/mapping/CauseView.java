package org.bihuan.problem.mapping;

import java.util.UUID;
import org.bihuan.problem.Cause;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cause as the API and the change feed show it. */
public record CauseView(
    @Schema(example = "c5d7e9f1-2a4b-4c6d-8e0f-1a3b5c7d9e2f") UUID id,
    @Schema(example = "8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d") UUID sourceId,
    @Schema(example = "学习制度执行不严格") String title,
    @Schema(example = "理论学习中心组学习流于形式，缺少研讨交流。") String description) {

  public static CauseView of(Cause c) {
    return new CauseView(c.id, c.sourceId, c.title, c.description);
  }
}
