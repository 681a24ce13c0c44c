package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.problem.Category;
import org.bihuan.problem.mapping.CategoryNode;

@ApplicationScoped
public class CategoryService {

  @Inject OrganisationClock clock;
  @Inject EntityManager em;

  /**
   * The category at {@code path} under a source, creating the missing levels; null for an empty
   * path (an uncategorised problem).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Category resolve(UUID sourceId, List<String> path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    if (path.size() > Category.MAX_DEPTH) {
      throw ApiProblem.invalidField(
          "categoryPath", "has more than " + Category.MAX_DEPTH + " levels");
    }
    Category parent = null;
    for (String raw : path) {
      String name = raw == null ? "" : raw.strip();
      if (name.isEmpty()) {
        throw ApiProblem.invalidField("categoryPath", "holds an empty name");
      }
      Category found = find(sourceId, parent, name);
      if (found == null) {
        // concurrent creators of the same category: one inserts, the others wait for it and
        // then find its row (a unique index guards the name within its parent)
        em.createNativeQuery(
                "insert into category (id, source_id, parent_id, name, path, created_at)"
                    + " select ?1, ?2, cast(?3 as uuid), ?4, coalesce((select p.path from category p"
                    + " where p.id = cast(?3 as uuid)), cast('{}' as text[])) || cast(?4 as text), ?5"
                    + " on conflict do nothing")
            .setParameter(1, UUID.randomUUID())
            .setParameter(2, sourceId)
            .setParameter(3, parent == null ? null : parent.id.toString())
            .setParameter(4, name)
            .setParameter(5, clock.now())
            .executeUpdate();
        found = find(sourceId, parent, name);
      }
      parent = found;
    }
    return parent;
  }

  private static Category find(UUID sourceId, Category parent, String name) {
    return parent == null
        ? Category.find("sourceId = ?1 and parentId is null and name = ?2", sourceId, name)
            .firstResult()
        : Category.find("parentId = ?1 and name = ?2", parent.id, name).firstResult();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Category get(UUID id) {
    Category c = Category.findById(id);
    if (c == null) {
      throw ApiProblem.notFound("category", id);
    }
    return c;
  }

  /** The category forest of a source (and the shared categories), or of all sources. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CategoryNode> tree(UUID sourceId) {
    List<Category> all =
        sourceId == null
            ? Category.<Category>listAll()
            : Category.<Category>list("sourceId = ?1 or sourceId is null", sourceId);
    all.sort(Comparator.comparing((Category c) -> c.path.size()).thenComparing(c -> c.createdAt));
    Map<UUID, CategoryNode> nodes = new LinkedHashMap<>();
    List<CategoryNode> roots = new ArrayList<>();
    for (Category c : all) {
      CategoryNode node = CategoryNode.of(c);
      nodes.put(c.id, node);
      CategoryNode parent = c.parentId == null ? null : nodes.get(c.parentId);
      if (parent == null) {
        roots.add(node);
      } else {
        parent.children().add(node);
      }
    }
    return roots;
  }
}
