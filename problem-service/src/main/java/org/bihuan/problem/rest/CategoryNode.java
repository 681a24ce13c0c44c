package org.bihuan.problem.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.Category;

/** A category with its sub-categories. */
public record CategoryNode(
    UUID id,
    UUID sourceId,
    UUID parentId,
    String name,
    List<String> path,
    List<CategoryNode> children) {

  public static CategoryNode of(Category c) {
    return new CategoryNode(c.id, c.sourceId, c.parentId, c.name, c.path, new ArrayList<>());
  }
}
