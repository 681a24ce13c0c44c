package org.bihuan.problem.rest;

import java.util.List;
import java.util.UUID;
import org.bihuan.problem.mapping.CategoryNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"sourceId": ..., "categories": [root nodes, each with its children]}}. */
public record CategoryTree(
    @Schema(nullable = true, description = "None when the tree is of all sources") UUID sourceId,
    List<CategoryNode> categories) {}
