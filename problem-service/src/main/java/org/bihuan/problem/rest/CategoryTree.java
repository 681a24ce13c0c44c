package org.bihuan.problem.rest;

import java.util.List;
import java.util.UUID;

/** {@code {"sourceId": ..., "categories": [root nodes, each with its children]}}. */
public record CategoryTree(UUID sourceId, List<CategoryNode> categories) {}
