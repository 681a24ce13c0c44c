package org.bihuan.platform.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Lets a nullable enumeration accept null: in OpenAPI 3.1 (JSON Schema) {@code enum} is checked on
 * its own, so a schema of type {@code [string, "null"]} whose {@code enum} lists only the names
 * refuses the null it declares. Every schema of the components, and the schemas nested in their
 * properties, items and compositions, whose types include null and that has an enumeration gets
 * null added to it.
 */
final class NullableEnums {

  private NullableEnums() {}

  static void admitNull(Components components) {
    if (components == null || components.getSchemas() == null) {
      return;
    }
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    components.getSchemas().values().forEach(schema -> visit(schema, seen));
  }

  private static void visit(Schema schema, Set<Schema> seen) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    List<Object> values = schema.getEnumeration();
    if (values != null
        && schema.getType() != null
        && schema.getType().contains(Schema.SchemaType.NULL)
        && !values.contains(null)) {
      List<Object> withNull = new ArrayList<>(values);
      withNull.add(null);
      schema.setEnumeration(withNull);
    }
    Consumer<Schema> next = nested -> visit(nested, seen);
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      properties.values().forEach(next);
    }
    next.accept(schema.getItems());
    next.accept(schema.getAdditionalPropertiesSchema());
    next.accept(schema.getNot());
    schemas(schema.getAllOf()).forEach(next);
    schemas(schema.getAnyOf()).forEach(next);
    schemas(schema.getOneOf()).forEach(next);
  }

  private static List<Schema> schemas(List<Schema> list) {
    return list == null ? List.of() : list;
  }
}
