package org.bihuan.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes a tree whose depth the service bounds as one schema per level instead of a schema that
 * refers to itself: tools that generate tests or clients from the contract (Portman, for one)
 * refuse circular references. A schema marked {@code @Schema(extensions = @Extension(name =
 * "x-max-depth", value = "8"))} keeps its name for the first level; its self-references point to
 * {@code <name>Level2}, and so on; at the last level they become an array that is always empty. The
 * JSON on the wire is unchanged. See docs/decisions/0061-bounded-category-tree-schema.md.
 */
final class BoundedRecursion {

  static final String MAX_DEPTH = "x-max-depth";
  private static final String PREFIX = "#/components/schemas/";

  private BoundedRecursion() {}

  static void unroll(Components components) {
    if (components == null || components.getSchemas() == null) {
      return;
    }
    for (Map.Entry<String, Schema> entry : new ArrayList<>(components.getSchemas().entrySet())) {
      Schema schema = entry.getValue();
      // the annotation scanner stores an extension as a plain property, a filter as an extension
      Object declared =
          schema.getExtensions() != null && schema.getExtension(MAX_DEPTH) != null
              ? schema.getExtension(MAX_DEPTH)
              : schema.get(MAX_DEPTH);
      if (declared == null) {
        continue;
      }
      int depth = Integer.parseInt(declared.toString().trim());
      if (depth < 1) {
        throw new IllegalStateException(entry.getKey() + ": " + MAX_DEPTH + " must be at least 1");
      }
      schema.removeExtension(MAX_DEPTH);
      schema.set(MAX_DEPTH, null);
      String name = entry.getKey();
      Schema template = copy(schema);
      for (int level = 1; level <= depth; level++) {
        Schema current = level == 1 ? schema : copy(template);
        if (level > 1) {
          current.setDescription(
              (template.getDescription() == null ? name : template.getDescription())
                  + " (level "
                  + level
                  + " of at most "
                  + depth
                  + ")");
          components.addSchema(levelName(name, level), current);
        }
        String next = level == depth ? null : PREFIX + levelName(name, level + 1);
        redirect(current, PREFIX + name, next);
      }
    }
  }

  private static String levelName(String name, int level) {
    return level == 1 ? name : name + "Level" + level;
  }

  /**
   * Points the schema's self-references at {@code next}; with no next level, a property that holds
   * them becomes an empty array.
   */
  private static void redirect(Schema schema, String self, String next) {
    if (schema.getProperties() == null) {
      return;
    }
    Map<String, Schema> properties = new LinkedHashMap<>();
    schema
        .getProperties()
        .forEach(
            (property, value) -> {
              Schema items = value.getItems();
              if (self.equals(value.getRef())) {
                properties.put(property, next == null ? null : OASFactory.createSchema().ref(next));
              } else if (items != null && self.equals(items.getRef())) {
                Schema array = copy(value);
                if (next == null) {
                  // an array that is always empty (items stays for linters that want one)
                  array.setItems(
                      OASFactory.createSchema()
                          .addType(Schema.SchemaType.OBJECT)
                          .description("none: this is the deepest level"));
                  array.setMaxItems(0);
                } else {
                  array.setItems(OASFactory.createSchema().ref(next));
                }
                properties.put(property, array);
              } else {
                properties.put(property, value);
              }
            });
    properties.values().removeIf(v -> v == null);
    schema.setProperties(properties);
  }

  /** A copy whose own maps and lists can be changed without touching the original. */
  private static Schema copy(Schema original) {
    Schema copy = OASFactory.createSchema();
    Map<String, Object> all = new LinkedHashMap<>(original.getAll());
    all.replaceAll(
        (k, v) ->
            v instanceof Map<?, ?> m
                ? new LinkedHashMap<>(m)
                : v instanceof List<?> l ? new ArrayList<>(l) : v);
    copy.setAll(all);
    return copy;
  }
}
