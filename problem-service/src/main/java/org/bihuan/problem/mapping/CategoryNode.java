package org.bihuan.problem.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.Category;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A category with its sub-categories. The contract writes the tree level by level (at most {@link
 * Category#MAX_DEPTH}) rather than as a schema that refers to itself, which tools refuse.
 */
@Schema(
    description = "A category with its sub-categories",
    extensions = @Extension(name = "x-max-depth", value = "" + Category.MAX_DEPTH))
public record CategoryNode(
    UUID id,
    @Schema(nullable = true, description = "None for a category shared by all sources")
        UUID sourceId,
    @Schema(nullable = true, description = "None for a top-level category") UUID parentId,
    String name,
    List<String> path,
    List<CategoryNode> children) {

  public static CategoryNode of(Category c) {
    return new CategoryNode(c.id, c.sourceId, c.parentId, c.name, c.path, new ArrayList<>());
  }
}
