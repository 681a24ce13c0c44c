package org.bihuan.problem.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.input.Identifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to record a problem or replace its fields. {@code categoryPath} names the
 * category from the root down (missing levels are created under the source); the causes must belong
 * to the same source. The source of a problem never changes.
 */
public record ProblemInput(
    @NotNull @Schema(example = "8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d") UUID sourceId,
    @Size(max = CATEGORY_DEPTH_MAX) List<@NotBlank @Size(max = CATEGORY_MAX) String> categoryPath,
    @NotBlank @Size(max = TITLE_MAX) @Schema(example = "理论学习不够深入") String title,
    @Size(max = DESCRIPTION_MAX) @Schema(example = "部分党员对党的创新理论学习不系统，学用结合不紧密。") String description,
    @Size(max = 100) List<@NotNull UUID> causeIds,
    @Identifier @Size(max = 200) @Schema(example = "OA-2024-0153") String externalRef) {

  /**
   * The longest text of each field a problem can be written with. An import holds its problems to
   * the same limits (ImportedFields), so that every problem it creates can be saved again as read.
   */
  public static final int TITLE_MAX = 500;

  public static final int DESCRIPTION_MAX = 20000;
  public static final int CATEGORY_MAX = 200;
  public static final int CATEGORY_DEPTH_MAX = 8;
}
