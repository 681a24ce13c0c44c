package org.bihuan.problem.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A root cause (原因分析) of a source. */
public record CauseInput(
    @NotNull @Schema(example = "8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d") UUID sourceId,
    @NotBlank @Size(max = ProblemInput.TITLE_MAX) @Schema(example = "学习制度执行不严格") String title,
    @Size(max = ProblemInput.DESCRIPTION_MAX) @Schema(example = "理论学习中心组学习流于形式，缺少研讨交流。")
        String description) {}
